import { useCallback, useMemo, useState } from 'react';
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
  // The editor hands over a long text once typing pauses (PolicyEditor's DEFER_TEXT_CHARS).
  const onChange = useCallback(
    (text: string) => setDocumentText(documentId, text),
    [documentId, setDocumentText],
  );

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
