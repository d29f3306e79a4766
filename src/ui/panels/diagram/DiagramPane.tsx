import type { KeyboardEvent } from 'react';
import { selectCurrentResult, selectPreviousResult, useAppStore } from '../../../state';
import { DecisionDiagram } from '../../flow';
import { useReducedMotion } from '../../components/useMediaQuery';
import { useResolvedTheme } from '../../components/useResolvedTheme';
import { PinnedBanner } from './PinnedBanner';
import { PlaybackBar } from './PlaybackBar';
import { usePlayback } from './usePlayback';

const INTERACTIVE = 'button, input, select, textarea, a[href], [role="button"]';

/**
 * The decision path as a diagram with its playback bar. With focus in the diagram, Space plays or
 * pauses, the arrow keys step, Home restarts and End jumps to the decision.
 */
export function DiagramPane({ id }: { id: string }) {
  usePlayback();
  const reduced = useReducedMotion();
  const theme = useResolvedTheme();
  const result = useAppStore(selectCurrentResult);
  const previous = useAppStore(selectPreviousResult);
  const position = useAppStore((s) => s.position);
  const selectedStep = useAppStore((s) => s.selectedStep);
  const selectStep = useAppStore((s) => s.selectStep);
  const playing = useAppStore((s) => s.playing);
  const play = useAppStore((s) => s.play);
  const pause = useAppStore((s) => s.pause);
  const stepBack = useAppStore((s) => s.stepBack);
  const stepForward = useAppStore((s) => s.stepForward);
  const restart = useAppStore((s) => s.restart);
  const finish = useAppStore((s) => s.finish);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return;
    const actions: Record<string, () => void> = {
      ' ': playing ? pause : play,
      ArrowRight: stepForward,
      ArrowLeft: stepBack,
      Home: restart,
      End: finish,
    };
    const action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  };

  return (
    <section id={id} className="pane diagram-pane" aria-labelledby="diagram-heading">
      <div className="pane-header">
        <h2 id="diagram-heading" tabIndex={-1}>
          Decision path
        </h2>
        <PlaybackBar />
      </div>
      <PinnedBanner />
      {/* Keyboard playback when focus is here; the diagram's own nodes stay focusable inside. */}
      <div
        className="diagram-host"
        tabIndex={0}
        role="group"
        aria-label="Decision diagram: Space plays or pauses, arrow keys step"
        data-testid="diagram-host"
        onKeyDown={onKeyDown}
      >
        {result ? (
          <DecisionDiagram
            result={result}
            previous={previous}
            position={position}
            selectedStep={selectedStep}
            onSelectStep={selectStep}
            reducedMotion={reduced}
            theme={theme}
          />
        ) : (
          <p className="muted">No request to draw.</p>
        )}
      </div>
    </section>
  );
}
