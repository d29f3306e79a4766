import type { Grant } from '../../scenario/types';
import type { Check, CheckResult, RequestEnv } from './checkTypes';
import { crossAccountGate, denySweep, rcpGate, scpGate, vpceGate } from './gates';
import { grantPath } from './grantPath';
import { policyPath } from './policyPath';
import { retireGrantPath } from './retireGrant';

const deny = (reason: CheckResult['reason']): CheckResult => ({
  decision: 'ImplicitDeny',
  reason,
  denyKind: null,
  deciding: [],
});

/**
 * One authorization check in the order of kms-semantics 1.2 (steps 4-11), which follows the IAM
 * enforcement flowchart (S10) with the KMS gates inserted: deny sweep → RCPs → SCPs → VPC endpoint
 * → cross-account capability → key policy × identity side → grants.
 */
export function runCheck(env: RequestEnv, c: Check, retireTarget: Grant | null): CheckResult {
  const phase = env.tracer.open(
    null,
    c.id,
    'phase',
    'authorizationCheck',
    undefined,
    env.tracer.on ? { action: c.action, resource: c.resource } : undefined,
  );
  const result = decide(env, c, retireTarget);
  phase.outcome =
    result.decision === 'Allow'
      ? 'allow'
      : result.decision === 'ExplicitDeny'
        ? 'explicitDeny'
        : 'implicitDeny';
  return result;
}

function decide(env: RequestEnv, c: Check, retireTarget: Grant | null): CheckResult {
  const denied = denySweep(env, c);
  // S10: an explicit deny in any policy ends the evaluation; grants cannot override it (S7, S12).
  if (denied)
    return {
      decision: 'ExplicitDeny',
      reason: 'explicitDeny',
      denyKind: denied.kind,
      deciding: denied.refs,
    };
  rcpGate(env, c);
  if (!scpGate(env, c)) return deny('scp');
  if (!vpceGate(env, c)) return deny('vpce');
  if (!crossAccountGate(env, c)) return deny('crossAccount');
  if (retireTarget) {
    const r = retireGrantPath(env, c, retireTarget);
    return r.allowed
      ? { decision: 'Allow', reason: null, denyKind: null, deciding: r.deciding }
      : deny('noResourcePolicy');
  }
  const path = policyPath(env, c);
  if (path.allowed)
    return { decision: 'Allow', reason: null, denyKind: null, deciding: path.deciding };
  // Step 10: grants only add permissions, so consulting them after the policy path changes nothing.
  const g = grantPath(env, c);
  if (g.allowed) return { decision: 'Allow', reason: null, denyKind: null, deciding: g.deciding };
  return deny(path.reason);
}
