import type { SourceRef, StepDetail, StepKind, StepOutcome, TraceStep } from './types';

/**
 * Collects trace steps in the order the engine does the work. Ids are derived from content
 * (parent id + a local name), so the same input always gives the same ids.
 */
export class Tracer {
  readonly steps: TraceStep[] = [];

  /** Adds a step and returns its id. */
  add(
    parentId: string | null,
    local: string,
    kind: StepKind,
    rule: string,
    outcome: StepOutcome,
    source?: SourceRef,
    detail?: StepDetail,
  ): string {
    const id = parentId === null ? local : `${parentId}/${local}`;
    // One object shape for every step keeps the engine's hot paths monomorphic.
    this.steps.push({ id, parentId, kind, rule, outcome, source, detail });
    return id;
  }

  /** Adds a step whose outcome is settled later (phases learn their result after their children). */
  open(
    parentId: string | null,
    local: string,
    kind: StepKind,
    rule: string,
    source?: SourceRef,
    detail?: StepDetail,
  ): TraceStep {
    this.add(parentId, local, kind, rule, 'info', source, detail);
    return this.steps[this.steps.length - 1] as TraceStep;
  }
}
