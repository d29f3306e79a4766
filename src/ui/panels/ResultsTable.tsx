import type { DecidingRef, EvaluationResult } from '../../engine/types';
import type { Request, Scenario } from '../../scenario/types';
import { OutcomeBadge } from '../components/OutcomeBadge';
import { formatPath } from '../components/format';
import { Breakable } from '../components/Breakable';

function PrincipalCell({ arn, scenario }: { arn: string; scenario: Scenario }) {
  const name = scenario.principals.find((p) => p.arn === arn)?.name;
  return (
    <td>
      {name && <span className="principal-name">{name}</span>}
      <code className="arn">
        <Breakable text={arn} />
      </code>
    </td>
  );
}

function ExpectationCell({ result, request }: { result: EvaluationResult; request?: Request }) {
  if (result.expectation === 'none') {
    return (
      <td data-testid="expectation" data-expectation="none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">No expectation</span>
      </td>
    );
  }
  const met = result.expectation === 'met';
  const expected = [request?.expect?.outcome, request?.expect?.decision]
    .filter(Boolean)
    .join(' / ');
  return (
    <td data-testid="expectation" data-expectation={result.expectation}>
      <span className={met ? 'text-good' : 'text-bad'}>
        <span aria-hidden="true">{met ? '✓ ' : '✕ '}</span>
        {met ? 'Met' : 'Failed'}
      </span>
      {!met && expected && <span className="expected">expected {expected}</span>}
    </td>
  );
}

/** The Sid (or statement path) first, as people look for it; its document below. */
function DecidingRefView({ reference }: { reference: DecidingRef }) {
  const statement =
    reference.statement || (reference.path.length > 0 ? formatPath(reference.path) : null);
  return (
    <>
      {statement && <span className="deciding-statement">{statement}</span>}
      <code className="arn deciding-document">
        <Breakable text={reference.document} />
      </code>
    </>
  );
}

/** One row per request: who asked to do what to which key, and what KMS answered and why. */
export function ResultsTable({
  scenario,
  results,
}: {
  scenario: Scenario;
  results: readonly EvaluationResult[];
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="results-heading" tabIndex={0}>
      <table className="results" data-testid="results-table">
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col">Principal</th>
            <th scope="col">Action</th>
            <th scope="col">Key</th>
            <th scope="col">Outcome</th>
            <th scope="col">Decision</th>
            <th scope="col">Message</th>
            <th scope="col" className="col-deciding">
              Deciding
            </th>
            <th scope="col">Expectation</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result, index) => {
            const request = scenario.requests[index];
            return (
              <tr
                key={`${index}:${result.request}`}
                data-testid="result-row"
                data-request={result.request}
                data-outcome={result.outcome}
                data-decision={result.decision}
              >
                <th scope="row">
                  <code>{result.request}</code>
                </th>
                {request ? <PrincipalCell arn={request.principal} scenario={scenario} /> : <td />}
                <td>
                  <code>
                    <Breakable text={request?.action ?? ''} />
                  </code>
                </td>
                <td>
                  <code className="arn">
                    <Breakable text={request?.key ?? '—'} />
                  </code>
                </td>
                <td>
                  <OutcomeBadge outcome={result.outcome} />
                </td>
                <td data-testid="decision" className={`decision decision-${result.decision}`}>
                  {result.decision}
                </td>
                <td className="message" data-testid="message">
                  {result.message ? (
                    <Breakable text={result.message} />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td data-testid="deciding">
                  {result.deciding.length === 0 ? (
                    <span className="muted">none</span>
                  ) : (
                    <ul className="plain-list">
                      {result.deciding.map((ref, i) => (
                        <li key={i}>
                          <DecidingRefView reference={ref} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <ExpectationCell result={result} request={request} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
