/**
 * One Monaco model per document, created on first use and kept for the session, so that each
 * document keeps its own undo stack and view state across switches. The registry also tells the
 * completion and hover providers which kind of document a model holds, and keeps the JSON
 * worker's schema associations in step with the models.
 */
import { monaco } from './monaco';
import type { DocumentKind } from './documentContext';
import { modelUri, schemaAssociations } from './schemas';
import { minimalEdit } from './textEdit';

/** What the editor knows about one document's model. */
export interface ModelEntry {
  documentId: string;
  model: monaco.editor.ITextModel;
  kind: DocumentKind;
  principals: readonly string[];
  viewState: monaco.editor.ICodeEditorViewState | null;
}

const byDocument = new Map<string, ModelEntry>();
const byUri = new Map<string, ModelEntry>();

function updateSchemas(): void {
  const { jsonDefaults } = monaco.languages.json;
  const models = [...byDocument.values()].map((e) => ({
    // The worker matches fileMatch globs against the URI in this (unencoded) form.
    resource: e.model.uri.toString(true),
    kind: e.kind,
  }));
  jsonDefaults.setDiagnosticsOptions({
    ...jsonDefaults.diagnosticsOptions,
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemas: schemaAssociations(models),
  });
}

/** The model of a document, created with `value` on first use. */
export function modelFor(documentId: string, kind: DocumentKind, value: string): ModelEntry {
  let entry = byDocument.get(documentId);
  if (!entry) {
    const uri = monaco.Uri.parse(modelUri(documentId));
    // A model may survive a hot reload of this module: adopt it.
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(value, 'json', uri);
    entry = { documentId, model, kind, principals: [], viewState: null };
    byDocument.set(documentId, entry);
    byUri.set(uri.toString(), entry);
    updateSchemas();
  } else if (entry.kind !== kind) {
    entry.kind = kind;
    updateSchemas();
  }
  return entry;
}

/** The registry entry of a model, for the providers. */
export function entryOf(model: monaco.editor.ITextModel): ModelEntry | undefined {
  return byUri.get(model.uri.toString());
}

/**
 * Brings a model's text to `value` with the smallest edit, pushed onto its undo stack; the
 * cursor and view state survive, and nothing happens when the texts are equal.
 */
export function syncModelText(model: monaco.editor.ITextModel, value: string): boolean {
  const edit = minimalEdit(model.getValue(), value);
  if (!edit) return false;
  const start = model.getPositionAt(edit.start);
  const end = model.getPositionAt(edit.end);
  const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
  model.pushStackElement();
  model.pushEditOperations([], [{ range, text: edit.text }], () => null);
  model.pushStackElement();
  return true;
}
