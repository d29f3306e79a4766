/**
 * The KMS authorization engine: pure and synchronous. `evaluateScenario` decides every request of a
 * scenario and returns decisions, traces and diagnostics; `compileScenario` + `evaluateRequest`
 * split the work for callers that evaluate the same scenario repeatedly.
 */
export {
  evaluateScenario,
  evaluateRequest,
  decideRequest,
  scenarioDiagnostics,
  type Decided,
} from './evaluate';
export { compileScenario, type CompiledScenario } from './kms/compileScenario';
export { accountOf, documentById, resolvePath, keyIdOf } from './kms/ids';
export { API_OPERATIONS, GRANT_OPERATIONS, KMS_ACTIONS, findOperation } from './catalog/operations';
export type * from './types';
export { ownValue, stringPairs } from './ownKeys';
export * from './traceRules';
