/**
 * What changed between two evaluations of the same request: steps whose outcome changed, steps
 * that appeared or disappeared, and whether the decision or KMS outcome flipped. The diagram
 * marks the nodes and rows that hold those steps.
 */
import type { Decision, EvaluationResult, Outcome, StepOutcome } from '../../engine/types';
import type { Graph } from './types';

/** The difference between a previous and a current result of one request. */
export interface ResultDiff {
  /** False when the two results are for different requests (nothing else is compared). */
  sameRequest: boolean;
  /** The authorization decision flipped. */
  decisionChanged: boolean;
  /** The KMS outcome changed. */
  outcomeChanged: boolean;
  /** Previous decision and outcome. */
  previous: { decision: Decision; outcome: Outcome };
  /** Steps in both traces whose outcome changed, with both outcomes. */
  changed: { id: string; from: StepOutcome; to: StepOutcome }[];
  /** Step ids only in the current trace. */
  added: string[];
  /** Step ids only in the previous trace. */
  removed: string[];
  /** Steps of the current trace under which a removed step used to be (nearest survivor). */
  removedUnder: string[];
}

/** Compares two results; null when there is no previous result. */
export function diffResults(
  previous: EvaluationResult | null | undefined,
  current: EvaluationResult,
): ResultDiff | null {
  if (!previous) return null;
  const base = {
    sameRequest: previous.request === current.request,
    decisionChanged: previous.decision !== current.decision,
    outcomeChanged: previous.outcome !== current.outcome,
    previous: { decision: previous.decision, outcome: previous.outcome },
  };
  if (!base.sameRequest) return { ...base, changed: [], added: [], removed: [], removedUnder: [] };
  const before = new Map(previous.trace.map((s) => [s.id, s]));
  const now = new Set(current.trace.map((s) => s.id));
  const changed: ResultDiff['changed'] = [];
  const added: string[] = [];
  for (const s of current.trace) {
    const p = before.get(s.id);
    if (!p) added.push(s.id);
    else if (p.outcome !== s.outcome) changed.push({ id: s.id, from: p.outcome, to: s.outcome });
  }
  const removed = previous.trace.filter((s) => !now.has(s.id)).map((s) => s.id);
  const removedUnder = new Set<string>();
  for (const id of removed) {
    let parent = before.get(id)?.parentId ?? null;
    while (parent !== null && !now.has(parent)) parent = before.get(parent)?.parentId ?? null;
    if (parent !== null) removedUnder.add(parent);
  }
  return { ...base, changed, added, removed, removedUnder: [...removedUnder] };
}

/** How a node or row changed: its own step changed or is new, or something inside it did. */
export type ChangeMark = 'changed' | 'added';

/** Marks per node id and row id. */
export interface ChangeMarks {
  /** Node id → mark (a node is `changed` when any of its rows is). */
  nodes: Record<string, ChangeMark>;
  /** Row id → mark. */
  rows: Record<string, ChangeMark>;
}

/**
 * Places a diff on a graph of the current result. A removed step marks the node or row of its
 * nearest ancestor that still exists; the decision node is marked when the KMS outcome changed
 * even if the decision did not.
 */
export function markChanges(graph: Graph, diff: ResultDiff | null): ChangeMarks {
  const marks: ChangeMarks = { nodes: {}, rows: {} };
  if (!diff || !diff.sameRequest) return marks;
  const mark = (stepId: string, m: ChangeMark) => {
    const o = graph.owners[stepId];
    if (!o) return;
    if (o.row) marks.rows[o.row] ??= m;
    if (!o.row) marks.nodes[o.node] = marks.nodes[o.node] === 'changed' ? 'changed' : m;
    else marks.nodes[o.node] ??= 'changed';
  };
  for (const c of diff.changed) mark(c.id, 'changed');
  for (const id of diff.added) mark(id, 'added');
  for (const id of diff.removedUnder) mark(id, 'changed');
  const decision = graph.nodes.find((n) => n.type === 'decision');
  if (decision && (diff.decisionChanged || diff.outcomeChanged))
    marks.nodes[decision.id] = 'changed';
  return marks;
}
