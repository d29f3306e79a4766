/**
 * The decision diagram: the only home of React Flow. `traceToGraph`, `layoutGraph` and
 * `diffResults` are pure; `DecisionDiagram` draws their output and imports its own styles.
 */
export { DecisionDiagram, type DecisionDiagramProps } from './DecisionDiagram';
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
