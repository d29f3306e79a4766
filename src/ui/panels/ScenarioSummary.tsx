import type { ScenarioEvaluation } from '../../engine/types';
import type { Scenario } from '../../scenario/types';
import type { ScenarioOrigin } from '../app/workspace';

function originText(origin: ScenarioOrigin | null): string {
  switch (origin?.kind) {
    case 'example':
      return 'Built-in example';
    case 'file':
      return `Opened from ${origin.name}`;
    case 'link':
      return 'Opened from a share link';
    case 'text':
      return 'From the scenario text';
    default:
      return '';
  }
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The scenario's title and description, what it contains, and how its requests fared. */
export function ScenarioSummary({
  scenario,
  origin,
  evaluation,
}: {
  scenario: Scenario;
  origin: ScenarioOrigin | null;
  evaluation: ScenarioEvaluation | null;
}) {
  const results = evaluation?.results ?? [];
  const allowed = results.filter((r) => r.outcome === 'Allowed').length;
  const failed = results.filter((r) => r.expectation === 'failed').length;
  const met = results.filter((r) => r.expectation === 'met').length;
  return (
    <section
      className="panel summary"
      aria-labelledby="summary-heading"
      data-testid="scenario-summary"
    >
      <p className="eyebrow">{originText(origin)}</p>
      <h2 id="summary-heading" data-testid="scenario-title">
        {scenario.title || 'Untitled scenario'}
      </h2>
      {scenario.description && (
        // Markdown is shown as plain text for now: scenario text is never rendered as HTML.
        <p className="description" data-testid="scenario-description">
          {scenario.description}
        </p>
      )}
      <p className="counts">
        {count(scenario.requests.length, 'request')} ·{' '}
        {count(scenario.principals.length, 'principal')} · {count(scenario.keys.length, 'key')} ·{' '}
        {count(scenario.grants.length, 'grant')}
      </p>
      {evaluation && (
        <p className="tally" data-testid="tally">
          <strong>{allowed}</strong> allowed, <strong>{results.length - allowed}</strong> refused
          {met + failed > 0 && (
            <>
              {' '}
              · expectations: <strong>{met}</strong> met,{' '}
              <strong className={failed > 0 ? 'text-bad' : undefined}>{failed}</strong> failed
            </>
          )}
        </p>
      )}
    </section>
  );
}
