/**
 * One home for words: everything that turns an engine trace into text — the labels and reasons of
 * the decision map, the sentences of the decision panel, lessons and instructor mode, and the
 * route model (gates, allow routes, after-authorization checks, decision) with a reason for each.
 * Pure (eslint zone `kms/src/explain`): no React, DOM, state or clock.
 */
export * from './format';
export * from './names';
export * from './traceQuery';
export * from './deciding';
export { describePhase, type PhaseText } from './phases';
export {
  describeRow,
  elementReason,
  conditionReason,
  conditionValues,
  type RowText,
} from './rowText';
export { LAB_NAMES, labSummary } from './labPhases';
export { explain, requestOf } from './explain';
export { keyPhrase, summaryLine } from './summary';
export { conditionPhrase, statementMiss, nearMisses, grantMiss } from './misses';
export type { Tone } from './types';
export {
  routeModel,
  mapItems,
  STATUS_WORDS,
  GATE_RULES,
  type RouteModel,
  type RouteModelOptions,
  type CheckMap,
  type MapItem,
  type MapStatus,
  type RouteHalf,
  type GateRule,
  type RouteRule,
} from './routes';
