/**
 * trace → graph: the request, one node per phase the engine went through (in trace order, one lane
 * per authorization check), the after-authorization checks and the decision. Everything finer
 * (documents, statements, conditions, grants, SCP levels) becomes rows inside its phase node.
 */
import type { EvaluationResult, TraceStep } from '../../engine/types';
import { describePhase } from '../../explain/phases';
import { decidingSteps } from '../../explain/deciding';
import { requestNodeData, decisionNodeData } from './terminalNodes';
import { buildRows, DEFAULT_ROW_LIMITS, maxOf, type RowLimits } from './rows';
import { shortArn } from '../../explain/format';
import type {
  Graph,
  GraphEdge,
  GraphNode,
  GraphNodeData,
  GraphNodeType,
  GraphRow,
  StepOwner,
} from './types';

/** Options of traceToGraph: how much statement detail each node keeps (see RowLimits). */
export type TraceToGraphOptions = Partial<RowLimits>;

interface Indexed {
  step: TraceStep;
  index: number;
}

/** A phase or check node: title and summary from describePhase, rows below. */
function phaseNodeData(
  step: TraceStep,
  under: Indexed[],
  rows: GraphRow[],
  deciding: ReadonlySet<string>,
  laneCount: number,
  lane: number | null,
): GraphNodeData {
  const text = describePhase(
    step,
    under.map((u) => u.step),
  );
  const check = step.rule === 'authorizationCheck';
  return {
    ...text,
    title: check && typeof step.detail?.action === 'string' ? step.detail.action : text.title,
    eyebrow:
      laneCount > 1 ? `Authorization check ${(lane ?? 0) + 1} of ${laneCount}` : text.eyebrow,
    summary:
      check && typeof step.detail?.resource === 'string'
        ? `On ${shortArn(step.detail.resource)}`
        : text.summary,
    rule: step.rule,
    outcome: step.outcome,
    rows,
    deciding: deciding.has(step.id) || rows.some((r) => r.deciding),
  };
}

function nodeType(s: TraceStep): GraphNodeType {
  if (s.kind === 'context') return 'request';
  if (s.kind === 'decision') return 'decision';
  return s.rule === 'authorizationCheck' && s.parentId === null ? 'check' : 'phase';
}

/** Assigns every step to the node that shows it: its nearest ancestor that is a node. */
function assignOwners(trace: TraceStep[], isNode: (s: TraceStep) => boolean): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  let last = trace[0]?.id ?? '';
  for (const s of trace) {
    let o: string;
    if (isNode(s)) o = s.id;
    else o = (s.parentId !== null && owner.get(s.parentId)) || last;
    owner.set(s.id, o);
    if (isNode(s)) last = s.id;
    out.push(o);
  }
  return out;
}

/** Builds the decision graph of one evaluation result. Pure; never throws for any trace. */
export function traceToGraph(result: EvaluationResult, opts: TraceToGraphOptions = {}): Graph {
  const limits: RowLimits = { ...DEFAULT_ROW_LIMITS, ...opts };
  const trace = result.trace;
  const lanes = new Map<string, number>();
  for (const s of trace)
    if (s.parentId === null && s.kind === 'phase' && s.rule === 'authorizationCheck')
      lanes.set(s.id, lanes.size);
  const isNode = (s: TraceStep) => s.parentId === null || lanes.has(s.parentId);
  const ownerOf = assignOwners(trace, isNode);
  const below = new Map<string, Indexed[]>();
  trace.forEach((step, index) => {
    const o = ownerOf[index] ?? '';
    if (o === step.id) return;
    const list = below.get(o);
    if (list) list.push({ step, index });
    else below.set(o, [{ step, index }]);
  });
  const nodeLane = new Map<string, number>();
  for (const s of trace) {
    const lane = lanes.get(s.id) ?? (s.parentId !== null ? lanes.get(s.parentId) : undefined);
    if (isNode(s) && lane !== undefined) nodeLane.set(s.id, lane);
  }
  const deciding = decidingSteps(result, (i) => nodeLane.has(ownerOf[i] ?? ''));

  const nodes: GraphNode[] = [];
  const owners: Record<string, StepOwner> = {};
  trace.forEach((step, index) => {
    if (!isNode(step) || owners[step.id]) return;
    const under = below.get(step.id) ?? [];
    const type = nodeType(step);
    const lane = nodeLane.get(step.id) ?? null;
    const rows = buildRows(step.id, under, deciding, limits);
    const data =
      type === 'request'
        ? requestNodeData(step, trace, rows)
        : type === 'decision'
          ? decisionNodeData(result, rows)
          : phaseNodeData(step, under, rows, deciding, type === 'check' ? lanes.size : 0, lane);
    owners[step.id] = { node: step.id, row: null };
    for (const r of rows) for (const id of r.stepIds) owners[id] = { node: step.id, row: r.id };
    nodes.push({
      id: step.id,
      type,
      stepIndex: index,
      lastStepIndex: maxOf(
        index,
        under.map((u) => u.index),
      ),
      lane,
      data,
    });
  });
  // A check's verdict is known once its whole lane has run.
  for (const n of nodes)
    if (n.type === 'check')
      n.lastStepIndex = maxOf(
        n.lastStepIndex,
        nodes.filter((m) => m.lane === n.lane).map((m) => m.lastStepIndex),
      );
  return {
    request: result.request,
    nodes,
    edges: buildEdges(nodes, result),
    order: trace.map((s) => s.id),
    owners,
  };
}

/** The deny lane that decided, or null when every lane counts (Allow, or no lanes). */
function decidingLane(nodes: GraphNode[], result: EvaluationResult): number | null {
  if (result.decision === 'Allow') return null;
  const want = result.decision === 'ExplicitDeny' ? 'explicitDeny' : 'implicitDeny';
  return nodes.find((n) => n.type === 'check' && n.data.outcome === want)?.lane ?? null;
}

/**
 * Edges in the order the engine went: the shared head (request) fans out into one lane per
 * check, the lanes join at the shared tail (after-authorization checks, decision).
 */
function buildEdges(nodes: GraphNode[], result: EvaluationResult): GraphEdge[] {
  const firstLane = nodes.findIndex((n) => n.lane !== null);
  const head = nodes.filter((n, i) => n.lane === null && (firstLane < 0 || i < firstLane));
  const tail = nodes.filter((n, i) => n.lane === null && firstLane >= 0 && i > firstLane);
  const laneIds = [...new Set(nodes.flatMap((n) => (n.lane === null ? [] : [n.lane])))];
  const winner = decidingLane(nodes, result);
  const edges: GraphEdge[] = [];
  const link = (a: GraphNode | undefined, b: GraphNode | undefined, lane: number | null) => {
    if (!a || !b) return;
    const taken = winner === null || lane === null || lane === winner;
    edges.push({
      id: `${a.id}->${b.id}`,
      source: a.id,
      target: b.id,
      taken,
      stepIndex: b.stepIndex,
      lane,
    });
  };
  const chain = (list: GraphNode[], lane: number | null) => {
    for (let i = 1; i < list.length; i++) link(list[i - 1], list[i], lane);
  };
  chain(head, null);
  for (const lane of laneIds) {
    const members = nodes.filter((n) => n.lane === lane);
    link(head[head.length - 1], members[0], lane);
    chain(members, lane);
    link(members[members.length - 1], tail[0], lane);
  }
  chain(tail, null);
  return edges;
}
