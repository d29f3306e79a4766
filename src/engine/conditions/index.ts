/**
 * Condition element: compile once per policy, evaluate per request.
 */
export { compileCondition } from './compile';
export { evaluateCondition, evaluateConditionFast, requestValues } from './evaluate';
export { evaluateClause } from './setOperators';
export { parseOperator, BASE_OPERATOR_NAMES, type ParsedOperator } from './operators';
export type {
  ClauseReason,
  ClauseResult,
  ClauseVerdict,
  CompileConditionOptions,
  CompiledClause,
  CompiledCondition,
  ConditionEvaluation,
  OperatorFamily,
  RequestScalar,
  SetOperator,
} from './types';
