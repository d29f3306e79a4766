import { useMemo } from 'react';
import { outcomeShown, useAppStore } from '../../state';
import { OutcomeBadge } from '../components/OutcomeBadge';
import { AssumptionNotes } from '../panels/decision/AssumptionNotes';
import { decisionWords } from '../panels/decision/decisionWords';
import { explain } from '../../explain';

/**
 * Under the diagram: the step count, the vote banner while the room votes, and after the reveal
 * the outcome with its plain-language explanation and any assumption it rests on.
 */
export function OutcomePanel() {
  const slide = useAppStore((s) => s.presentSlide);
  const position = useAppStore((s) => s.presentPosition);
  const vote = useAppStore((s) => s.vote);
  const shown = useAppStore(outcomeShown);
  const result = slide?.result ?? null;
  const lines = useMemo(
    () => (result && slide?.scenario ? explain(result, slide.scenario) : []),
    [result, slide],
  );
  if (!result) return null;
  const length = result.trace.length;
  const words = decisionWords(result);
  return (
    <section className="present-outcome" aria-label="Outcome" data-testid="present-outcome">
      <p className="present-step" data-testid="present-step">
        Step {Math.min(position, length)} of {length}
      </p>
      {vote === 'open' && (
        <p className="present-vote" role="status" data-testid="vote-banner">
          Vote now — Allowed or Denied? <span>Press Enter to reveal.</span>
        </p>
      )}
      <div aria-live="polite">
        {shown ? (
          <div data-testid="present-decision" data-outcome={result.outcome}>
            <p className="present-verdict">
              <OutcomeBadge outcome={result.outcome} />
              <strong>{words.kind}</strong> <span>{words.hint}</span>
            </p>
            <ul className="present-explanation" data-testid="present-explanation">
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            <AssumptionNotes trace={result.trace} />
          </div>
        ) : (
          vote !== 'open' && (
            <p className="present-muted" data-testid="outcome-hidden">
              The outcome shows at the end of the path. Press V to let the room vote first.
            </p>
          )
        )}
      </div>
    </section>
  );
}
