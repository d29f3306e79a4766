import type { Diagnostic } from '../../engine/types';
import type { ScenarioIssue } from '../app/scenarioInput';
import { formatPath } from '../components/format';

/** Decoder warnings are diagnostics of the `scenario` document. */
function fromIssue(issue: ScenarioIssue): Diagnostic {
  return { ...issue, document: 'scenario' };
}

/** Problems in the scenario and its policy documents, worst first. */
export function DiagnosticsList({
  diagnostics,
  warnings,
}: {
  diagnostics: readonly Diagnostic[];
  warnings: readonly ScenarioIssue[];
}) {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const all = [...warnings.map(fromIssue), ...diagnostics].sort(
    (a, b) => rank[a.severity] - rank[b.severity],
  );
  return (
    <section className="panel" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">
        Diagnostics <span className="count">{all.length}</span>
      </h2>
      {all.length === 0 ? (
        <p className="muted" data-testid="no-diagnostics">
          No problems found in the scenario or its policies.
        </p>
      ) : (
        <ul className="diagnostics" data-testid="diagnostics">
          {all.map((d, i) => (
            <li key={i} data-testid="diagnostic" data-severity={d.severity} data-code={d.code}>
              <span className={`severity severity-${d.severity}`}>{d.severity}</span>
              <span className="diagnostic-where">
                <code>{d.document}</code> <code className="muted">{formatPath(d.path)}</code>
              </span>
              <span className="diagnostic-message">
                {d.message} <span className="muted">({d.code})</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
