/**
 * Completion items as plain data: the slot a completion replaces, and builders for value,
 * property-key and snippet items.
 */
import type { Location } from 'jsonc-parser';
import type { DocumentKind } from './documentContext';
import type { Snippet } from './snippets';

/** What a completion item is, for its icon. */
export type CompletionKind =
  'action' | 'conditionKey' | 'operator' | 'principal' | 'snippet' | 'value';

/** One completion item as plain data (offsets into the text). */
export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** Inserted text; Monaco snippet syntax when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  /** What the typed text is matched against. */
  filterText: string;
  sortText: string;
  /** One line shown beside the label. */
  detail: string;
  /** Markdown, from our catalogue. */
  documentation: string;
  /** Replaced text: [start, end). */
  range: { start: number; end: number };
  /** Open the completion list again after inserting (there is more to pick inside). */
  retrigger?: boolean;
}

/** Context the editor supplies. */
export interface CompletionOptions {
  kind: DocumentKind;
  /** Principal ARNs (and service principals) of the scenario. */
  principals: readonly string[];
}

/** Where the completion goes: the token it replaces and what follows it. */
export interface Slot {
  start: number;
  end: number;
  /** True when a `:` already follows the property key being completed. */
  colonFollows: boolean;
}

/** Finds the string token the cursor is inside, or an empty slot at the cursor. */
export function slotAt(text: string, offset: number, location: Location): Slot {
  const node = location.previousNode;
  let start = offset;
  let end = offset;
  if (node && (node.type === 'string' || node.type === 'property')) {
    const tokenEnd = node.offset + node.length;
    const closed = node.length > 1 && text[tokenEnd - 1] === '"';
    if (node.offset < offset && (offset < tokenEnd || (!closed && offset === tokenEnd))) {
      start = node.offset;
      end = tokenEnd;
    }
  }
  const colonFollows = /^\s*:/.test(text.slice(end));
  return { start, end, colonFollows };
}

/** Builds a value item (a JSON string) for a slot. */
export function valueItem(
  slot: Slot,
  label: string,
  kind: CompletionKind,
  sortText: string,
  detail: string,
  documentation = '',
): CompletionItem {
  const insertText = JSON.stringify(label);
  return {
    label,
    kind,
    insertText,
    snippet: false,
    filterText: insertText,
    sortText,
    detail,
    documentation,
    range: { start: slot.start, end: slot.end },
  };
}

/** Builds a property-key item; adds `: <value>` unless a colon already follows. */
export function keyItem(
  slot: Slot,
  label: string,
  kind: CompletionKind,
  valueSnippet: string,
  sortText: string,
  detail: string,
  documentation: string,
): CompletionItem {
  const key = JSON.stringify(label).replace(/[$}\\]/g, '\\$&');
  return {
    label,
    kind,
    insertText: slot.colonFollows ? key : `${key}: ${valueSnippet}`,
    snippet: true,
    filterText: JSON.stringify(label),
    sortText,
    detail,
    documentation,
    range: { start: slot.start, end: slot.end },
  };
}

/** A snippet as an item (a statement, a condition, a whole document). */
export function snippetItem(slot: Slot, s: Snippet, sortText = `0${s.label}`): CompletionItem {
  return {
    label: s.label,
    kind: 'snippet',
    insertText: s.body,
    snippet: true,
    filterText: s.label,
    sortText,
    detail: 'Snippet',
    documentation: s.description,
    range: { start: slot.start, end: slot.end },
  };
}
