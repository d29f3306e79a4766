/**
 * Shapes of compiled conditions and of their JSON-safe evaluation results.
 */
import type { RequestContext } from '../context';
import type { Template } from '../match/variables';

/** A request-context value seen one element at a time. */
export type RequestScalar = string | number | boolean;

/** A JSON path inside a policy document. */
export type ConditionPath = (string | number)[];

/** Operator families of S32 "IAM JSON policy elements: Condition operators". */
export type OperatorFamily =
  'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'Ip' | 'Arn' | 'Null';

/** Set operators of S31 "Single-valued vs multivalued context keys". */
export type SetOperator = 'ForAnyValue' | 'ForAllValues';

/**
 * "Does this request value match some policy value?" under the positive base operator, i.e. m(r)
 * of truth table 2.4. Negation and set logic are applied around it.
 */
export type ValueTest = (r: RequestScalar, ctx: RequestContext) => boolean;

/** Options of `compileCondition`. */
export interface CompileConditionOptions {
  /** Substitute policy variables: true only for policies with Version `2012-10-17` (S33). */
  variables: boolean;
}

/** One operator × key pair of a Condition element, ready to evaluate. */
export interface CompiledClause {
  /** Operator as written, e.g. `ForAnyValue:StringNotLikeIfExists`. */
  operator: string;
  /** Condition key as written. */
  key: string;
  /** Lower-cased key, as the request context is keyed. */
  keyLower: string;
  /** JSON path of the key inside its document. */
  path: ConditionPath;
  /** The policy values as text, for the trace. */
  policyValues: string[];
  /** Operator family; undefined for an unknown operator. */
  family: OperatorFamily | undefined;
  /** Negated operator (`StringNotEquals`, `NotIpAddress`, ...). */
  negated: boolean;
  /** `...IfExists` suffix. */
  ifExists: boolean;
  /** Set operator prefix, or null. */
  set: SetOperator | null;
  /** True when compiling found an error: the clause evaluates to false. */
  invalid: boolean;
  /** m(r) for the other families. */
  test: ValueTest;
  /** For `Null`: results when the key is absent and when it is present. */
  nullResults?: { absent: boolean; present: boolean };
  /** Templates of values that hold policy variables (for the trace). */
  templates?: (Template | undefined)[];
}

/** A compiled Condition element. */
export interface CompiledCondition {
  /** Clauses in document order. */
  clauses: CompiledClause[];
  /** True when the Condition element itself is malformed (not an object): evaluates to false. */
  malformed: boolean;
}

/** Why a clause came out as it did. */
export type ClauseReason =
  | 'matched'
  | 'noMatch'
  | 'missingKey'
  | 'ifExistsMissing'
  | 'emptySetForAll'
  | 'emptySetForAny'
  | 'invalid';

/** A clause outcome without the request data (shared constant objects; no allocation). */
export interface ClauseVerdict {
  /** The clause's truth value. */
  result: boolean;
  /** Why. */
  reason: ClauseReason;
}

/** One clause's evaluation, JSON-safe for the trace. */
export interface ClauseResult extends ClauseVerdict {
  /** Operator as written. */
  operator: string;
  /** Condition key as written. */
  key: string;
  /** JSON path of the key in its document. */
  path: ConditionPath;
  /** The request values compared; null when the key is absent from the request. */
  requestValues: RequestScalar[] | null;
  /** The policy values as written. */
  policyValues: string[];
  /** For values with policy variables: what each resolved to (null = no value). */
  resolvedPolicyValues?: (string | null)[];
}

/** Result of {@link evaluateCondition}. */
export interface ConditionEvaluation {
  /** AND of all clauses. */
  result: boolean;
  /** Every clause, evaluated without short-circuit. */
  clauses: ClauseResult[];
}
