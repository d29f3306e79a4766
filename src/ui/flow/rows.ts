/**
 * Statement-level detail of one node as a flat list of rows, grouped and collapsed so that a
 * phase with many documents stays a readable card: non-matching statements, documents and grants
 * beyond a few per parent collapse into one `+N more` row, and a node never exceeds a row budget.
 */
import type { TraceStep } from '../../engine/types';
import { describeRow } from '../../explain/rowText';
import { ROW_GAP, ROW_LINE, rowHeight } from './metrics';
import type { GraphRow } from './types';

const height = (rows: GraphRow[]) => rows.reduce((h, r) => h + rowHeight(r), 0);

/** The largest of `first` and `rest` (no spread: traces can hold thousands of steps). */
export function maxOf(first: number, rest: readonly number[]): number {
  return rest.reduce((a, b) => Math.max(a, b), first);
}

/** How much detail a node keeps. */
export interface RowLimits {
  /** Non-matching statements shown per document (default 3). */
  statements: number;
  /** Non-matching documents shown per phase or SCP level (default 4). */
  documents: number;
  /** Non-matching grants shown (default 4). */
  grants: number;
  /** Most rows in one node; beyond it the tail collapses into one row (default 40). */
  maxRows: number;
  /** Most height (px) of one node's rows; detail tightens until it fits (default 600). */
  maxHeight: number;
}

/** The defaults: enough to see why, small enough for a 1280×800 screen. */
export const DEFAULT_ROW_LIMITS: RowLimits = {
  statements: 3,
  documents: 4,
  grants: 4,
  maxRows: 40,
  maxHeight: 600,
};

/**
 * A step under a node with the steps under it. A statement's failed element, and the conditions
 * of a statement that did not match, fold into the statement's row, whose reason names the
 * first one that failed; a matching statement keeps its conditions as rows (why it matched).
 */
interface Tree {
  step: TraceStep;
  index: number;
  local: string;
  children: Tree[];
  folded: { step: TraceStep; index: number }[];
}

function buildTrees(nodeId: string, steps: { step: TraceStep; index: number }[]): Tree[] {
  const roots: Tree[] = [];
  const byId = new Map<string, Tree>();
  for (const { step, index } of steps) {
    const parent = step.parentId === null ? undefined : byId.get(step.parentId);
    const foldable =
      step.kind === 'element' || (step.kind === 'condition' && parent?.step.outcome === 'noMatch');
    if (foldable && parent?.step.kind === 'statement') {
      parent.folded.push({ step, index });
      continue;
    }
    const parentId = parent ? parent.step.id : nodeId;
    const local = step.id.startsWith(`${parentId}/`) ? step.id.slice(parentId.length + 1) : step.id;
    const tree: Tree = { step, index, local, children: [], folded: [] };
    byId.set(step.id, tree);
    (parent ? parent.children : roots).push(tree);
  }
  return roots;
}

/** Every step of a subtree, in trace order, with their indexes. */
function subtree(t: Tree): { step: TraceStep; index: number }[] {
  const out = [{ step: t.step, index: t.index }, ...t.folded];
  for (const c of t.children) out.push(...subtree(c));
  return out.sort((a, b) => a.index - b.index);
}

const LIMIT_OF: Partial<Record<TraceStep['kind'], keyof RowLimits>> = {
  statement: 'statements',
  document: 'documents',
  grant: 'grants',
};

const MORE_NOUN: Partial<Record<TraceStep['kind'], string>> = {
  statement: 'statements not matched',
  document: 'policies not matched',
  grant: 'grants not matched',
};

function moreRow(
  containerId: string,
  hidden: Tree[] | { step: TraceStep; index: number }[],
  depth: number,
  text: string,
): GraphRow {
  const steps = hidden.flatMap((h) => ('children' in h ? subtree(h) : [h]));
  const indexes = steps.map((s) => s.index);
  return {
    id: `${containerId}#more`,
    stepIds: steps.map((s) => s.step.id),
    selectId: containerId,
    stepIndex: indexes.reduce((a, b) => Math.min(a, b), Infinity),
    lastStepIndex: maxOf(-1, indexes),
    depth,
    kind: 'more',
    outcome: 'noMatch',
    tone: 'neutral',
    label: text,
    status: '',
    deciding: false,
  };
}

