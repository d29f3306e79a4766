import type { Scenario } from '../../scenario/types';
import type { EvaluationOutcome } from '../app/scenarioInput';
import { ResultsTable } from './ResultsTable';

/** The evaluated requests, or why there are none. */
export function ResultsPanel({
  scenario,
  evaluation,
}: {
  scenario: Scenario;
  evaluation: EvaluationOutcome;
}) {
  return (
    <section className="panel results-panel" aria-labelledby="results-heading">
      <h2 id="results-heading">Requests</h2>
      {!evaluation.ok ? (
        <div role="alert" className="alert" data-testid="evaluation-error">
          <p className="alert-title">The engine failed on this scenario.</p>
          <p className="alert-detail">
            This is a bug in the playground, not in your policies: {evaluation.message}
          </p>
        </div>
      ) : evaluation.evaluation.results.length === 0 ? (
        <p className="muted" data-testid="no-requests">
          This scenario has no requests yet. Add one to the <code>requests</code> array.
        </p>
      ) : (
        <ResultsTable scenario={scenario} results={evaluation.evaluation.results} />
      )}
    </section>
  );
}
