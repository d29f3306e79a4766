/**
 * What playback position N means for the drawing: the first N trace steps are revealed, the node
 * holding step N-1 is the current one (it pulses), the edge into it animates, and everything
 * not yet reached is dimmed. A node shows its verdict once all of its steps are revealed.
 */
import type { Graph } from './types';

/** Derived view state for one playback position. */
export interface PlaybackView {
  /** Node holding the latest revealed step, or null before the first step. */
  currentNode: string | null;
  /** Row holding the latest revealed step, if it is a row. */
  currentRow: string | null;
  /** True once the whole trace is revealed. */
  finished: boolean;
}

/** Clamps a position to 0..trace length (the player may run ahead of a shorter new trace). */
export function clampPosition(graph: Graph, position: number): number {
  if (!Number.isFinite(position)) return graph.order.length;
  return Math.max(0, Math.min(graph.order.length, Math.floor(position)));
}

/** The view state at `position` steps revealed. */
export function playbackView(graph: Graph, position: number): PlaybackView {
  const p = clampPosition(graph, position);
  const id = p > 0 ? graph.order[p - 1] : undefined;
  const owner = id === undefined ? undefined : graph.owners[id];
  return {
    currentNode: owner?.node ?? null,
    currentRow: owner?.row ?? null,
    finished: p >= graph.order.length,
  };
}

/** A step index is revealed once the position has passed it. */
export function revealed(stepIndex: number, position: number): boolean {
  return stepIndex < position;
}
