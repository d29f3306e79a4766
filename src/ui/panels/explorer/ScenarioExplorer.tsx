import { useMemo } from 'react';
import type { Scenario } from '../../../scenario/types';
import { selectDocuments, useAppStore, useAppStoreApi } from '../../../state';
import { DocButton } from './DocButton';
import { AccountSection } from './AccountSection';
import { outlineOf } from './explorerModel';
import { RequestList } from './RequestList';

/**
 * The scenario at a glance: accounts with their guardrails, principals, keys and grants, the VPC
 * endpoints and the requests. Selecting an item opens its document in the editor.
 */
export function ScenarioExplorer({ id }: { id: string }) {
  const scenario = useAppStore((s) => s.scenario);
  const documents = useAppStore(selectDocuments);
  const selected = useAppStore((s) => s.selectedDocument);
  const selectDocument = useAppStore((s) => s.selectDocument);
  const updateScenario = useAppStore((s) => s.updateScenario);
  const outline = useMemo(() => outlineOf(scenario, documents), [scenario, documents]);
  const store = useAppStoreApi();
  const whole = documents.find((d) => d.id === 'scenario');

  const edit = (
    change: (s: Scenario) => Scenario,
    select?: (s: Scenario) => string | undefined,
  ) => {
    updateScenario(change);
    if (!select) return;
    // The store applies edits synchronously, so the new document exists now.
    const next = select(store.getState().scenario);
    if (next) selectDocument(next);
  };

  return (
    <nav id={id} className="pane explorer" aria-label="Scenario explorer" data-testid="explorer">
      <div className="pane-header">
        <h2>Scenario</h2>
      </div>
      <div className="pane-body">
        {whole && (
          <DocButton
            document={whole}
            label="Whole scenario (JSON)"
            selected={selected === whole.id}
            onSelect={selectDocument}
          />
        )}
        {outline.accounts.map((a) => (
          <AccountSection
            key={a.id}
            node={a}
            selected={selected}
            onSelect={selectDocument}
            edit={edit}
          />
        ))}
        {outline.otherGuardrails.length > 0 && (
          <details open className="explorer-account">
            <summary>Organization</summary>
            <ul className="explorer-list">
              {outline.otherGuardrails.map((d) => (
                <li key={d.id}>
                  <DocButton document={d} selected={selected === d.id} onSelect={selectDocument} />
                </li>
              ))}
            </ul>
          </details>
        )}
        {outline.endpoints.length > 0 && (
          <details open className="explorer-account">
            <summary>VPC endpoints</summary>
            <ul className="explorer-list">
              {outline.endpoints.map((d) => (
                <li key={d.id}>
                  <DocButton document={d} selected={selected === d.id} onSelect={selectDocument} />
                </li>
              ))}
            </ul>
          </details>
        )}
        <RequestList edit={edit} />
      </div>
    </nav>
  );
}
