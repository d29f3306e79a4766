/**
 * The Monaco policy editor. Default export, loaded only through `LazyPolicyEditor` so that Monaco
 * is a separate chunk. One model per document (kept across switches with its undo stack and view
 * state); engine diagnostics as markers, trace highlights as decorations.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { createEditor } from './createEditor';
import { highlightDecorations, revealRange, setEngineMarkers } from './markers';
import { modelFor, syncModelText, type ModelEntry } from './modelRegistry';
import { monaco } from './monaco';
import type { PolicyEditorProps } from './types';
import './editor.css';

const DEFAULT_LABEL = 'Policy editor';

/**
 * Texts at least this long (the whole scenario of a large file) are not read on every key: the
 * edit is noted, and the text is read once typing pauses for `SETTLE_MS`, or at once when the
 * editor loses focus, switches document or unmounts, so nothing typed is lost. Reading 200 KB and
 * re-deciding the scenario on every key would keep the typed character off the screen.
 */
export const DEFER_TEXT_CHARS = 50_000;
export const SETTLE_MS = 250;

/** An edit not yet handed over: the model it was made in and the handler of that moment. */
interface Pending {
  model: monaco.editor.ITextModel;
  onChange(text: string): void;
  timer: number;
}

export default function PolicyEditor(props: PolicyEditorProps) {
  const { documentId, kind, value, onChange, diagnostics, highlights, reveal, theme } = props;
  const { principals, ariaLabel = DEFAULT_LABEL } = props;
  const hintId = useId();
  const container = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const entry = useRef<ModelEntry | null>(null);
  const latest = useRef({ onChange, value, ariaLabel });
  // True while the text is being brought in line with `value`: not the user's edit.
  const syncing = useRef(false);
  const pending = useRef<Pending | null>(null);
  /** Hands a noted edit of a long text to the handler of the moment it was typed. */
  const flushPending = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    clearTimeout(p.timer);
    if (!p.model.isDisposed()) p.onChange(p.model.getValue());
  }, []);

  useEffect(() => {
    latest.current = { onChange, value, ariaLabel };
  });

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    const ed = createEditor(host, latest.current.ariaLabel);
    const sub = ed.onDidChangeModelContent(() => {
      const model = ed.getModel();
      if (syncing.current || !model) return;
      if (model.getValueLength() < DEFER_TEXT_CHARS) {
        flushPending();
        latest.current.onChange(model.getValue());
        return;
      }
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = {
        model,
        onChange: latest.current.onChange,
        timer: window.setTimeout(flushPending, SETTLE_MS),
      };
    });
    const blur = ed.onDidBlurEditorText(flushPending);
    // Monaco builds its text area with each model: point it at the keyboard hint every time.
    const describe = ed.onDidChangeModel(() => {
      ed.getDomNode()?.querySelector('textarea')?.setAttribute('aria-describedby', hintId);
    });
    setEditor(ed);
    return () => {
      flushPending();
      if (entry.current) entry.current.viewState = ed.saveViewState();
      entry.current = null;
      sub.dispose();
      blur.dispose();
      describe.dispose();
      ed.dispose(); // models are kept for the next mount
      setEditor(null);
    };
  }, [hintId, flushPending]);

  // Switch models; each keeps its own undo stack and view state.
  useEffect(() => {
    if (!editor) return;
    const next = modelFor(documentId, kind, latest.current.value);
    if (editor.getModel() === next.model) return;
    flushPending();
    if (entry.current) entry.current.viewState = editor.saveViewState();
    editor.setModel(next.model);
    if (next.viewState) editor.restoreViewState(next.viewState);
    entry.current = next;
  }, [editor, documentId, kind, flushPending]);

  // Outside changes (undo in the store, a load) update the model in place.
  useEffect(() => {
    const current = entry.current;
    if (!editor || !current || current.documentId !== documentId) return;
    // Text typed but not handed over yet is newer than `value`: it goes to the store first.
    if (pending.current?.model === current.model) return;
    syncing.current = true;
    try {
      syncModelText(current.model, value);
    } finally {
      syncing.current = false;
    }
  }, [editor, documentId, value]);

  useEffect(() => {
    if (entry.current?.documentId === documentId) entry.current.principals = principals;
  }, [editor, documentId, principals]);

  // Markers and decorations follow the props and the text (paths move as the text changes).
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    const decorations = editor.createDecorationsCollection();
    const update = () => {
      setEngineMarkers(model, documentId, diagnostics);
      decorations.set(highlightDecorations(model, highlights));
    };
    update();
    // Nothing to place: typing has nothing to move (and nothing to re-read).
    const placed = highlights.length > 0 || diagnostics.some((d) => d.document === documentId);
    if (!placed) return () => decorations.clear();
    // In a long text, places are found again once per frame, after the typed key has painted.
    let frame = 0;
    let live = true;
    const sub = model.onDidChangeContent(() => {
      if (model.getValueLength() < DEFER_TEXT_CHARS) return update();
      if (frame) return;
      frame = requestAnimationFrame(() =>
        setTimeout(() => {
          frame = 0;
          if (live) update();
        }, 0),
      );
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      sub.dispose();
      decorations.clear();
    };
  }, [editor, documentId, diagnostics, highlights]);

  const revealKey = reveal ? JSON.stringify(reveal) : null;
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || revealKey === null) return;
    const range = revealRange(model, JSON.parse(revealKey) as (string | number)[]);
    if (!range) return;
    editor.setSelection(range);
    editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
  }, [editor, documentId, revealKey]);

  useEffect(() => {
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }, [theme]);

  useEffect(() => {
    editor?.updateOptions({ ariaLabel });
  }, [editor, ariaLabel]);

  return (
    <div className="kms-editor" data-testid="policy-editor" data-document={documentId}>
      <p id={hintId} className="kms-editor__hint">
        In the editor, Tab indents. Press Escape then Tab to move focus out of the editor, or
        Control+M (Control+Shift+M on macOS) to switch Tab between indenting and moving focus.
      </p>
      <div ref={container} className="kms-editor__surface" />
    </div>
  );
}
