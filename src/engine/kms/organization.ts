import type { Scenario } from '../../scenario/types';

/** Where an account sits in its organization, for the aws:*OrgID and aws:*OrgPaths keys. */
export interface OrgPlace {
  /** The organization id, e.g. `o-a1b2c3d4e5`. */
  orgId: string;
  /** The account's path, `o-…/r-…/ou-…/…/` ending with its parent and a slash (S39, S51). */
  path: string;
}

/**
 * The organization place of an account, or null when the scenario gives no organization id or the
 * account is in no organization (S39 aws:PrincipalOrgID, aws:PrincipalOrgPaths; S51 OU paths).
 */
export function orgPlace(s: Scenario, account: string | null): OrgPlace | null {
  const org = s.organization;
  if (!org?.id || account === null) return null;
  const acct = s.accounts.find((a) => a.id === account);
  if (!acct || acct.parent === undefined) return null;
  const ous: string[] = [];
  let parent: string | undefined = acct.parent;
  // The OU chain from the account's parent up to the root; a loop or dangling OU stops the walk.
  for (let guard = 0; parent !== undefined && parent !== 'r-root' && guard < 64; guard++) {
    ous.unshift(parent);
    const p: string = parent;
    parent = org.units.find((u) => u.id === p)?.parent;
  }
  const root = org.rootId ?? 'r-root';
  return { orgId: org.id, path: `${[org.id, root, ...ous].join('/')}/` };
}
