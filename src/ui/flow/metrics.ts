/**
 * Box sizes estimated from content. Layout uses them to place nodes, and the node components use
 * the same numbers as explicit heights, so the drawing always matches the layout (text that
 * would need more room is clipped, and its full form stays in the title and aria-label).
 */
import type { GraphNode, GraphRow } from './types';

/** Width of every node, in diagram pixels: two lanes side by side fit a 1280-px screen. */
export const NODE_WIDTH = 360;
/** Inner padding of a node. */
export const PAD_X = 12;
/** Inner padding of a node, top and bottom. */
export const PAD_Y = 10;
/** Eyebrow caption line height. */
export const EYEBROW_LINE = 16;
/** Title line height (one line, ellipsis). */
export const TITLE_LINE = 22;
/** Summary line height (13-px text). */
export const SUMMARY_LINE = 18;
/** Row label line height (12.5-px text). */
export const ROW_LINE = 19;
/** Row reason line height (11.5-px monospace). */
export const REASON_LINE = 16;
/** Space between the summary and the rows, and below each row. */
export const ROWS_GAP = 6;
/** Gap below each row. */
export const ROW_GAP = 2;
/** Indentation per nesting level. */
export const INDENT = 12;
/** Most summary lines shown. */
export const MAX_SUMMARY_LINES = 4;
/** Most reason lines per row. */
export const MAX_REASON_LINES = 4;
/** Generous average character widths (px), so estimates err towards more lines. */
const SUMMARY_CHAR = 6.6;
const REASON_CHAR = 6.95;
const BORDER = 2;

/** Lines a text takes at a width, allowing for word wrapping (about one word lost per line). */
export function linesFor(text: string, widthPx: number, charPx: number, max: number): number {
  if (!text) return 0;
  const perLine = Math.max(8, Math.floor((widthPx / charPx) * 0.88));
  return Math.min(max, Math.ceil(text.length / perLine));
}

/** Reason lines of a row at its depth. */
export function reasonLines(row: GraphRow): number {
  const width = NODE_WIDTH - 2 * PAD_X - BORDER - INDENT * (row.depth + 1);
  return linesFor(row.reason ?? '', width, REASON_CHAR, MAX_REASON_LINES);
}

/** Height of a row: its label line and reason lines. */
export function rowHeight(row: GraphRow): number {
  return ROW_LINE + reasonLines(row) * REASON_LINE + ROW_GAP;
}

/** The decision's summary is the AWS error message: it gets more room. */
export const MAX_DECISION_LINES = 7;

/** Summary lines of a node. */
export function summaryLines(summary: string, max = MAX_SUMMARY_LINES): number {
  return linesFor(summary, NODE_WIDTH - 2 * PAD_X - BORDER, SUMMARY_CHAR, max);
}

/** Summary lines of a node of a given type. */
export function nodeSummaryLines(node: Pick<GraphNode, 'type' | 'data'>): number {
  return summaryLines(
    node.data.summary,
    node.type === 'decision' ? MAX_DECISION_LINES : MAX_SUMMARY_LINES,
  );
}

/** The box of a node. */
export function nodeSize(node: GraphNode): { width: number; height: number } {
  const rows = node.data.rows;
  const rowsHeight = rows.length === 0 ? 0 : ROWS_GAP + rows.reduce((h, r) => h + rowHeight(r), 0);
  return {
    width: NODE_WIDTH,
    height:
      BORDER +
      2 * PAD_Y +
      EYEBROW_LINE +
      TITLE_LINE +
      nodeSummaryLines(node) * SUMMARY_LINE +
      rowsHeight,
  };
}
