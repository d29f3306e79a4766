/**
 * The decision diagram: the only home of React Flow. `traceToGraph`, `layoutGraph` and
 * `diffResults` are pure; `DecisionDiagram` (the envelope lab's step diagram) draws their output
 * and imports its own styles — import it from './flow/DecisionDiagram' directly: re-exported here,
 * its style imports would pull React Flow into the first screen's bundle with the decision map.
 */
export type { DecisionDiagramProps } from './DecisionDiagram';
export { traceToGraph, type TraceToGraphOptions } from './traceToGraph';
export { layoutGraph, type LayoutOptions } from './layout';
export {
  diffResults,
  markChanges,
  type ChangeMark,
  type ChangeMarks,
  type ResultDiff,
} from './diff';
export { DEFAULT_ROW_LIMITS, type RowLimits } from './rows';
export { playbackView, type PlaybackView } from './playback';
export type * from './types';
export { DecisionMap, type DecisionMapProps } from './DecisionMap';
export {
  buildMap,
  itemView,
  mapChanges,
  playingCheck,
  type MapData,
  type ItemView,
  type MapChange,
  type MapChanges,
} from './mapModel';
