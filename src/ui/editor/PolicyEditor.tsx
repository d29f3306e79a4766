/**
 * The Monaco policy editor. Default export, loaded only through `LazyPolicyEditor` so that Monaco
 * is a separate chunk. One model per document (kept across switches with its undo stack and view
 * state); engine diagnostics as markers, trace highlights as decorations.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createEditor } from './createEditor';
import { highlightDecorations, revealRange, setEngineMarkers } from './markers';
import { modelFor, syncModelText, type ModelEntry } from './modelRegistry';
import { monaco } from './monaco';
import type { PolicyEditorProps } from './types';
import './editor.css';

const DEFAULT_LABEL = 'Policy editor';

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

  useEffect(() => {
    latest.current = { onChange, value, ariaLabel };
  });

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    const ed = createEditor(host, latest.current.ariaLabel);
    const sub = ed.onDidChangeModelContent(() => {
      if (!syncing.current) latest.current.onChange(ed.getValue());
    });
    // Monaco builds its text area with each model: point it at the keyboard hint every time.
    const describe = ed.onDidChangeModel(() => {
      ed.getDomNode()?.querySelector('textarea')?.setAttribute('aria-describedby', hintId);
    });
    setEditor(ed);
    return () => {
      if (entry.current) entry.current.viewState = ed.saveViewState();
      entry.current = null;
      sub.dispose();
      describe.dispose();
      ed.dispose(); // models are kept for the next mount
      setEditor(null);
    };
  }, [hintId]);

  // Switch models; each keeps its own undo stack and view state.
  useEffect(() => {
    if (!editor) return;
    const next = modelFor(documentId, kind, latest.current.value);
    if (editor.getModel() === next.model) return;
    if (entry.current) entry.current.viewState = editor.saveViewState();
    editor.setModel(next.model);
    if (next.viewState) editor.restoreViewState(next.viewState);
    entry.current = next;
  }, [editor, documentId, kind]);

  // Outside changes (undo in the store, a load) update the model in place.
  useEffect(() => {
    const current = entry.current;
    if (!editor || !current || current.documentId !== documentId) return;
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
    const sub = model.onDidChangeContent(update);
    return () => {
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
