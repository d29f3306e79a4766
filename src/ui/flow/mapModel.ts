/**
 * What the decision map draws, derived from an evaluation result: the route model (gates, allow
 * routes, after-authorization checks, decision; src/explain/routes.ts), the statement-level rows
 * an expanded node shows (rows.ts, the same rows the diagram had), the playback state of every
 * node at a position, and the change marks against the previous result. Pure, so it is tested
 * without a browser.
 */
import type { EvaluationResult, TraceStep } from '../../engine/types';
import { decidingSteps, mapItems, routeModel, type MapItem, type RouteModel } from '../../explain';
import type { Scenario } from '../../scenario/types';
import { diffResults } from './diff';
import { buildRows } from './rows';
import type { GraphRow } from './types';

/** The map of one result: its model, rows per item, and which item holds each trace step. */
export interface MapData {
  model: RouteModel;
  /**
   * Rows an expanded item shows (built on first use and kept: most nodes stay collapsed, so an
   * edit re-renders the map without writing rows nobody opened).
   */
  rowsOf(itemId: string): GraphRow[];
  /** Trace step id → item id (steps outside every item, such as the request context, are absent). */
  owner: Record<string, string>;
  /** Trace step ids in order (position N reveals the first N). */
  order: string[];
  /** Trace step id → the check (index into model.checks) it belongs to. */
  checkOf: Record<string, number>;
}

/** Every step of a subtree, in trace order, with its trace index. */
function subtreeOf(
  rootIds: string[],
  trace: readonly TraceStep[],
  includeRoots: boolean,
): { step: TraceStep; index: number }[] {
  const inside = new Set(rootIds);
  const out: { step: TraceStep; index: number }[] = [];
  trace.forEach((step, index) => {
    const root = inside.has(step.id) && rootIds.includes(step.id);
    if (root) {
      if (includeRoots) out.push({ step, index });
      return;
    }
    if (step.parentId !== null && inside.has(step.parentId)) {
      inside.add(step.id);
      out.push({ step, index });
    }
  });
  return out;
}

/** Builds the map of a result. `scenario` names grants and OUs (see routeModel). */
export function buildMap(result: EvaluationResult, scenario?: Scenario): MapData {
  const model = routeModel(result, { scenario });
  const trace = result.trace;
  const checkOf: Record<string, number> = {};
  const checkIds = new Map(model.checks.map((c, i) => [c.id, i]));
  for (const s of trace) {
    const own = checkIds.get(s.id);
    const parent = s.parentId === null ? undefined : checkOf[s.parentId];
    if (own !== undefined) checkOf[s.id] = own;
    else if (parent !== undefined) checkOf[s.id] = parent;
  }
  const index = new Map(trace.map((s, i) => [s.id, i]));
  const owner: Record<string, string> = {};
  const subtrees = new Map<string, { step: TraceStep; index: number }[]>();
  for (const item of mapItems(model)) {
    if (item.stepIds.length === 0) continue;
    // One phase: its node stands for the phase, rows for what is under it. Several phases (the
    // IAM route), or a grant: each becomes a row of its own with its detail below.
    const first = trace[index.get(item.stepIds[0] ?? '') ?? -1];
    const single = item.stepIds.length === 1 && first?.kind === 'phase';
    const steps = subtreeOf(item.stepIds, trace, !single);
    subtrees.set(item.id, steps);
    // The key policy is read by both policy routes: its steps belong to the first.
    for (const id of item.stepIds) owner[id] ??= item.id;
    for (const s of steps) owner[s.step.id] ??= item.id;
  }
  let deciding: ReadonlySet<string> | null = null;
  const rows = new Map<string, GraphRow[]>();
  const rowsOf = (itemId: string): GraphRow[] => {
    const hit = rows.get(itemId);
    if (hit) return hit;
    deciding ??= decidingSteps(result, (i) => checkOf[trace[i]?.id ?? ''] !== undefined);
    const built = buildRows(itemId, subtrees.get(itemId) ?? [], deciding);
    rows.set(itemId, built);
    return built;
  };
  return { model, rowsOf, owner, order: trace.map((s) => s.id), checkOf };
}

/** What one item looks like at a playback position. */
export interface ItemView {
  /** Playback has reached it. */
  revealed: boolean;
  /** Its verdict is known. */
  complete: boolean;
  /** It holds the latest revealed step. */
  current: boolean;
}

/** The playback view of an item at `position` steps revealed. */
export function itemView(map: MapData, item: MapItem, position: number): ItemView {
  const last = position > 0 ? map.order[Math.min(position, map.order.length) - 1] : undefined;
  const finished = position >= map.order.length;
  return {
    revealed: item.stepIndex < position || finished,
    complete: item.lastStepIndex < position || finished,
    current: !finished && last !== undefined && map.owner[last] === item.id,
  };
}

/** The check whose steps playback is showing (the current step's), or null outside checks. */
export function playingCheck(map: MapData, position: number): number | null {
  if (position <= 0 || position >= map.order.length) return null;
  for (let i = Math.min(position, map.order.length) - 1; i >= 0; i--) {
    const c = map.checkOf[map.order[i] ?? ''];
    if (c !== undefined) return c;
  }
  return null;
}

/** How an item or row changed since the previous result of the same request. */
export type MapChange = 'changed' | 'added';

/** Change marks by item id and by trace step id (a row is marked by its steps). */
export interface MapChanges {
  items: Record<string, MapChange>;
  steps: Record<string, MapChange>;
}

/**
 * Marks what changed: an item whose status or reason differs from the previous result's (or that
 * is new), and the steps whose outcome changed or that are new (their rows show it).
 */
export function mapChanges(
  previous: { result: EvaluationResult; model: RouteModel } | null,
  current: { result: EvaluationResult; model: RouteModel },
): MapChanges {
  const out: MapChanges = { items: {}, steps: {} };
  if (!previous || previous.result.request !== current.result.request) return out;
  const before = new Map(mapItems(previous.model).map((i) => [i.id, i]));
  for (const item of mapItems(current.model)) {
    const p = before.get(item.id);
    if (!p) out.items[item.id] = 'added';
    else if (p.status !== item.status || p.reason !== item.reason) out.items[item.id] = 'changed';
  }
  const diff = diffResults(previous.result, current.result);
  if (!diff) return out;
  for (const c of diff.changed) out.steps[c.id] = 'changed';
  for (const id of diff.added) out.steps[id] = 'added';
  for (const id of diff.removedUnder) out.steps[id] ??= 'changed';
  return out;
}

/** The mark of a row: the first of its steps that changed. */
export function rowChange(stepIds: readonly string[], steps: Record<string, MapChange>) {
  for (const id of stepIds) if (steps[id]) return steps[id];
  return undefined;
}
