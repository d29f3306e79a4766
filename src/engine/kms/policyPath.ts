import type { CompiledPolicy } from '../policy/compile';
import { matchPolicy } from '../policy/match';
import type { PrincipalMatch } from '../policy/principal';
import type { DecidingRef } from '../types';
import { matchRequestOf, refOf, type Check, type FailReason, type RequestEnv } from './checkTypes';

/** Outcome of the policy path (step 9) or of the identity side alone. */
export interface PathResult {
  allowed: boolean;
  reason: FailReason | null;
  deciding: DecidingRef[];
}

/**
 * The identity side: an identity policy allowing the action on this resource (the root user has an
 * implicit identity-side Allow, S10), then the permissions boundary (S18) and session policy (S19).
 */
export function identitySide(
  env: RequestEnv,
  c: Check,
  needIdentity: boolean,
  parentId: string = c.id,
): PathResult {
  const { caller, tracer } = env;
  const req = matchRequestOf(env, c);
  // The first allowing identity policy, if any (one reference: no array grown by push).
  let first: DecidingRef | null = null;
  if (needIdentity) {
    const phase = tracer.open(parentId, 'identity', 'phase', 'identityPolicies');
    if (caller.kind === 'root') {
      // S10: the root user is the exception to "implicitly denied by default".
      phase.outcome = 'pass';
      if (tracer.on) phase.detail = { implicitRootAllow: true };
    } else {
      const identity = env.identity;
      for (let i = 0; i < identity.length; i++) {
        const p = identity[i] as CompiledPolicy;
        const m = matchPolicy(p, 'Allow', req, tracer, phase.id)[0];
        if (m && first === null) first = refOf(p, m.statement);
      }
      phase.outcome = first ? 'pass' : 'implicitDeny';
      if (!first) return { allowed: false, reason: 'noIdentityPolicy', deciding: [] };
    }
  }
  return limits(env, c, first ? [first] : [], parentId);
}

/** Boundary and session policy must each allow, when present (S18, S19). */
function limits(env: RequestEnv, c: Check, deciding: DecidingRef[], parentId: string): PathResult {
  if (env.boundary && !limitAllows(env, c, env.boundary, 'permissionsBoundary', parentId))
    return { allowed: false, reason: 'boundary', deciding };
  if (env.session && !limitAllows(env, c, env.session, 'sessionPolicy', parentId))
    return { allowed: false, reason: 'session', deciding };
  return { allowed: true, reason: null, deciding };
}

function limitAllows(
  env: RequestEnv,
  c: Check,
  doc: CompiledPolicy,
  rule: 'permissionsBoundary' | 'sessionPolicy',
  parentId: string,
): boolean {
  const phase = env.tracer.open(parentId, rule, 'phase', rule);
  const ok = matchPolicy(doc, 'Allow', matchRequestOf(env, c), env.tracer, phase.id).length > 0;
  phase.outcome = ok ? 'pass' : 'implicitDeny';
  return ok;
}

const RANK: Record<PrincipalMatch, number> = { direct: 4, wildcard: 3, role: 2, account: 1 };

/**
 * Step 9: the key policy is the gate (S1, S2). Same account: a statement naming the caller itself
 * (or `*`) allows on its own (A5); naming its role is limited by the boundary and session policy;
 * naming the account delegates to IAM policies. Cross account: the key policy must allow in any way
 * AND the caller's own account must allow on the identity side (S14, S10 cross-account).
 */
export function policyPath(env: RequestEnv, c: Check): PathResult {
  const kp = c.keyPolicy;
  if (!kp) return identitySide(env, c, true); // keyless and alias-resource checks: IAM only (S6, S23)
  const phase = env.tracer.open(c.id, 'keyPolicy', 'phase', 'keyPolicy');
  const matches = matchPolicy(kp, 'Allow', matchRequestOf(env, c), env.tracer, phase.id);
  let best: (typeof matches)[number] | undefined;
  // An index loop: `matches` is a fresh array or the shared frozen empty one (two element kinds).
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i] as (typeof matches)[number];
    if (!best || RANK[m.match.principal ?? 'account'] > RANK[best.match.principal ?? 'account'])
      best = m;
  }
  if (!best) {
    phase.outcome = 'implicitDeny';
    return { allowed: false, reason: 'noResourcePolicy', deciding: [] };
  }
  const kind = best.match.principal ?? 'account';
  phase.outcome = 'match';
  if (env.tracer.on) phase.detail = { principalMatch: kind };
  const keyRef = refOf(kp, best.statement);
  const keyAccount = c.keyAccount;
  const sameAccount = env.caller.kind === 'service' || env.caller.account === keyAccount;
  if (sameAccount && (kind === 'direct' || kind === 'wildcard')) {
    return { allowed: true, reason: null, deciding: [keyRef] };
  }
  // Role-named statements (same account) need no identity policy but are capped by the boundary
  // and session policy; account delegation and every cross-account case need the identity side.
  const side = identitySide(env, c, !(sameAccount && kind === 'role'));
  // Exactly sized: a literal, or concat (a pushed-to literal would reserve 17 slots).
  const more = side.deciding;
  const deciding = more.length === 0 ? [keyRef] : [keyRef].concat(more);
  // An explicit literal, not a spread (V8's slow path once the site sees several shapes).
  return { allowed: side.allowed, reason: side.reason, deciding };
}
