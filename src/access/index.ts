/**
 * Who can use which key, and what an edit changes (issue 15): pure and synchronous, on top of the
 * engine. `accessMatrix` decides every principal × key × KMS permission; `diffMatrices` lists the
 * cells whose access changed between two scenarios.
 */
export {
  accessMatrix,
  cellAlone,
  cellRequest,
  MATRIX_ACTIONS,
  matrixKeys,
  matrixPrincipals,
} from './matrix';
export type { MatrixOptions } from './matrix';
export { diffMatrices, diffScenarios, grantsNewAccess } from './diff';
export { requestValues, whenText } from './when';
export type * from './types';
