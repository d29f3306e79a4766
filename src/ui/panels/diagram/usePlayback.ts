import { useEffect } from 'react';
import { selectCurrentResult, useAppStore } from '../../../state';
import { useReducedMotion } from '../../components/useMediaQuery';

/** Set by loads (an example, a file, the first screen) so their first result plays by itself. */
const autoplay = { armed: true };

/** Asks for the next result to be played from the start rather than shown finished. */
export function playNextResult(): void {
  autoplay.armed = true;
}

/**
 * Drives the store's playback: a timer calls `tick()` while playing; a new result (after an edit
 * or another request) shows its final state at once, unless a load asked for it to play; under
 * `prefers-reduced-motion` everything shows finished and nothing animates.
 */
export function usePlayback(): void {
  const reduced = useReducedMotion();
  const result = useAppStore(selectCurrentResult);
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const tick = useAppStore((s) => s.tick);
  const finish = useAppStore((s) => s.finish);
  const play = useAppStore((s) => s.play);

  useEffect(() => {
    if (!result) return;
    if (!reduced && autoplay.armed) {
      autoplay.armed = false;
      play();
    } else finish();
  }, [result, reduced, play, finish]);

  useEffect(() => {
    if (!playing) return;
    if (reduced) {
      finish();
      return;
    }
    const timer = window.setInterval(tick, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, reduced, tick, finish]);
}
