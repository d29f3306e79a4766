import type { Scenario } from '../../../scenario/types';
import {
  addGrant,
  addKey,
  addPrincipal,
  removeGrant,
  removeKey,
  removePrincipal,
} from '../scenarioEdits';
import {
  isRefusal,
  renameKey,
  renamePrincipal,
  renamableName,
  renamedDocumentId,
} from '../../../state';
import { DocButton, RemoveButton } from './DocButton';
import type { AccountNode } from './explorerModel';
import { RenameField, type RenameOutcome } from './RenameField';

type Edit = (
  change: (s: Scenario) => Scenario,
  select?: (s: Scenario) => string | undefined,
) => void;

/** One account: its guardrails, principals with their policies, group policies, keys and grants. */
export function AccountSection({
  node,
  selected,
  onSelect,
  edit,
}: {
  node: AccountNode;
  selected: string;
  onSelect(id: string): void;
  /** Applies a scenario edit, then selects the document `select` names in the new scenario. */
  edit: Edit;
}) {
  /** Applies a rename as one undoable edit, or says why it cannot be made. */
  const rename = (
    change: (s: Scenario) => Scenario | { error: string },
    renamed: (before: Scenario, after: Scenario) => string,
    follow: (after: string) => string | undefined,
  ): RenameOutcome => {
    let outcome: RenameOutcome = { error: '' };
    edit(
      (s) => {
        const r = change(s);
        if (isRefusal(r)) {
          outcome = r;
          return s;
        }
        outcome = { renamed: renamed(s, r) };
        return r;
      },
      () => ('renamed' in outcome ? follow(outcome.renamed) : undefined),
    );
    return outcome;
  };
  const renamePrincipalTo = (arn: string, name: string) =>
    rename(
      (s) => renamePrincipal(s, arn, name),
      (before, after) =>
        after.principals[before.principals.findIndex((p) => p.arn === arn)]?.arn ?? arn,
      (newArn) => {
        // The open document of the renamed principal follows it.
        const id = renamedDocumentId(selected, arn, newArn);
        return id === selected ? undefined : id;
      },
    );
  const renameKeyTo = (arn: string, alias: string) =>
    rename(
      (s) => renameKey(s, arn, alias),
      () => arn,
      () => undefined,
    );
  const title = node.name ? `${node.name} · ${node.id}` : `Account ${node.id}`;
  const newPrincipal = (kind: 'user' | 'role') =>
    edit(
      (s) => addPrincipal(s, kind, node.id),
      (s) => {
        const p = s.principals.at(-1);
        return p ? `identity:${p.arn}#${p.policies[0]?.name ?? ''}` : undefined;
      },
    );
  return (
    <details
      open
      className="explorer-account"
      data-testid="explorer-account"
      data-account={node.id}
    >
      <summary>{title}</summary>
      {node.guardrails.length > 0 && (
        <ul className="explorer-list" aria-label={`Guardrails of ${title}`}>
          {node.guardrails.map((d) => (
            <li key={d.id}>
              <DocButton document={d} selected={selected === d.id} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
      <h4 className="explorer-subhead">Principals</h4>
      <ul className="explorer-list">
        {node.principals.map((p) => (
          <li key={p.arn}>
            {renamableName(p.arn) === null ? (
              <div className="explorer-row">
                <span className="explorer-name" title={p.arn}>
                  {p.label}
                </span>
                <RemoveButton
                  what={`principal ${p.label}`}
                  onRemove={() => edit((s) => removePrincipal(s, p.arn))}
                />
              </div>
            ) : (
              <RenameField
                id={p.arn}
                what={`principal ${p.label}`}
                fieldLabel="New name"
                value={renamableName(p.arn) ?? ''}
                onRename={(name) => renamePrincipalTo(p.arn, name)}
                trailing={
                  <RemoveButton
                    what={`principal ${p.label}`}
                    onRemove={() => edit((s) => removePrincipal(s, p.arn))}
                  />
                }
              >
                <span className="explorer-name" title={p.arn}>
                  {p.label}
                </span>
              </RenameField>
            )}
            {p.documents.length > 0 && (
              <ul className="explorer-list nested">
                {p.documents.map((d) => (
                  <li key={d.id}>
                    <DocButton
                      document={d}
                      label={
                        d.label.includes(' · ')
                          ? d.label.slice(d.label.indexOf(' · ') + 3)
                          : d.label
                      }
                      selected={selected === d.id}
                      onSelect={onSelect}
                    />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
        {node.groups.map((d) => (
          <li key={d.id}>
            <DocButton document={d} selected={selected === d.id} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      <div className="explorer-actions">
        <button
          type="button"
          className="small-button"
          aria-label={`Add a user to ${title}`}
          onClick={() => newPrincipal('user')}
        >
          + User
        </button>
        <button
          type="button"
          className="small-button"
          aria-label={`Add a role to ${title}`}
          onClick={() => newPrincipal('role')}
        >
          + Role
        </button>
      </div>
      <h4 className="explorer-subhead">Keys</h4>
      <ul className="explorer-list">
        {node.keys.map((k) => (
          <li key={k.arn}>
            <RenameField
              id={k.arn}
              what={`key ${k.label}`}
              fieldLabel="Alias"
              value={k.alias ?? 'alias/'}
              onRename={(alias) => renameKeyTo(k.arn, alias)}
              trailing={
                <RemoveButton
                  what={`key ${k.label}`}
                  onRemove={() => edit((s) => removeKey(s, k.arn))}
                />
              }
            >
              {k.policy ? (
                <DocButton
                  document={k.policy}
                  label={k.label}
                  selected={selected === k.policy.id}
                  onSelect={onSelect}
                />
              ) : (
                <span className="explorer-name">{k.label}</span>
              )}
            </RenameField>
            <ul className="explorer-list nested">
              {k.grants.map((g) => (
                <li key={g.grantId} className="explorer-row">
                  <DocButton
                    document={g.document}
                    selected={selected === g.document.id}
                    onSelect={onSelect}
                  />
                  <RemoveButton
                    what={`grant ${g.document.label}`}
                    onRemove={() => edit((s) => removeGrant(s, g.grantId))}
                  />
                </li>
              ))}
              <li>
                <button
                  type="button"
                  className="small-button"
                  aria-label={`Add a grant on ${k.label}`}
                  onClick={() =>
                    edit(
                      (s) => addGrant(s, k.arn),
                      (s) => `grant:${s.grants.at(-1)?.grantId ?? ''}`,
                    )
                  }
                >
                  + Grant
                </button>
              </li>
            </ul>
          </li>
        ))}
      </ul>
      <div className="explorer-actions">
        <button
          type="button"
          className="small-button"
          aria-label={`Add a key to ${title}`}
          onClick={() =>
            edit(
              (s) => addKey(s, node.id),
              (s) => {
                const k = s.keys.at(-1);
                return k ? `key:${k.arn.slice(k.arn.indexOf(':key/') + 5)}` : undefined;
              },
            )
          }
        >
          + Key
        </button>
      </div>
    </details>
  );
}
