import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  selectCurrentResult,
  selectPreviousResult,
  selectScenarioForResult,
  useAppStore,
} from '../../../state';
import { DecisionMap } from '../../flow/DecisionMap';
import { useReducedMotion } from '../../components/useMediaQuery';
import { useResolvedTheme } from '../../components/useResolvedTheme';
import { MAP_KEYS, mapAction } from './mapKeys';
import { PinnedBanner } from './PinnedBanner';
import { PlaybackBar } from './PlaybackBar';
import { usePlayback } from './usePlayback';

const INTERACTIVE = 'button, input, select, textarea, a[href], [role="button"]';

/** Typing goes to text fields and the policy editor, never to the map's F key. */
function typingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('.monaco-editor, [data-policy-editor]'))
    return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(target.type)
  );
}

/**
 * The decision map with its playback bar. With focus in the map, Space plays or pauses, the arrow
 * keys step, Home restarts and End jumps to the decision; F (anywhere outside a text field) opens
 * the focus view, where the map fills the work area, and Esc leaves it.
 */
export function DiagramPane({ id }: { id: string }) {
  usePlayback();
  const reduced = useReducedMotion();
  const theme = useResolvedTheme();
  const result = useAppStore(selectCurrentResult);
  const previous = useAppStore(selectPreviousResult);
  const scenario = useAppStore(selectScenarioForResult);
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
  const [focused, setFocused] = useState(false);
  const [keysOpen, setKeysOpen] = useState(false);
  const keysId = useId();
  const hostRef = useRef<HTMLDivElement>(null);
  const focusButton = useRef<HTMLButtonElement>(null);

  // F opens the focus view from anywhere but a text field; Esc leaves it from anywhere.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const action = mapAction(event);
      if (action === 'leave' && focused) {
        event.preventDefault();
        setFocused(false);
        focusButton.current?.focus();
      } else if (action === 'focus' && !typingTarget(event.target) && !event.shiftKey) {
        event.preventDefault();
        setFocused((f) => !f);
        hostRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [focused]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return;
    const actions: Partial<Record<ReturnType<typeof mapAction> & string, () => void>> = {
      playPause: playing ? pause : play,
      stepForward,
      stepBack,
      restart,
      finish,
    };
    const action = mapAction(event);
    const run = action ? actions[action] : undefined;
    if (!run) return;
    event.preventDefault();
    run();
  };

  const className = ['pane', 'diagram-pane', focused ? 'diagram-pane--focus' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <section
      id={id}
      className={className}
      aria-labelledby="diagram-heading"
      data-testid="diagram-pane"
      data-focus={focused ? 'true' : undefined}
    >
      <div className="pane-header">
        <h2 id="diagram-heading" tabIndex={-1}>
          Decision map
        </h2>
        <div className="diagram-tools">
          <button
            ref={focusButton}
            type="button"
            className="diagram-tool"
            aria-pressed={focused}
            aria-keyshortcuts="F"
            title={
              focused ? 'Leave the focus view (Esc)' : 'Focus view: the map fills the work area (F)'
            }
            data-testid="map-focus"
            onClick={() => setFocused((f) => !f)}
          >
            {focused ? 'Exit focus' : 'Focus'}
          </button>
          <button
            type="button"
            className="diagram-tool"
            aria-expanded={keysOpen}
            aria-controls={keysId}
            data-testid="map-keys"
            onClick={() => setKeysOpen((o) => !o)}
          >
            Keys
          </button>
        </div>
        <PlaybackBar />
      </div>
      {keysOpen ? (
        <div id={keysId} className="diagram-keys" role="region" aria-label="Keyboard help">
          <dl>
            {MAP_KEYS.map((k) => (
              <div key={k.label}>
                <dt>
                  {k.keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </dt>
                <dd>{k.label}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <PinnedBanner />
      {/* Keyboard playback when focus is here; the map's own buttons stay focusable inside. */}
      <div
        ref={hostRef}
        className="diagram-host"
        tabIndex={0}
        role="group"
        aria-label="Decision map: Space plays or pauses, arrow keys step, F for the focus view"
        data-testid="diagram-host"
        onKeyDown={onKeyDown}
      >
        {result ? (
          <DecisionMap
            result={result}
            previous={previous}
            scenario={scenario}
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
