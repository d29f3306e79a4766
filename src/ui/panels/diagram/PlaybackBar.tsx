import { useId } from 'react';
import { selectTraceLength, useAppStore } from '../../../state';
import { Icon } from '../../components/Icon';

const SPEEDS = [1, 2, 4, 8, 16];

/** Play, pause, step back and forward, restart and speed of the decision's step-through. */
export function PlaybackBar() {
  const speedId = useId();
  const position = useAppStore((s) => s.position);
  const length = useAppStore(selectTraceLength);
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const play = useAppStore((s) => s.play);
  const pause = useAppStore((s) => s.pause);
  const stepBack = useAppStore((s) => s.stepBack);
  const stepForward = useAppStore((s) => s.stepForward);
  const restart = useAppStore((s) => s.restart);
  const setSpeed = useAppStore((s) => s.setSpeed);

  return (
    <div
      className="playback"
      role="group"
      aria-label="Step through the decision"
      data-testid="playback"
    >
      <button
        type="button"
        className="icon-button"
        aria-label="Restart"
        title="Restart (Home)"
        onClick={restart}
      >
        <Icon name="restart" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Step back"
        title="Step back (←)"
        disabled={position === 0}
        onClick={stepBack}
      >
        <Icon name="back" />
      </button>
      <button
        type="button"
        className="icon-button play-button"
        aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause (Space)' : 'Play (Space)'}
        data-testid="play-pause"
        onClick={playing ? pause : play}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Step forward"
        title="Step forward (→)"
        disabled={position >= length}
        onClick={stepForward}
      >
        <Icon name="forward" />
      </button>
      <span
        className="playback-position"
        data-testid="playback-position"
        data-position={position}
        data-length={length}
      >
        Step {position} of {length}
      </span>
      <label htmlFor={speedId} className="visually-hidden">
        Speed
      </label>
      <select
        id={speedId}
        value={SPEEDS.includes(speed) ? speed : ''}
        onChange={(e) => setSpeed(Number(e.target.value))}
      >
        {!SPEEDS.includes(speed) && <option value="">{speed} steps/s</option>}
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s} steps/s
          </option>
        ))}
      </select>
    </div>
  );
}
