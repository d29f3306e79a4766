/**
 * One clause against the request: missing keys, `...IfExists`, `Null`, negation and the set
 * operators, exactly as truth table 2.4 of kms-semantics.md. Shared by the traced and the fast
 * evaluation so the two cannot disagree; it allocates nothing.
 */
import type { RequestContext } from '../context';
import type { ClauseVerdict, CompiledClause, RequestScalar } from './types';

const verdict = (result: boolean, reason: ClauseVerdict['reason']): ClauseVerdict =>
  Object.freeze({ result, reason });

const MATCHED = verdict(true, 'matched');
const NO_MATCH = verdict(false, 'noMatch');
const MISSING_FALSE = verdict(false, 'missingKey');
const MISSING_TRUE = verdict(true, 'missingKey');
const IF_EXISTS_MISSING = verdict(true, 'ifExistsMissing');
const EMPTY_FOR_ALL = verdict(true, 'emptySetForAll');
const EMPTY_FOR_ANY = verdict(false, 'emptySetForAny');
const INVALID = verdict(false, 'invalid');

/** True when the request value satisfies the operator: m(r), or ¬m(r) for negated operators. */
function satisfies(c: CompiledClause, r: RequestScalar, ctx: RequestContext): boolean {
  return c.test(r, ctx) !== c.negated;
}

/**
 * Evaluates one clause.
 *
 * @returns a shared constant verdict (never mutate it)
 */
export function evaluateClause(c: CompiledClause, ctx: RequestContext): ClauseVerdict {
  if (c.invalid) return INVALID;
  const value = ctx.get(c.keyLower)?.value;
  // An empty list counts as absent: table 2.4 treats "absent/empty" alike (S31).
  const absent = value === undefined || (Array.isArray(value) && value.length === 0);
  if (c.nullResults) {
    // S32 Null: true means "the key is absent", false "the key is present".
    return (absent ? c.nullResults.absent : c.nullResults.present) ? MATCHED : NO_MATCH;
  }
  if (absent) {
    // S32 ...IfExists: true when the key is absent, for positive and negated operators alike.
    if (c.ifExists) return IF_EXISTS_MISSING;
    // S31 set operators: ForAllValues is vacuously true, ForAnyValue false, on an empty set.
    if (c.set === 'ForAllValues') return EMPTY_FOR_ALL;
    if (c.set === 'ForAnyValue') return EMPTY_FOR_ANY;
    // S32: a missing key makes positive operators false and negated operators true.
    return c.negated ? MISSING_TRUE : MISSING_FALSE;
  }
  if (!Array.isArray(value)) return satisfies(c, value, ctx) ? MATCHED : NO_MATCH;
  if (c.set === 'ForAllValues') {
    // S31 ForAllValues: every request value must satisfy the operator (A17 for negated ones).
    for (const r of value) if (!satisfies(c, r, ctx)) return NO_MATCH;
    return MATCHED;
  }
  // S31 ForAnyValue: at least one request value satisfies it; A16: so does a multi-valued key
  // without a set operator.
  for (const r of value) if (satisfies(c, r, ctx)) return MATCHED;
  return NO_MATCH;
}
