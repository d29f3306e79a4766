import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../state';
import { OutcomeBadge } from '../components/OutcomeBadge';
import { decisionWords } from '../panels/decision/decisionWords';
import { explain } from '../../explain';
import { slideLabel } from './slideLabel';

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const mm = String(Math.floor(s / 60)).padStart(2, '0');
  return `${mm}:${String(s % 60).padStart(2, '0')}`;
}

/** Elapsed time since the window opened (or was reset), ticking each second. */
function useTimer(): [string, () => void] {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return [
    clock(Math.max(0, now - start)),
    () => {
      setStart(Date.now());
      setNow(Date.now());
    },
  ];
}

/**
 * The presenter's second window: this slide's notes, the next slide, the decision (shown here
 * even while the room votes) and a timer. Its keys and buttons drive both windows.
 */
export function PresenterWindow() {
  const deck = useAppStore((s) => s.deck);
  const slideIndex = useAppStore((s) => s.slideIndex);
  const slide = useAppStore((s) => s.presentSlide);
  const position = useAppStore((s) => s.presentPosition);
  const vote = useAppStore((s) => s.vote);
  const nextSlide = useAppStore((s) => s.nextSlide);
  const previousSlide = useAppStore((s) => s.previousSlide);
  const forward = useAppStore((s) => s.presentForward);
  const back = useAppStore((s) => s.presentBack);
  const startVote = useAppStore((s) => s.startVote);
  const reveal = useAppStore((s) => s.reveal);
  const [time, resetTimer] = useTimer();
  const result = slide?.result ?? null;
  const lines = useMemo(
    () => (result && slide?.scenario ? explain(result, slide.scenario) : []),
    [result, slide],
  );
  const next = deck?.slides[slideIndex + 1];

  if (!deck || !slide)
    return (
      <p className="present-muted" data-testid="presenter-waiting">
        Waiting for the presentation window… (open instructor mode there with a deck)
      </p>
    );
  return (
    <div className="presenter" data-testid="presenter-window">
      <div className="presenter-bar">
        <p data-testid="presenter-slide-number">
          Slide {slideIndex + 1} of {deck.slides.length}
        </p>
        <p className="presenter-timer" aria-label={`Elapsed ${time}`} data-testid="presenter-timer">
          {time}
        </p>
        <button type="button" onClick={resetTimer}>
          Reset timer
        </button>
      </div>
      <h2 data-testid="presenter-title">{slide.title}</h2>
      <section aria-labelledby="notes-heading">
        <h3 id="notes-heading">Notes</h3>
        <p className="presenter-notes" data-testid="presenter-notes">
          {slide.notes || 'No notes for this slide.'}
        </p>
      </section>
      {result && (
        <section aria-labelledby="presenter-decision-heading" data-testid="presenter-decision">
          <h3 id="presenter-decision-heading">
            Decision{' '}
            <span className="present-muted">
              (
              {vote === 'open'
                ? 'the room is voting'
                : `step ${position} of ${result.trace.length}`}
              )
            </span>
          </h3>
          <p className="present-verdict">
            <OutcomeBadge outcome={result.outcome} /> <strong>{decisionWords(result).kind}</strong>
          </p>
          <ul className="present-explanation">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="next-heading">
        <h3 id="next-heading">Next</h3>
        <p data-testid="presenter-next">
          {next ? slideLabel(deck, next) : 'This is the last slide.'}
        </p>
      </section>
      <div className="button-group" role="group" aria-label="Drive the presentation">
        <button type="button" onClick={previousSlide}>
          Previous slide
        </button>
        <button type="button" onClick={back}>
          Step back
        </button>
        <button type="button" data-testid="presenter-step" onClick={forward}>
          Step
        </button>
        {vote === 'open' ? (
          <button type="button" onClick={reveal}>
            Reveal
          </button>
        ) : (
          <button type="button" onClick={startVote}>
            Vote
          </button>
        )}
        <button type="button" data-testid="presenter-next-slide" onClick={nextSlide}>
          Next slide
        </button>
      </div>
    </div>
  );
}
