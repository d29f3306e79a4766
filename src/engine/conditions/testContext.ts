/**
 * Test fixtures for condition tests: build a request context and run a Condition element through
 * compile and both evaluations.
 */
import type { ContextValue } from '../../scenario/types';
import type { LocalDiagnostic, RequestContext } from '../context';
import { compileCondition } from './compile';
import { evaluateCondition, evaluateConditionFast } from './evaluate';
import type { ConditionEvaluation } from './types';

/** A request context from plain key/value pairs, keyed lower-case as the engine keys it. */
export function contextOf(values: Record<string, ContextValue>): RequestContext {
  const ctx: RequestContext = new Map();
  for (const [name, value] of Object.entries(values)) {
    ctx.set(name.toLowerCase(), { name, value, derived: false });
  }
  return ctx;
}

/** Result of {@link runCondition}. */
export interface ConditionRun extends ConditionEvaluation {
  /** Compile diagnostics. */
  diagnostics: LocalDiagnostic[];
}

/**
 * Compiles a Condition element (at path `['Statement', 0, 'Condition']`) and evaluates it; throws
 * when the traced and the fast evaluation disagree.
 */
export function runCondition(
  condition: unknown,
  values: Record<string, ContextValue> = {},
  variables = true,
): ConditionRun {
  const { condition: compiled, diagnostics } = compileCondition(
    condition,
    ['Statement', 0, 'Condition'],
    { variables },
  );
  const ctx = contextOf(values);
  const traced = evaluateCondition(compiled, ctx);
  if (evaluateConditionFast(compiled, ctx) !== traced.result) {
    throw new Error('evaluateConditionFast disagrees with evaluateCondition');
  }
  return { ...traced, diagnostics };
}

/** Shorthand: the boolean result of one Condition element. */
export function holds(
  condition: unknown,
  values: Record<string, ContextValue> = {},
  variables = true,
): boolean {
  return runCondition(condition, values, variables).result;
}
