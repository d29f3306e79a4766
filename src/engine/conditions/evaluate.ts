/**
 * Evaluates a compiled condition against a request context (S30 "IAM JSON policy elements:
 * Condition": operators AND, keys under one operator AND, values OR — negated operators AND).
 */
import type { RequestContext } from '../context';
import { evaluateClause } from './setOperators';
import type {
  ClauseResult,
  CompiledClause,
  CompiledCondition,
  ConditionEvaluation,
  RequestScalar,
} from './types';

/**
 * Evaluates every clause (no short-circuit) and reports each one for the trace.
 *
 * @param c - the compiled condition
 * @param ctx - the request context, keyed by lower-cased key name
 * @returns the AND of all clauses (false for a malformed Condition element) and one JSON-safe
 *   result per clause
 */
export function evaluateCondition(c: CompiledCondition, ctx: RequestContext): ConditionEvaluation {
  let result = !c.malformed;
  const clauses = c.clauses.map((clause) => {
    const r = traceClause(clause, ctx);
    if (!r.result) result = false;
    return r;
  });
  return { result, clauses };
}

/**
 * Evaluates the condition without a trace: stops at the first false clause and allocates
 * nothing beyond what values with policy variables need. Always agrees with
 * {@link evaluateCondition}.
 */
export function evaluateConditionFast(c: CompiledCondition, ctx: RequestContext): boolean {
  if (c.malformed) return false;
  for (const clause of c.clauses) if (!evaluateClause(clause, ctx).result) return false;
  return true;
}

/** The request's values for a clause's key, as a trace reports them: null when the key is absent. */
export function requestValues(ctx: RequestContext, clause: CompiledClause): RequestScalar[] | null {
  const value = ctx.get(clause.keyLower)?.value;
  return value === undefined ? null : Array.isArray(value) ? [...value] : [value];
}

function traceClause(clause: CompiledClause, ctx: RequestContext): ClauseResult {
  const { result, reason } = evaluateClause(clause, ctx);
  const out: ClauseResult = {
    operator: clause.operator,
    key: clause.key,
    path: [...clause.path],
    result,
    reason,
    requestValues: requestValues(ctx, clause),
    policyValues: [...clause.policyValues],
  };
  if (clause.templates) {
    out.resolvedPolicyValues = clause.templates.map((t, i) =>
      t ? (t.resolve(ctx) ?? null) : (clause.policyValues[i] ?? null),
    );
  }
  return out;
}
