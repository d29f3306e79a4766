import type { Grant } from '../../scenario/types';
import type { DecidingRef } from '../types';
import type { Check, RequestEnv } from './checkTypes';
import { identitySide } from './policyPath';
import { accountOfAccountPrincipal } from './caller';
import { docIds, keyIdOf } from './ids';
import { matchGrantPrincipal } from './grantMatch';

/** Finds the grant a RetireGrant/RevokeGrant names: by GrantToken, or by key + GrantId (S9). */
export function findNamedGrant(env: RequestEnv, keyArn: string | null): Grant | null {
  const p = env.req.parameters;
  const grants = env.cs.scenario.grants;
  if (typeof p.GrantToken === 'string')
    return grants.find((g) => g.grantToken === p.GrantToken) ?? null;
  if (typeof p.GrantId !== 'string') return null;
  return (
    grants.find(
      (g) =>
        g.grantId === p.GrantId &&
        (keyArn === null || g.key === keyArn || g.key === keyIdOf(keyArn)),
    ) ?? null
  );
}

/**
 * RetireGrant authorization comes from the grant itself (S9 "Retiring and revoking grants";
 * kms-semantics 1.6.2): the retiring principal; the grantee when the grant lists RetireGrant; an
 * account retiring principal's delegates; the issuing account's root user or delegates with an IAM
 * policy allowing kms:RetireGrant. An IAM allow alone, for anyone else, is not enough.
 */
export function retireGrantPath(
  env: RequestEnv,
  c: Check,
  g: Grant,
): { allowed: boolean; deciding: DecidingRef[] } {
  const phase = env.tracer.open(c.id, 'retire', 'phase', 'retireGrantRules', {
    document: docIds.grant(g.grantId),
    path: [],
  });
  const ref: DecidingRef = { document: docIds.grant(g.grantId), statement: null, path: [] };
  const done = (rule: string, deciding: DecidingRef[]) => {
    phase.outcome = 'allow';
    phase.detail = { grantId: g.grantId, allowedAs: rule };
    return { allowed: true, deciding };
  };
  const caller = env.caller;
  const retiring = g.retiringPrincipal ? matchGrantPrincipal(g.retiringPrincipal, caller) : null;
  if (retiring === 'exact' || retiring === 'role') return done('retiringPrincipal', [ref]);
  const grantee = g.operations.includes('RetireGrant')
    ? matchGrantPrincipal(g.granteePrincipal, caller)
    : null;
  if (grantee === 'exact' || grantee === 'role') return done('granteeWithRetireGrant', [ref]);
  const keyAccount = c.key?.arn.split(':')[4] ?? null;
  const issuing = g.issuingAccount ? accountOfAccountPrincipal(g.issuingAccount) : keyAccount;
  // A7: an account named as retiring principal or grantee acts through its IAM policies.
  const delegated =
    retiring === 'account' ||
    grantee === 'account' ||
    (issuing !== null && caller.account === issuing);
  if (delegated) {
    // S9: the account (retiring principal or issuing account) may delegate through IAM policies.
    const side = identitySide(env, c, true, phase.id);
    if (side.allowed)
      return done(
        retiring === 'account'
          ? 'retiringAccountDelegate'
          : grantee === 'account'
            ? 'granteeAccountDelegate'
            : 'issuingAccount',
        [ref, ...side.deciding],
      );
  }
  phase.outcome = 'implicitDeny';
  phase.detail = {
    grantId: g.grantId,
    retiringPrincipal: g.retiringPrincipal ?? null,
    grantee: g.granteePrincipal,
    issuingAccount: issuing,
  };
  return { allowed: false, deciding: [] };
}
