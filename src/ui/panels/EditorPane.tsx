import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { JsonPath } from '../../engine/types';
import {
  selectAppliedFix,
  selectDiagnosticsFor,
  selectDocumentText,
  selectDraft,
  selectHighlightsFor,
  selectNoticesAt,
  selectSelectedDocumentInfo,
  selectSelectedStep,
  useAppStore,
} from '../../state';
import { LazyPolicyEditor } from '../editor';
import { NoticeList } from '../components/NoticeList';
import { useResolvedTheme } from '../components/useResolvedTheme';
import { KIND_WORDS } from './explorer/DocButton';
import { ProblemList } from './ProblemList';

/**
 * The selected document in the policy editor, with its parse error (the text is kept as a draft
 * until it parses), the engine's diagnostics, and the statement of the selected trace step
 * revealed.
 */
export function EditorPane({ id }: { id: string }) {
  const theme = useResolvedTheme();
  const info = useAppStore(selectSelectedDocumentInfo);
  const documentId = useAppStore((s) => s.selectedDocument);
  const text = useAppStore(selectDocumentText(documentId));
  const draft = useAppStore(selectDraft(documentId));
  const diagnostics = useAppStore(selectDiagnosticsFor(documentId));
  const highlights = useAppStore(selectHighlightsFor(documentId));
  const step = useAppStore(selectSelectedStep);
  const notices = useAppStore(selectNoticesAt('editor'));
  const dismiss = useAppStore((s) => s.dismiss);
  const principalsList = useAppStore((s) => s.scenario.principals);
  const setDocumentText = useAppStore((s) => s.setDocumentText);
  const discardDraft = useAppStore((s) => s.discardDraft);
  const principals = useMemo(() => principalsList.map((p) => p.arn), [principalsList]);
  const onChange = useDeferredText(documentId, setDocumentText);

  // A problem clicked in the list is revealed until the document or the selected step changes.
  const context = `${documentId}\u0000${step?.id ?? ''}`;
  const [picked, setPicked] = useState<{ context: string; path: JsonPath } | null>(null);
  const stepPath = step?.source?.document === documentId ? step.source.path : null;
  // Just after a fix is applied, its change is what to look at.
  const applied = useAppStore(selectAppliedFix);
  const fixPath = applied?.changes.find((c) => c.document === documentId)?.paths[0] ?? null;
  const reveal = picked?.context === context ? picked.path : (stepPath ?? fixPath);

  const kind = info?.kind ?? 'scenario';
  const words = KIND_WORDS[kind];
  const label = !info
    ? documentId
    : info.label.includes(words)
      ? info.label
      : `${words}: ${info.label}`;

  return (
    <section
      id={id}
      className="pane editor-pane"
      aria-labelledby="editor-heading"
      data-testid="editor-pane"
    >
      <div className="pane-header">
        <h2
          id="editor-heading"
          tabIndex={-1}
          className="editor-title"
          data-testid="editor-title"
          data-document={documentId}
        >
          {label}
        </h2>
      </div>
      {draft?.error && (
        <div className="draft-error" role="alert" data-testid="draft-error">
          <span>
            Line {draft.error.line}, column {draft.error.column}: {draft.error.message}. Your text
            is kept; the decision uses the last version that parsed.
          </span>
          <button type="button" className="small-button" onClick={() => discardDraft(documentId)}>
            Discard my edit
          </button>
        </div>
      )}
      <NoticeList notices={notices} onDismiss={dismiss} />
      <div className="editor-host">
        <LazyPolicyEditor
          documentId={documentId}
          kind={kind}
          value={text}
          onChange={onChange}
          diagnostics={diagnostics}
          highlights={highlights}
          reveal={reveal}
          theme={theme}
          principals={principals}
          ariaLabel={`Editor for ${label}`}
        />
      </div>
      <ProblemList diagnostics={diagnostics} onReveal={(path) => setPicked({ context, path })} />
    </section>
  );
}

/** Texts at least this long are read after the keystroke has painted (see useDeferredText). */
export const DEFER_TEXT_CHARS = 50_000;

/**
 * The editor's change handler. A short text is applied at once; a long one (the whole scenario of
 * a large file) after the next frame has painted, coalescing keys typed meanwhile, so reading the
 * text never delays the typed character on screen. A pending text is applied before the document
 * changes or the pane unmounts, so nothing typed is lost.
 */
function useDeferredText(
  documentId: string,
  apply: (id: string, text: string) => void,
): (text: string) => void {
  const pending = useRef<{ id: string; text: string } | null>(null);
  const timer = useRef<{ frame: number; timeout: number } | null>(null);
  const flush = useCallback(() => {
    if (timer.current) {
      cancelAnimationFrame(timer.current.frame);
      clearTimeout(timer.current.timeout);
      timer.current = null;
    }
    const p = pending.current;
    pending.current = null;
    if (p) apply(p.id, p.text);
  }, [apply]);
  // Leaving the document (or the pane) applies what was typed in it.
  useEffect(() => flush, [documentId, flush]);
  return useCallback(
    (text: string) => {
      if (text.length < DEFER_TEXT_CHARS) {
        flush();
        apply(documentId, text);
        return;
      }
      pending.current = { id: documentId, text };
      if (timer.current) return;
      const t = { frame: 0, timeout: 0 };
      t.frame = requestAnimationFrame(() => {
        t.timeout = window.setTimeout(flush, 0);
      });
      timer.current = t;
    },
    [documentId, apply, flush],
  );
}
