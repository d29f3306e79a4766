import type { SliceCreator } from './runtime';
import type { AppState, PlaybackSlice } from './types';

/** Default playback speed, in trace steps per second. */
export const DEFAULT_SPEED = 4;
/** Slowest and fastest playback speeds. */
export const SPEED_RANGE = { min: 0.25, max: 60 } as const;

/** Number of trace steps of the selected result, or of a pinned past call (0 when none). */
export function traceLength(
  s: Pick<AppState, 'evaluation' | 'selectedRequest'> & Partial<Pick<AppState, 'pinnedCall'>>,
): number {
  const pinned = s.pinnedCall && s.pinnedCall.atRequest === s.selectedRequest ? s.pinnedCall : null;
  return (pinned?.result ?? s.evaluation.results[s.selectedRequest])?.trace.length ?? 0;
}

/** Playback state for a new trace: back to the start, paused (the UI decides on auto-play). */
export function playbackReset(): Pick<PlaybackSlice, 'position' | 'playing'> {
  return { position: 0, playing: false };
}

/** The playback slice: how much of the selected result's trace is revealed. */
export function createPlaybackSlice(): SliceCreator<PlaybackSlice> {
  return (set, get) => {
    const move = (to: number) => {
      const position = Math.min(Math.max(0, to), traceLength(get()));
      set({ position, playing: false });
    };
    return {
      position: 0,
      playing: false,
      speed: DEFAULT_SPEED,
      play() {
        const length = traceLength(get());
        const position = get().position >= length ? 0 : get().position;
        set({ position, playing: length > 0 });
      },
      pause() {
        set({ playing: false });
      },
      stepForward() {
        move(get().position + 1);
      },
      stepBack() {
        move(get().position - 1);
      },
      restart() {
        set({ position: 0 });
      },
      finish() {
        move(traceLength(get()));
      },
      setSpeed(stepsPerSecond) {
        if (!Number.isFinite(stepsPerSecond)) return;
        set({ speed: Math.min(Math.max(stepsPerSecond, SPEED_RANGE.min), SPEED_RANGE.max) });
      },
      tick() {
        const { playing, position } = get();
        if (!playing) return;
        const length = traceLength(get());
        const next = Math.min(position + 1, length);
        set({ position: next, playing: next < length });
      },
    };
  };
}
