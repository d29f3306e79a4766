/** What every part of the route model shares: trace spans, statement names and one check's context. */
import type { TraceStep } from '../engine/types';
import type { Scenario } from '../scenario/types';
import { conditionReason, elementReason } from './rowText';
import { shortArn, str } from './format';
import type { TraceIndex } from './traceQuery';
import { STATUS_WORDS, type MapItem, type MapStatus, type RouteRule } from './routeTypes';

/** Trace indexes: each step's own, and the last index of its subtree. */
export class Spans {
  readonly index = new Map<string, number>();
  readonly last = new Map<string, number>();
  constructor(trace: readonly TraceStep[]) {
    const parent = new Map<string, string | null>();
    trace.forEach((s, i) => {
      this.index.set(s.id, i);
      this.last.set(s.id, i);
      parent.set(s.id, s.parentId);
      let p = s.parentId;
      while (p !== null && p !== undefined) {
        const prev = this.last.get(p);
        if (prev === undefined || prev >= i) break;
        this.last.set(p, i);
        p = parent.get(p) ?? null;
      }
    });
  }
  first(ids: string[], fallback: number): number {
    return ids.reduce(
      (m, id) => Math.min(m, this.index.get(id) ?? m),
      ids.length ? Infinity : fallback,
    );
  }
  end(ids: string[], fallback: number): number {
    return ids.reduce((m, id) => Math.max(m, this.last.get(id) ?? -1), ids.length ? -1 : fallback);
  }
}

export const sid = (s: TraceStep) => str(s.detail, 'sid');

export const stmt = (s: TraceStep) =>
  sid(s) ? `"${sid(s)}"` : s.id.slice(s.id.lastIndexOf('/') + 1);

export const passed = (s: TraceStep | undefined) =>
  !!s && (s.outcome === 'pass' || s.outcome === 'allow' || s.outcome === 'match');

/** Everything one check's routes need to know. */
export interface Ctx {
  index: TraceIndex;
  spans: Spans;
  check: TraceStep;
  action: string;
  caller: string;
  callerShort: string;
  scenario: Scenario | undefined;
  /** The gate (or reason) that stopped the check before the routes, in words. */
  stoppedBy: string | null;
  checkEnd: number;
}

/** The first statement under a phase that named the caller but failed later: a near miss. */
export function nearMiss(index: TraceIndex, phaseId: string): string | null {
  for (const s of index.descendants(phaseId)) {
    if (s.kind !== 'statement' || s.outcome !== 'noMatch') continue;
    const failed = str(s.detail, 'failed');
    if (failed === 'Principal' || failed === 'NotPrincipal') continue;
    const kids = index.children(s.id);
    const element = kids.find((k) => k.kind === 'element');
    const cond = kids.find((k) => k.kind === 'condition' && k.outcome === 'fail');
    const why = element ? elementReason(element) : cond ? conditionReason(cond) : failed;
    return `statement ${stmt(s)}: ${why}`;
  }
  return null;
}

/** The first matching statement under a phase. */
export function hitIn(index: TraceIndex, phaseId: string): TraceStep | undefined {
  return index.descendants(phaseId).find((s) => s.kind === 'statement' && s.outcome === 'match');
}

export function route(
  ctx: Ctx,
  local: string,
  rule: RouteRule,
  title: string,
  status: MapStatus,
  reason: string,
  stepIds: string[],
): MapItem {
  const { spans } = ctx;
  return {
    id: `${ctx.check.id}/route/${local}`,
    kind: 'route',
    rule,
    title,
    status,
    statusWords: STATUS_WORDS[status],
    reason,
    stepIds,
    stepIndex: stepIds.length ? spans.first(stepIds, ctx.checkEnd) : ctx.checkEnd,
    lastStepIndex: stepIds.length ? spans.end(stepIds, ctx.checkEnd) : ctx.checkEnd,
    lit: false,
  };
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function roleOf(caller: string): string {
  const m = /:assumed-role\/([^/]+)/.exec(caller);
  return m ? `role/${m[1]}` : shortArn(caller);
}
