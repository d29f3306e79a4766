import type { Grant, GrantConstraints } from '../../scenario/types';
import { accountOfAccountPrincipal, lastSegment, type Caller } from './caller';
import { stringPairs } from '../ownKeys';

/** How a grant principal (grantee or retiring principal) matches the caller, or null. */
export type GrantPrincipalMatch = 'exact' | 'role' | 'account';

const ROLE = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(.+)$/;

/**
 * S7: the grantee is matched by ARN. A7: a role ARN matches sessions of the role; an account ARN
 * behaves like an account principal (the caller also needs an IAM policy in that account).
 */
export function matchGrantPrincipal(principal: string, c: Caller): GrantPrincipalMatch | null {
  if (principal === c.arn) return c.kind === 'root' ? 'account' : 'exact';
  const account = accountOfAccountPrincipal(principal);
  if (account) return c.account === account && c.kind !== 'service' ? 'account' : null;
  const role = ROLE.exec(principal);
  if (role && c.kind === 'roleSession' && c.account === role[1]) {
    return c.roleArn === principal || c.roleName === lastSegment(role[2] ?? '') ? 'role' : null;
  }
  return null;
}

/** A3: constraint keys compare case-insensitively (current GrantConstraints API reference). */
function findPair(ec: Record<string, string>, key: string): string | undefined {
  if (Object.hasOwn(ec, key)) return ec[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(ec)) if (k.toLowerCase() === lower) return ec[k];
  return undefined;
}

/** Whether `inner` pairs all appear in `outer` (values case-sensitive, S34). */
export function pairsIncluded(
  inner: Record<string, string>,
  outer: Record<string, string>,
): boolean {
  for (const [k, v] of Object.entries(inner)) if (findPair(outer, k) !== v) return false;
  return true;
}

/**
 * S8/S34 grant constraints: EncryptionContextSubset needs every constraint pair in the request
 * (extra pairs allowed); EncryptionContextEquals needs exactly the constraint pairs.
 */
export function constraintSatisfied(
  c: GrantConstraints | undefined,
  ec: Record<string, string> | null,
): { ok: boolean; type: string | null } {
  const req = ec ?? {};
  if (c?.encryptionContextEquals) {
    const e = c.encryptionContextEquals;
    const ok = Object.keys(e).length === Object.keys(req).length && pairsIncluded(e, req);
    return { ok, type: 'EncryptionContextEquals' };
  }
  if (c?.encryptionContextSubset)
    return { ok: pairsIncluded(c.encryptionContextSubset, req), type: 'EncryptionContextSubset' };
  return { ok: true, type: null };
}

/** Reads a CreateGrant `Constraints` parameter into the scenario's constraint shape. */
export function constraintsParam(v: unknown): GrantConstraints | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const out: GrantConstraints = {};
  const eq = stringPairs(o.EncryptionContextEquals);
  const sub = stringPairs(o.EncryptionContextSubset);
  if (eq) out.encryptionContextEquals = eq;
  if (sub) out.encryptionContextSubset = sub;
  if (typeof o.SourceArn === 'string') out.sourceArn = o.SourceArn;
  return eq || sub || out.sourceArn !== undefined ? out : undefined;
}

/**
 * S8 "Granting CreateGrant permission": a child grant made under a parent grant may only keep or
 * tighten the parent's constraint — Subset may gain pairs or become Equals with those pairs;
 * Equals cannot change; a constrained parent cannot make an unconstrained child.
 */
export function childConstraintAllowed(
  parent: Grant,
  child: GrantConstraints | undefined,
): boolean {
  const pc = parent.constraints;
  if (!pc?.encryptionContextEquals && !pc?.encryptionContextSubset) return true;
  if (!child) return false;
  if (pc.encryptionContextEquals) {
    const e = pc.encryptionContextEquals;
    const ce = child.encryptionContextEquals;
    return !!ce && Object.keys(ce).length === Object.keys(e).length && pairsIncluded(e, ce);
  }
  const s = pc.encryptionContextSubset ?? {};
  const target = child.encryptionContextEquals ?? child.encryptionContextSubset;
  return !!target && pairsIncluded(s, target);
}