function rowOf(t: Tree, depth: number, deciding: ReadonlySet<string>): GraphRow {
  // describeRow reads the folded steps too (the failed element or conditions).
  const all = subtree(t);
  const below = all.slice(1).map((s) => s.step);
  const text = describeRow(t.step, t.local, below);
  const kind = t.step.kind;
  return {
    id: t.step.id,
    stepIds: [t.step.id, ...t.folded.map((f) => f.step.id)],
    selectId: t.step.id,
    stepIndex: t.index,
    lastStepIndex: maxOf(
      t.index,
      all.map((s) => s.index),
    ),
    depth,
    kind: kind === 'element' || kind === 'context' || kind === 'decision' ? 'step' : kind,
    outcome: t.step.outcome,
    tone: text.tone,
    label: text.label,
    status: text.status,
    reason: text.reason,
    deciding: deciding.has(t.step.id),
    source: t.step.source,
  };
}

function flatten(
  list: Tree[],
  containerId: string,
  depth: number,
  limits: RowLimits,
  deciding: ReadonlySet<string>,
  out: GraphRow[],
): void {
  const shownOfKind = new Map<string, number>();
  const hidden: Tree[] = [];
  for (const t of list) {
    const limit = LIMIT_OF[t.step.kind];
    if (limit && t.step.outcome === 'noMatch') {
      const n = shownOfKind.get(limit) ?? 0;
      if (n >= limits[limit]) {
        hidden.push(t);
        continue;
      }
      shownOfKind.set(limit, n + 1);
    }
    out.push(rowOf(t, depth, deciding));
    flatten(t.children, t.step.id, depth + 1, limits, deciding, out);
  }
  const first = hidden[0];
  if (first) {
    const same = hidden.every((h) => h.step.kind === first.step.kind);
    const noun = (same && MORE_NOUN[first.step.kind]) || 'more not matched';
    out.push(moreRow(containerId, hidden, depth, `+${hidden.length} more ${noun}`));
  }
}

/**
 * Rows for the steps under a node (`steps`: trace order, with trace indexes). `deciding` holds
 * the ids of steps that decided the result; those and every match are always kept.
 */
export function buildRows(
  nodeId: string,
  steps: { step: TraceStep; index: number }[],
  deciding: ReadonlySet<string>,
  limits: RowLimits = DEFAULT_ROW_LIMITS,
): GraphRow[] {
  const trees = buildTrees(nodeId, steps);
  const tighter: RowLimits[] = [
    limits,
    {
      ...limits,
      statements: Math.min(limits.statements, 1),
      documents: Math.min(limits.documents, 2),
      grants: Math.min(limits.grants, 2),
    },
    { ...limits, statements: 0, documents: 0, grants: 0 },
  ];
  let rows: GraphRow[] = [];
  const fits = (list: GraphRow[]) =>
    list.length <= limits.maxRows && height(list) <= limits.maxHeight;
  for (const l of tighter) {
    rows = [];
    flatten(trees, nodeId, 0, l, deciding, rows);
    if (fits(rows)) return rows;
  }
  // Keep whole rows while they and one closing `+N more rows` line still fit.
  const keep: GraphRow[] = [];
  let used = ROW_LINE + ROW_GAP;
  for (const r of rows) {
    used += rowHeight(r);
    if (keep.length + 2 > limits.maxRows || used > limits.maxHeight) break;
    keep.push(r);
  }
  const rest = rows
    .slice(keep.length)
    .flatMap((r) => r.stepIds.map((id) => ({ step: { id } as TraceStep, index: r.stepIndex })));
  return [
    ...keep,
    {
      ...moreRow(nodeId, rest, 0, `+${rows.length - keep.length} more rows`),
      id: `${nodeId}#rest`,
      lastStepIndex: maxOf(
        -1,
        rows.slice(keep.length).map((r) => r.lastStepIndex),
      ),
    },
  ];
}
