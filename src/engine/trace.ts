import type { SourceRef, StepDetail, StepKind, StepOutcome, TraceStep } from './types';

/**
 * The step `open` hands out when nothing is recorded: callers may set its outcome and detail as
 * usual, nobody reads them.
 */
const SCRATCH: TraceStep = {
  id: '',
  parentId: null,
  kind: 'phase',
  rule: '',
  outcome: 'info',
  source: undefined,
  detail: undefined,
};

/**
 * Collects trace steps in the order the engine does the work. Ids are derived from content
 * (parent id + a local name), so the same input always gives the same ids.
 *
 * `Tracer.OFF` records nothing (decision-only evaluation, `decideRequest`): the engine runs the
 * same code, and hot sites skip building what only the trace would show when `on` is false.
 */
export class Tracer {
  readonly steps: TraceStep[] = [];

  /** A tracer that records nothing; shared, since it keeps no state. */
  static readonly OFF = new Tracer(false);

  constructor(readonly on: boolean = true) {}

  /** Adds a step and returns its id (the empty string when nothing is recorded). */
  add(
    parentId: string | null,
    local: string,
    kind: StepKind,
    rule: string,
    outcome: StepOutcome,
    source?: SourceRef,
    detail?: StepDetail,
  ): string {
    if (!this.on) return '';
    // `'/' + local` first: a constant when this is inlined with a literal name, so one concatenation.
    const id = parentId === null ? local : parentId + ('/' + local);
    // One object shape for every step keeps the engine's hot paths monomorphic.
    this.steps.push({ id, parentId, kind, rule, outcome, source, detail });
    return id;
  }

  /** {@link add} under a parent, the local name given with its leading `/` (see {@link openUnder}). */
  addUnder(
    parentId: string,
    slashLocal: string,
    kind: StepKind,
    rule: string,
    outcome: StepOutcome,
    source?: SourceRef,
    detail?: StepDetail,
  ): void {
    if (!this.on) return;
    const id = parentId + slashLocal;
    this.steps.push({ id, parentId, kind, rule, outcome, source, detail });
  }

  /**
   * {@link open} under a parent, with the local name given with its leading `/` (compiled
   * statements and policies keep theirs): the id is one concatenation.
   */
  openUnder(
    parentId: string,
    slashLocal: string,
    kind: StepKind,
    rule: string,
    source?: SourceRef,
    detail?: StepDetail,
  ): TraceStep {
    if (!this.on) return SCRATCH;
    const step: TraceStep = {
      id: parentId + slashLocal,
      parentId,
      kind,
      rule,
      outcome: 'info',
      source,
      detail,
    };
    this.steps.push(step);
    return step;
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
    if (!this.on) return SCRATCH;
    // `'/' + local` first: a constant when this is inlined with a literal name, so one concatenation.
    const id = parentId === null ? local : parentId + ('/' + local);
    const step: TraceStep = { id, parentId, kind, rule, outcome: 'info', source, detail };
    this.steps.push(step);
    return step;
  }
}
