import { lazy, Suspense, useMemo } from 'react';
import type { DecidingRef } from '../../engine/types';
import {
  selectCurrentResult,
  selectPinnedCall,
  selectScenarioForResult,
  useAppStore,
} from '../../state';
import { Breakable } from '../components/Breakable';
import { useAfterFirstPaint } from '../components/useAfterFirstPaint';
import { OutcomeBadge } from '../components/OutcomeBadge';
import { AssumptionNotes } from './decision/AssumptionNotes';
import { decisionWords } from './decision/decisionWords';
import { documentPhrase, statementPhrase, explain, capitalise, stepForSource } from '../../explain';
import { PinnedBanner } from './diagram/PinnedBanner';
import { PredictButton, QuizSlot } from '../learn/PredictButton';
import { selectActiveQuiz } from '../learn/quizState';

// The fix search (src/fixes) and its diff view load after the decision, in their own chunk.
const FixesSection = lazy(() =>
  import('./fixes/FixesSection').then((m) => ({ default: m.FixesSection })),
);

/**
 * What KMS answers for the selected request: the outcome with its AWS-style message, explicit or
 * implicit deny, the deciding statements or grant (each opens in the editor), a plain-language
 * explanation from the trace, and where the engine had to assume what AWS does not document.
 */
export function DecisionPanel({ id }: { id: string }) {
  const result = useAppStore(selectCurrentResult);
  const scenario = useAppStore(selectScenarioForResult);
  const selectStep = useAppStore((s) => s.selectStep);
  const selectDocument = useAppStore((s) => s.selectDocument);
  // A prediction asked about this request hides the decision until it is answered.
  const quiz = useAppStore(selectActiveQuiz);
  // A past call's decision (console) is shown as it was: fixes apply to the live scenario only.
  const pinned = useAppStore(selectPinnedCall) !== null;
  // The fixes (and the access diff they import) load once the decision has painted.
  const afterPaint = useAfterFirstPaint();
  const words = result ? decisionWords(result) : null;
  const lines = useMemo(() => (result ? explain(result, scenario) : []), [result, scenario]);

  const open = (ref: DecidingRef) => {
    const step = result
      ? stepForSource(result.trace, { document: ref.document, path: ref.path })
      : undefined;
    if (step) selectStep(step.id);
    selectDocument(ref.document);
  };

  return (
    <section
      id={id}
      className="pane decision"
      aria-labelledby="decision-heading"
      data-testid="decision"
    >
      <div className="pane-header">
        <h2 id="decision-heading" tabIndex={-1}>
          Decision
        </h2>
        <PredictButton />
      </div>
      {/* Screen readers hear each new decision once, politely (never while a prediction hides it). */}
      <p className="visually-hidden" aria-live="polite" data-testid="decision-announcement">
        {result && words && !(quiz && !quiz.answer)
          ? `${result.request}: ${result.outcome}, ${words.kind}.`
          : ''}
      </p>
      {/* Focusable so its text can be scrolled from the keyboard. */}
      <div className="pane-body" tabIndex={0} role="region" aria-label="Decision details">
        <PinnedBanner />
        {!result ? (
          <p className="muted">Add a request to see what KMS decides.</p>
        ) : quiz && !quiz.answer ? (
          <QuizSlot />
        ) : (
          <div
            data-testid="decision-result"
            data-request={result.request}
            data-outcome={result.outcome}
            data-decision={result.decision}
          >
            {quiz && <QuizSlot />}
            <p className="decision-headline" aria-live="polite">
              <OutcomeBadge outcome={result.outcome} />
              <span
                className={`decision-kind decision-${result.decision}`}
                data-testid="decision-kind"
              >
                {words?.kind}
              </span>
              <span className="muted small">{words?.hint}</span>
            </p>
            {result.message && (
              <p className="aws-message" data-testid="message">
                <Breakable text={result.message} />
              </p>
            )}
            {result.expectation !== 'none' && (
              <p
                className={result.expectation === 'met' ? 'text-good small' : 'text-bad small'}
                data-testid="expectation"
                data-expectation={result.expectation}
              >
                {result.expectation === 'met'
                  ? '✓ As the scenario expects'
                  : '✕ Not what the scenario expects'}
              </p>
            )}
            {result.deciding.length > 0 && (
              <>
                <h3>Decided by</h3>
                <ul className="deciding-list" data-testid="deciding">
                  {result.deciding.map((ref, i) => (
                    <li key={i}>
                      <button
                        type="button"
                        className="link-button"
                        data-testid="deciding-ref"
                        onClick={() => open(ref)}
                      >
                        {capitalise(documentPhrase(ref.document, scenario))}
                        {!ref.document.startsWith('grant:') && (
                          <>, statement {statementPhrase(ref.statement, ref.path)}</>
                        )}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h3>Why</h3>
            <ul className="explanation" data-testid="explanation">
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            <AssumptionNotes trace={result.trace} />
            {!pinned && afterPaint && (
              <Suspense fallback={null}>
                <FixesSection />
              </Suspense>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
