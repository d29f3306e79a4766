/**
 * Fixes the caller makes by sending different values: a request parameter that a condition key
 * reads (S4: kms:EncryptionAlgorithm, kms:ScheduleKeyDeletionPendingWindowInDays, …), or a context
 * key the request supplies itself (aws:MultiFactorAuthPresent, aws:SourceIp, …; S39). For an Allow
 * that failed only on such conditions, values that satisfy each; for a matched Deny, a value that
 * makes one of its conditions false (S30: conditions are ANDed). Derived keys are never changed,
 * except the tags an ABAC condition reads (aws:PrincipalTag, aws:ResourceTag; S40), which are set
 * on the caller's entry or on the key.
 */
import type { Analysis, ConditionRef, FailedCheck } from '../analyse';
import { getAt, type Path } from '../locate';
import { pointer } from '../patch';
import { PRIVILEGE, type GenInput, type Step } from '../step';
import type { PatchOperation } from '../types';

/** Condition keys read from a request parameter (requestContext.ts), lower-cased. */
const PARAMETERS: Record<string, string> = {
  'kms:encryptionalgorithm': 'EncryptionAlgorithm',
  'kms:signingalgorithm': 'SigningAlgorithm',
  'kms:messagetype': 'MessageType',
  'kms:macalgorithm': 'MacAlgorithm',
  'kms:datakeypairspec': 'KeyPairSpec',
  'kms:keyagreementalgorithm': 'KeyAgreementAlgorithm',
  'kms:schedulekeydeletionpendingwindowindays': 'PendingWindowInDays',
  'kms:rotationperiodindays': 'RotationPeriodInDays',
  'kms:bypasspolicylockoutsafetycheck': 'BypassPolicyLockoutSafetyCheck',
  'kms:wrappingalgorithm': 'WrappingAlgorithm',
  'kms:wrappingkeyspec': 'WrappingKeySpec',
  'kms:replicaregion': 'ReplicaRegion',
  'kms:primaryregion': 'PrimaryRegion',
  'kms:expirationmodel': 'ExpirationModel',
};

/** Global keys that describe how the caller calls (S39), which a request may carry. */
const SENDABLE = new Set([
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:securetransport',
  'aws:requestedregion',
]);

/** A value to send, or `remove` to leave the key out; null when no single value works. */
type Value = { set: unknown } | 'remove' | null;

