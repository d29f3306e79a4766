/**
 * Monaco adapters for the pure completion and hover functions, registered once for the `json`
 * language and active only on models in our registry.
 */
import { completionsAt, type CompletionItem, type CompletionKind } from './completions';
import { hoverAt } from './hovers';
import { entryOf } from './modelRegistry';
import { monaco } from './monaco';

const KINDS: Record<CompletionKind, monaco.languages.CompletionItemKind> = {
  action: monaco.languages.CompletionItemKind.Function,
  conditionKey: monaco.languages.CompletionItemKind.Property,
  operator: monaco.languages.CompletionItemKind.Operator,
  principal: monaco.languages.CompletionItemKind.User,
  snippet: monaco.languages.CompletionItemKind.Snippet,
  value: monaco.languages.CompletionItemKind.Value,
};

function rangeOf(
  model: monaco.editor.ITextModel,
  position: monaco.Position,
  item: CompletionItem,
): monaco.IRange {
  const start = model.getPositionAt(item.range.start);
  const end = model.getPositionAt(item.range.end);
  // Monaco needs a one-line range that contains the cursor; otherwise insert at the cursor.
  const sameLine =
    start.lineNumber === position.lineNumber && end.lineNumber === position.lineNumber;
  if (!sameLine || start.column > position.column || end.column < position.column)
    return monaco.Range.fromPositions(position, position);
  return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
}

function toMonaco(
  model: monaco.editor.ITextModel,
  position: monaco.Position,
  item: CompletionItem,
): monaco.languages.CompletionItem {
  return {
    label: item.label,
    kind: KINDS[item.kind],
    insertText: item.insertText,
    ...(item.snippet
      ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet }
      : {}),
    filterText: item.filterText,
    sortText: item.sortText,
    detail: item.detail,
    documentation: item.documentation ? { value: item.documentation } : undefined,
    range: rangeOf(model, position, item),
    ...(item.retrigger
      ? { command: { id: 'editor.action.triggerSuggest', title: 'Suggest' } }
      : {}),
  };
}

let registered = false;

/** Registers the completion and hover providers (once per page). */
export function registerProviders(): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"', ':'],
    provideCompletionItems(model, position) {
      const entry = entryOf(model);
      if (!entry) return { suggestions: [] };
      const items = completionsAt(model.getValue(), model.getOffsetAt(position), {
        kind: entry.kind,
        principals: entry.principals,
      });
      return { suggestions: items.map((i) => toMonaco(model, position, i)) };
    },
  });
  monaco.languages.registerHoverProvider('json', {
    provideHover(model, position) {
      const entry = entryOf(model);
      if (!entry) return null;
      const hover = hoverAt(model.getValue(), model.getOffsetAt(position), entry.kind);
      if (!hover) return null;
      const start = model.getPositionAt(hover.range.start);
      const end = model.getPositionAt(hover.range.end);
      return {
        range: monaco.Range.fromPositions(start, end),
        // Plain markdown: no HTML, no command links.
        contents: [{ value: hover.markdown, isTrusted: false, supportHtml: false }],
      };
    },
  });
}
