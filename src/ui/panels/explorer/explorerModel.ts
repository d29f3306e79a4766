/**
 * The explorer's outline, derived from the scenario and its document list: accounts with the
 * guardrails that reach them, their principals (with policies and boundary) and their keys (with
 * key policy and grants); then VPC endpoints. Pure, so it is tested without React.
 */
import { keyIdOf } from '../../../engine';
import type { Scenario } from '../../../scenario/types';
import type { DocumentInfo } from '../../../state/types';
import { accountOf } from '../../../explain';

export interface PrincipalNode {
  arn: string;
  label: string;
  documents: DocumentInfo[];
}

export interface KeyNode {
  arn: string;
  label: string;
  /** The key's first alias, its name for renaming. */
  alias: string | undefined;
  policy: DocumentInfo | undefined;
  grants: { grantId: string; document: DocumentInfo }[];
}

export interface AccountNode {
  id: string;
  name: string | undefined;
  guardrails: DocumentInfo[];
  principals: PrincipalNode[];
  /** Policies of the account's IAM groups. */
  groups: DocumentInfo[];
  keys: KeyNode[];
}

export interface Outline {
  accounts: AccountNode[];
  /** Organization policies attached where no listed account is. */
  otherGuardrails: DocumentInfo[];
  endpoints: DocumentInfo[];
}

/** Organization targets above an account: the account, its OUs up to the root. */
function chainOf(s: Scenario, accountId: string): Set<string> {
  const chain = new Set<string>([accountId]);
  let parent = s.accounts.find((a) => a.id === accountId)?.parent;
  for (let guard = 0; parent && guard < 50; guard++) {
    chain.add(parent);
    parent = s.organization?.units.find((u) => u.id === parent)?.parent;
  }
  return chain;
}

function lastPart(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1) || arn;
}

/** Builds the outline. */
export function outlineOf(s: Scenario, documents: readonly DocumentInfo[]): Outline {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const ids = new Set<string>(s.accounts.map((a) => a.id));
  for (const p of s.principals) ids.add(accountOf(p.arn) ?? 'other');
  for (const k of s.keys) ids.add(accountOf(k.arn) ?? 'other');
  for (const g of s.groups) ids.add(accountOf(g.arn) ?? 'other');
  const used = new Set<string>();

  const accounts = [...ids].map((id): AccountNode => {
    const account = s.accounts.find((a) => a.id === id);
    const chain = account?.parent ? chainOf(s, id) : new Set<string>();
    const guardrails = (s.organization?.policies ?? [])
      .filter((p) => !account?.managementAccount && p.targets.some((t) => chain.has(t)))
      .map((p) => byId.get(`${p.type.toLowerCase()}:${p.id}`))
      .filter((d): d is DocumentInfo => d !== undefined);
    for (const g of guardrails) used.add(g.id);
    const principals = s.principals
      .filter((p) => (accountOf(p.arn) ?? 'other') === id)
      .map((p) => ({
        arn: p.arn,
        label: p.name ?? lastPart(p.arn),
        documents: documents.filter(
          (d) => d.id.startsWith(`identity:${p.arn}#`) || d.id === `boundary:${p.arn}`,
        ),
      }));
    const keys = s.keys
      .filter((k) => (accountOf(k.arn) ?? 'other') === id)
      .map((k) => ({
        arn: k.arn,
        label: k.aliases[0] ?? keyIdOf(k.arn),
        alias: k.aliases[0],
        policy: byId.get(`key:${keyIdOf(k.arn)}`),
        grants: s.grants
          .filter((g) => g.key === k.arn || g.key === keyIdOf(k.arn))
          .map((g) => ({ grantId: g.grantId, document: byId.get(`grant:${g.grantId}`) }))
          .filter((g): g is KeyNode['grants'][number] => g.document !== undefined),
      }));
    const groups = documents.filter(
      (d) => d.id.startsWith('group:') && (accountOf(d.id.slice(6)) ?? 'other') === id,
    );
    return { id, name: account?.name, guardrails, principals, groups, keys };
  });
  const otherGuardrails = documents.filter(
    (d) => (d.kind === 'scp' || d.kind === 'rcp') && !used.has(d.id),
  );
  const endpoints = documents.filter((d) => d.group === 'endpoints');
  return { accounts, otherGuardrails, endpoints };
}
