import type { Scenario } from '../../../scenario/types';
import { selectDocuments, useAppStore } from '../../../state';
import { principalName } from '../../../explain';
import { addRequest, removeRequest } from '../scenarioEdits';
import { DocButton, RemoveButton } from './DocButton';

type Edit = (
  change: (s: Scenario) => Scenario,
  select?: (s: Scenario) => string | undefined,
) => void;

/**
 * The scenario's requests with their outcomes. Selecting one shows it in the builder, the
 * decision and the diagram.
 */
export function RequestList({ edit }: { edit: Edit }) {
  const scenario = useAppStore((s) => s.scenario);
  const results = useAppStore((s) => s.evaluation.results);
  const selectedRequest = useAppStore((s) => s.selectedRequest);
  const selectRequest = useAppStore((s) => s.selectRequest);
  const selectDocument = useAppStore((s) => s.selectDocument);
  const selectedDocument = useAppStore((s) => s.selectedDocument);
  const documents = useAppStore(selectDocuments);
  const subDocuments = (ref: string) =>
    documents.filter((d) => d.id === `session:${ref}` || d.id === `newPolicy:${ref}`);

  return (
    <details open className="explorer-account" data-testid="explorer-requests">
      <summary>Requests</summary>
      <ul className="explorer-list">
        {scenario.requests.map((r, i) => {
          const result = results[i];
          const allowed = result?.outcome === 'Allowed';
          const name = r.id ?? `Request ${i + 1}`;
          return (
            <li key={`${i}:${r.id ?? ''}`}>
              <div className="explorer-row">
                <button
                  type="button"
                  className="doc-button request-button"
                  aria-current={i === selectedRequest ? 'true' : undefined}
                  data-testid="request-item"
                  data-request={result?.request ?? String(i)}
                  data-outcome={result?.outcome}
                  data-decision={result?.decision}
                  onClick={() => selectRequest(i)}
                >
                  <span
                    className={`outcome-dot ${allowed ? 'dot-allowed' : 'dot-denied'}`}
                    aria-hidden="true"
                  >
                    {allowed ? '✓' : '✕'}
                  </span>
                  <span className="doc-label">
                    <span className="request-name">{name}</span>
                    <span className="request-summary">
                      {principalName(r.principal, scenario)} · {r.action.replace(/^kms:/, '')}
                    </span>
                  </span>
                  <span className="visually-hidden">{result ? `: ${result.outcome}` : ''}</span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Open request ${name} as JSON`}
                  title="Open as JSON"
                  aria-pressed={selectedDocument === `request:${r.id ?? i}`}
                  onClick={() => {
                    selectRequest(i);
                    selectDocument(`request:${r.id ?? i}`);
                  }}
                >
                  {'{}'}
                </button>
                <RemoveButton
                  what={`request ${name}`}
                  onRemove={() => {
                    edit((s) => removeRequest(s, i));
                    selectRequest(i < selectedRequest ? selectedRequest - 1 : selectedRequest);
                  }}
                />
              </div>
              {subDocuments(r.id ?? String(i)).length > 0 && (
                <ul className="explorer-list nested">
                  {subDocuments(r.id ?? String(i)).map((d) => (
                    <li key={d.id}>
                      <DocButton
                        document={d}
                        label=""
                        selected={selectedDocument === d.id}
                        onSelect={(id) => {
                          selectRequest(i);
                          selectDocument(id);
                        }}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <div className="explorer-actions">
        <button
          type="button"
          className="small-button"
          onClick={() => {
            edit(addRequest);
            selectRequest(scenario.requests.length);
          }}
        >
          + Request
        </button>
      </div>
    </details>
  );
}
