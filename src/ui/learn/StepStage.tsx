import { useMemo } from 'react';
import { documentText, selectCurrentResult, useAppStore } from '../../state';
import { DecisionPanel } from '../panels/DecisionPanel';
import { DiagramPane } from '../panels/diagram/DiagramPane';
import { relevantDocuments } from './predictModel';
import { requestQuestion } from './QuizCard';
import { selectActiveQuiz } from './quizState';

/** The documents that matter for the step's request, read-only. */
function Documents() {
  const scenario = useAppStore((s) => s.scenario);
  const selected = useAppStore((s) => s.selectedRequest);
  const result = useAppStore(selectCurrentResult);
  const docs = useMemo(
    () => relevantDocuments(scenario, scenario.requests[selected], result),
    [scenario, selected, result],
  );
  if (docs.length === 0) return null;
  return (
    <section className="lesson-documents" aria-labelledby="lesson-documents-heading">
      <h3 id="lesson-documents-heading">Policies involved</h3>
      {docs.map((d) => (
        <details key={d.id} open data-testid="lesson-document">
          <summary>{d.label}</summary>
          <pre tabIndex={0} aria-label={d.label}>
            {documentText(scenario, d.id)}
          </pre>
        </details>
      ))}
    </section>
  );
}

/**
 * What a lesson step shows of its scenario, in the lesson's own store: the request, the policies
 * involved, the decision and the decision path. While a prediction is open the decision panel
 * asks it and the diagram waits.
 */
export function StepStage() {
  const scenario = useAppStore((s) => s.scenario);
  const selected = useAppStore((s) => s.selectedRequest);
  const hasResult = useAppStore((s) => selectCurrentResult(s) !== null);
  const waiting = useAppStore((s) => {
    const quiz = selectActiveQuiz(s);
    return quiz !== null && quiz.answer === null;
  });
  const request = scenario.requests[selected];
  return (
    <div className="lesson-stage" data-testid="lesson-stage">
      {request && (
        <p className="lesson-request" data-testid="lesson-request">
          <span className="muted">The request: </span>
          {requestQuestion(request, scenario).replace(/ What does KMS answer\?$/, '')}
        </p>
      )}
      <Documents />
      {hasResult && (
        <div className="lesson-decision">
          <DecisionPanel id="lesson-decision" />
          {waiting ? (
            <section className="pane diagram-pane lesson-diagram-wait" aria-label="Decision path">
              <p className="muted">The decision path plays once you have answered.</p>
            </section>
          ) : (
            <DiagramPane id="lesson-diagram" />
          )}
        </div>
      )}
    </div>
  );
}