const first = (c: ConditionRef) => c.policyValues[0];
const num = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? Number(v) : NaN);
const plain = (v: unknown): v is string => typeof v === 'string' && !/[*?]|\$\{/.test(v);
const address = (v: unknown) => (typeof v === 'string' ? v.replace(/\/\d+$/, '') : null);

/** A value that makes the condition true (Allow) or false (Deny). */
function valueFor(c: ConditionRef, want: boolean): Value {
  const op = c.operator.replace(/IfExists$/, '');
  const v = first(c);
  if (op.includes(':')) return null; // set operators: no single value is obvious
  const n = num(v);
  const truthy = (x: unknown) => String(x).toLowerCase() === 'true';
  switch (want ? op : `not ${op}`) {
    case 'StringEquals':
    case 'StringEqualsIgnoreCase':
    case 'StringLike':
    case 'ArnEquals':
    case 'ArnLike':
    case 'not StringNotEquals':
    case 'not StringNotEqualsIgnoreCase':
    case 'not StringNotLike':
    case 'not ArnNotEquals':
    case 'not ArnNotLike':
      return plain(v) ? { set: v } : null;
    case 'NumericEquals':
    case 'NumericLessThanEquals':
    case 'NumericGreaterThanEquals':
    case 'not NumericNotEquals':
    case 'not NumericLessThan':
    case 'not NumericGreaterThan':
      return Number.isFinite(n) ? { set: n } : null;
    case 'NumericLessThan':
    case 'not NumericGreaterThanEquals':
      return Number.isFinite(n) ? { set: n - 1 } : null;
    case 'NumericGreaterThan':
    case 'not NumericLessThanEquals':
      return Number.isFinite(n) ? { set: n + 1 } : null;
    case 'Bool':
      return { set: truthy(v) };
    case 'not Bool':
      return { set: !truthy(v) };
    case 'IpAddress':
    case 'not NotIpAddress':
      return address(v) ? { set: address(v) } : null;
    case 'Null':
      return truthy(v) ? 'remove' : null;
    case 'not Null':
      return truthy(v) ? null : 'remove';
    default:
      return null;
  }
}

/** Where a value lives: in the request, or a tag of the caller or of the key (S40). */
interface Place {
  path: Path;
  name: string;
  tag: 'caller' | 'key' | null;
}

/** Where the request carries the key: a parameter, a context key it supplies, or a tag. */
function placeOf(a: Analysis, key: string, c: FailedCheck): Place | null {
  const lower = key.toLowerCase();
  const param = PARAMETERS[lower];
  if (param) return { path: ['requests', a.index, 'parameters'], name: param, tag: null };
  const tag = key.slice(key.indexOf('/') + 1);
  if (lower.startsWith('aws:principaltag/') && a.caller.entry && tag) {
    const i = a.s.principals.indexOf(a.caller.entry);
    return i < 0 ? null : { path: ['principals', i, 'tags'], name: tag, tag: 'caller' };
  }
  if (lower.startsWith('aws:resourcetag/') && c.keyIndex >= 0 && tag)
    return { path: ['keys', c.keyIndex, 'tags'], name: tag, tag: 'key' };
  const supplied = Object.keys(a.request.context).find((k) => k.toLowerCase() === lower);
  if (supplied) return { path: ['requests', a.index, 'context'], name: supplied, tag: null };
  // A global key the request could carry but does not (S39), e.g. aws:MultiFactorAuthPresent.
  const sendable = SENDABLE.has(lower) && !a.derived.has(lower);
  return sendable ? { path: ['requests', a.index, 'context'], name: key, tag: null } : null;
}

/** The operations that put one value in place, and their words. */
interface Part {
  ops: PatchOperation[];
  words: string;
  tag: Place['tag'];
}

function opsFor(g: GenInput, c: FailedCheck, key: string, value: Value): Part | null {
  const place = placeOf(g.a, key, c);
  if (!place || value === null) return null;
  const tag = place.tag;
  // Tags are strings; a tag is set, never removed, by a fix.
  if (tag && (value === 'remove' || typeof value.set !== 'string')) return null;
  const container = getAt(g.json, place.path);
  const has = container !== undefined && getAt(container, [place.name]) !== undefined;
  const at = pointer(...place.path, place.name);
  if (value === 'remove')
    return has
      ? { ops: [{ op: 'remove', path: at }], words: `leave ${place.name} out`, tag }
      : null;
  const owner = tag === 'caller' ? g.a.caller.entry?.arn : c.key ? c.key.arn : '';
  const words = tag
    ? `tag ${owner ?? ''} with ${place.name}=${String(value.set)}`
    : `send ${place.name} = ${JSON.stringify(value.set)}`;
  if (container === undefined)
    return {
      ops: [{ op: 'add', path: pointer(...place.path), value: { [place.name]: value.set } }],
      words,
      tag,
    };
  return { ops: [{ op: has ? 'replace' : 'add', path: at, value: value.set }], words, tag };
}

/** For each Allow statement that failed only on request values: the values that satisfy it. */
export function allowValues(g: GenInput, c: FailedCheck): Step[] {
  const by = new Map<string, ConditionRef[]>();
  for (const f of c.conditions) {
    const k = `${f.statement.document} ${JSON.stringify(f.statement.path)}`;
    by.set(k, [...(by.get(k) ?? []), f]);
  }
  const out: Step[] = [];
  for (const conds of by.values()) {
    if (conds.some((f) => f.key.toLowerCase().startsWith('kms:encryptioncontext:'))) continue;
    const parts = conds.map((f) => opsFor(g, c, f.key, valueFor(f, true)));
    if (parts.some((p) => p === null)) continue;
    out.push(step(g, parts as Part[], ', as the policy asks'));
    if (out.length >= MAX_PER_CHECK) break;
  }
  return out;
}

/** Statements offered their values, at most, per check (each candidate costs an evaluation). */
export const MAX_PER_CHECK = 3;

/** Values that make one condition of every matched Deny false. */
export function denyValues(g: GenInput, checks: FailedCheck[]): Step[] {
  const parts: Part[] = [];
  const done = new Set<string>();
  for (const c of checks) {
    if (c.blocker !== 'deny') continue;
    for (const d of c.denies) {
      const k = `${d.document} ${JSON.stringify(d.path)}`;
      if (done.has(k)) continue;
      done.add(k);
      const p = d.conditions
        .map((x) => opsFor(g, c, x.key, valueFor(x, false)))
        .find((x) => x !== null);
      if (!p) return [];
      parts.push(p);
    }
  }
  return parts.length === 0 ? [] : [step(g, parts, ', so that the Deny no longer matches')];
}

function step(g: GenInput, parts: Part[], why: string): Step {
  const tags = parts.some((p) => p.tag !== null);
  return {
    kind: tags ? 'tags' : 'request',
    routes: tags ? ['identity'] : ['request'],
    clause: `${parts.map((p) => p.words).join(' and ')}${tags ? '' : ' in the request'}${why}`,
    ops: parts.flatMap((p) => p.ops),
    documents: tags ? [] : [g.a.requestDoc],
    privilege: tags ? PRIVILEGE.tags : PRIVILEGE.request,
  };
}
