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
  const parsed = parseGrantPrincipal(principal);
  if (parsed.account)
    return c.account === parsed.account && c.kind !== 'service' ? 'account' : null;
  if (parsed.roleAccount !== null && c.kind === 'roleSession' && c.account === parsed.roleAccount) {
    return c.roleArn === principal || c.roleName === parsed.roleName ? 'role' : null;
  }
  return null;
}

/** A grant principal read once: the account it names, or the role's account and name. */
interface ParsedGrantPrincipal {
  account: string | null;
  roleAccount: string | null;
  roleName: string;
}

/** Grant principals seen, parsed (the same few ARNs recur on every evaluation); bounded. */
const PARSED = new Map<string, ParsedGrantPrincipal>();

function parseGrantPrincipal(principal: string): ParsedGrantPrincipal {
  let p = PARSED.get(principal);
  if (p) return p;
  const role = ROLE.exec(principal);
  p = {
    account: accountOfAccountPrincipal(principal),
    roleAccount: role ? (role[1] ?? null) : null,
    roleName: role ? lastSegment(role[2] ?? '') : '',
  };
  if (PARSED.size >= 1000) PARSED.clear();
  PARSED.set(principal, p);
  return p;
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
  // for-in over own keys: no array of entries per call.
  for (const k in inner)
    if (Object.hasOwn(inner, k) && findPair(outer, k) !== inner[k]) return false;
  return true;
}

/** The number of own keys, without building the array of them. */
function keyCount(o: Record<string, string>): number {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
}

const NO_CONTEXT: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * S8/S34 grant constraints: EncryptionContextSubset needs every constraint pair in the request
 * (extra pairs allowed); EncryptionContextEquals needs exactly the constraint pairs.
 */
export function constraintSatisfied(
  c: GrantConstraints | undefined,
  ec: Record<string, string> | null,
): { ok: boolean; type: string | null } {
  const req = ec ?? NO_CONTEXT;
  if (c?.encryptionContextEquals) {
    const e = c.encryptionContextEquals;
    const ok = keyCount(e) === keyCount(req) && pairsIncluded(e, req);
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
