/**
 * From JSON paths to text ranges, tolerant of invalid JSON: engine diagnostics become marker data
 * and trace highlights become decoration data, both as plain objects that the Monaco adapter only
 * converts. A statement path covers the whole statement object; an element path covers its
 * property (key and value).
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { Diagnostic } from '../../engine/types';
import type { EditorHighlight, HighlightRole } from './types';

/** A JSON path. */
export type Path = readonly (string | number)[];

/** Offsets [start, end). */
export interface OffsetRange {
  start: number;
  end: number;
}

/** 1-based line and column range, as Monaco counts (columns in UTF-16 code units). */
export interface LineRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** The last text parsed and its tree: every highlight and marker of one update reads the same text. */
let parsed: { text: string; root: Node | undefined } | null = null;

/**
 * Parses leniently: comments and trailing commas are accepted, errors leave a partial tree. The
 * tree is never mutated, so the last one is reused while the text stays the same.
 */
export function parseLenient(text: string): Node | undefined {
  if (parsed?.text !== text) {
    parsed = {
      text,
      root: parseTree(text, [], { allowTrailingComma: true, disallowComments: false }),
    };
  }
  return parsed.root;
}

function child(node: Node, segment: string | number): Node | undefined {
  if (typeof segment === 'number') {
    return node.type === 'array' ? node.children?.[segment] : undefined;
  }
  if (node.type !== 'object') return undefined;
  const props = node.children ?? [];
  const byName = (eq: (k: string) => boolean) =>
    props.find((p) => typeof p.children?.[0]?.value === 'string' && eq(p.children[0].value));
  const lower = segment.toLowerCase();
  const prop = byName((k) => k === segment) ?? byName((k) => k.toLowerCase() === lower);
  return prop?.children?.[1];
}

/**
 * The node at `path`, or its deepest existing ancestor (`exact: false`) when the text no longer
 * has it; keys fall back to a case-insensitive match.
 */
export function nodeAtPath(root: Node, path: Path): { node: Node; exact: boolean } {
  const direct = findNodeAtLocation(root, [...path]);
  if (direct) return { node: direct, exact: true };
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const next = child(node, path[i] as string | number);
    if (!next) return { node, exact: false };
    node = next;
  }
  return { node, exact: true };
}

/** The text range a path stands for, or null when the text has no JSON value at all. */
export function rangeForPath(text: string, path: Path): (OffsetRange & { exact: boolean }) | null {
  const root = parseLenient(text);
  if (!root) return null;
  const { node, exact } = nodeAtPath(root, path);
  // An object member is shown with its key: the whole `"Action": [...]` property.
  const target = node.parent?.type === 'property' ? node.parent : node;
  return { start: target.offset, end: target.offset + target.length, exact };
}

let lines: {
  text: string;
  positionAt: (offset: number) => { lineNumber: number; column: number };
} | null = null;

/** Converts offsets to Monaco positions for one text (the index of the last text is reused). */
export function lineIndex(
  text: string,
): (offset: number) => { lineNumber: number; column: number } {
  if (lines?.text === text) return lines.positionAt;
  const positionAt = buildLineIndex(text);
  lines = { text, positionAt };
  return positionAt;
}

function buildLineIndex(text: string): (offset: number) => { lineNumber: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { lineNumber: lo + 1, column: at - (starts[lo] ?? 0) + 1 };
  };
}

/** Converts an offset range to a line range. */
export function toLineRange(text: string, range: OffsetRange): LineRange {
  const positionAt = lineIndex(text);
  const start = positionAt(range.start);
  const end = positionAt(range.end);
  return {
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  };
}

/** A marker as plain data. */
export interface MarkerData extends LineRange {
  severity: Diagnostic['severity'];
  message: string;
  code: string;
}

/**
 * Markers for the diagnostics of one document. A diagnostic whose path no longer exists marks
 * the nearest ancestor; one on the whole document marks only its first line.
 */
export function markersFor(text: string, documentId: string, diagnostics: readonly Diagnostic[]) {
  const markers: MarkerData[] = [];
  // Parsed only when a diagnostic of this document needs it (the whole scenario is 200 KB).
  let whole: OffsetRange | null | undefined;
  for (const d of diagnostics) {
    if (d.document !== documentId) continue;
    if (whole === undefined) whole = rangeForPath(text, []);
    let range: OffsetRange = rangeForPath(text, d.path) ?? { start: 0, end: 0 };
    if (whole && range.start === whole.start && range.end === whole.end) {
      const lineEnd = text.indexOf('\n', range.start);
      range = { start: range.start, end: lineEnd === -1 ? text.length : lineEnd };
    }
    markers.push({
      ...toLineRange(text, range),
      severity: d.severity,
      message: d.message,
      code: d.code,
    });
  }
  return markers;
}

/** A decoration as plain data. */
export interface DecorationData {
  range: LineRange;
  role: HighlightRole;
  /** True when the range spans lines: shown as whole lines. */
  wholeLine: boolean;
}

const STRENGTH: Record<HighlightRole, number> = { changed: 4, deciding: 3, matched: 2, noMatch: 1 };

/** Decorations for trace highlights; stale paths are skipped, the strongest role per path wins. */
export function decorationsFor(text: string, highlights: readonly EditorHighlight[]) {
  const strongest = new Map<string, EditorHighlight>();
  for (const h of highlights) {
    // A change is marked beside the trace's roles, never instead of them.
    const key = `${h.role === 'changed' ? 'changed ' : ''}${JSON.stringify(h.path)}`;
    const seen = strongest.get(key);
    if (!seen || STRENGTH[h.role] > STRENGTH[seen.role]) strongest.set(key, h);
  }
  const out: DecorationData[] = [];
  for (const h of strongest.values()) {
    const range = rangeForPath(text, h.path);
    if (!range?.exact) continue;
    const lines = toLineRange(text, range);
    out.push({
      range: lines,
      role: h.role,
      wholeLine: lines.endLineNumber > lines.startLineNumber,
    });
  }
  return out;
}
