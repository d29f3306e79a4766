/**
 * Small read-only queries over an engine trace (children of a step, the step behind a source),
 * shared by the explanation and the decision panel.
 */
import type { JsonPath, SourceRef, TraceStep } from '../engine/types';

/** Trace steps indexed by parent, in trace order. */
export class TraceIndex {
  private readonly kids = new Map<string | null, TraceStep[]>();

  constructor(readonly steps: readonly TraceStep[]) {
    for (const s of steps) {
      const list = this.kids.get(s.parentId);
      if (list) list.push(s);
      else this.kids.set(s.parentId, [s]);
    }
  }

  children(id: string | null): TraceStep[] {
    return this.kids.get(id) ?? [];
  }

  /** Every step below `id`, depth first in trace order. */
  descendants(id: string): TraceStep[] {
    const out: TraceStep[] = [];
    for (const c of this.children(id)) out.push(c, ...this.descendants(c.id));
    return out;
  }

  /** The top-level authorization checks (two for ReEncrypt). */
  checks(): TraceStep[] {
    return this.children(null).filter((s) => s.rule === 'authorizationCheck');
  }

  /** A direct child of `id` by rule. */
  child(id: string, rule: string): TraceStep | undefined {
    return this.children(id).find((s) => s.rule === rule);
  }
}

/** True when two JSON paths are the same. */
export function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/** The first trace step that points at exactly this source (a statement or a grant). */
export function stepForSource(
  steps: readonly TraceStep[],
  source: SourceRef,
): TraceStep | undefined {
  return steps.find(
    (s) =>
      s.source !== undefined &&
      s.source.document === source.document &&
      samePath(s.source.path, source.path) &&
      (s.kind === 'statement' || s.kind === 'grant' || s.kind === 'document'),
  );
}

/** The keys of the request context as the engine reported them in its `context` step. */
export interface ContextKeyEntry {
  name: string;
  value: unknown;
  derived: boolean;
}

/** Context keys from the trace's `context` step (empty when there is none). */
export function contextKeys(steps: readonly TraceStep[]): ContextKeyEntry[] {
  const step = steps.find((s) => s.kind === 'context');
  const keys = step?.detail?.keys;
  if (!Array.isArray(keys)) return [];
  return keys.filter(
    (k): k is ContextKeyEntry =>
      typeof k === 'object' && k !== null && typeof (k as ContextKeyEntry).name === 'string',
  );
}

/** Assumption ids the trace relied on, each once, in trace order. */
export function assumptionIds(steps: readonly TraceStep[]): string[] {
  const out: string[] = [];
  for (const s of steps) {
    const id = s.detail?.assumption;
    if (typeof id === 'string' && !out.includes(id)) out.push(id);
  }
  return out;
}
