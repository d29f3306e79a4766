/**
 * Fixes the caller makes by sending different values: a request parameter that a condition key
 * reads (S4: kms:EncryptionAlgorithm, kms:ScheduleKeyDeletionPendingWindowInDays, …), or a context
 * key the request supplies itself (aws:MultiFactorAuthPresent, aws:SourceIp, …; S39). For an Allow
 * that failed only on such conditions, values that satisfy each; for a matched Deny, a value that
 * makes one of its conditions false (S30: conditions are ANDed). Derived keys are never changed.
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

/** Where the request carries the key: a parameter, or a context key it supplies itself. */
function placeOf(a: Analysis, key: string): { path: Path; name: string } | null {
  const param = PARAMETERS[key.toLowerCase()];
  if (param) return { path: ['requests', a.index, 'parameters'], name: param };
  const supplied = Object.keys(a.request.context).find(
    (k) => k.toLowerCase() === key.toLowerCase(),
  );
  if (supplied) return { path: ['requests', a.index, 'context'], name: supplied };
  // A global key the request could carry but does not (S39), e.g. aws:MultiFactorAuthPresent.
  const sendable = SENDABLE.has(key.toLowerCase()) && !a.derived.has(key.toLowerCase());
  return sendable ? { path: ['requests', a.index, 'context'], name: key } : null;
}

function opsFor(
  g: GenInput,
  key: string,
  value: Value,
): { ops: PatchOperation[]; words: string } | null {
  const place = placeOf(g.a, key);
  if (!place || value === null) return null;
  const container = getAt(g.json, place.path);
  const has = container !== undefined && getAt(container, [place.name]) !== undefined;
  const at = pointer(...place.path, place.name);
  if (value === 'remove')
    return has ? { ops: [{ op: 'remove', path: at }], words: `leave ${place.name} out` } : null;
  const words = `send ${place.name} = ${JSON.stringify(value.set)}`;
  if (container === undefined)
    return {
      ops: [{ op: 'add', path: pointer(...place.path), value: { [place.name]: value.set } }],
      words,
    };
  return { ops: [{ op: has ? 'replace' : 'add', path: at, value: value.set }], words };
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
    const parts = conds.map((f) => opsFor(g, f.key, valueFor(f, true)));
    if (parts.some((p) => p === null)) continue;
    out.push(
      step(g, parts as { ops: PatchOperation[]; words: string }[], 'that the policy asks for'),
    );
  }
  return out;
}

/** Values that make one condition of every matched Deny false. */
export function denyValues(g: GenInput, checks: FailedCheck[]): Step[] {
  const parts: { ops: PatchOperation[]; words: string }[] = [];
  const done = new Set<string>();
  for (const c of checks) {
    if (c.blocker !== 'deny') continue;
    for (const d of c.denies) {
      const k = `${d.document} ${JSON.stringify(d.path)}`;
      if (done.has(k)) continue;
      done.add(k);
      const p = d.conditions
        .map((x) => opsFor(g, x.key, valueFor(x, false)))
        .find((x) => x !== null);
      if (!p) return [];
      parts.push(p);
    }
  }
  return parts.length === 0 ? [] : [step(g, parts, 'so that the Deny no longer matches')];
}

function step(g: GenInput, parts: { ops: PatchOperation[]; words: string }[], why: string): Step {
  return {
    kind: 'request',
    routes: ['request'],
    clause: `${parts.map((p) => p.words).join(' and ')} in the request ${why}`,
    ops: parts.flatMap((p) => p.ops),
    documents: [g.a.requestDoc],
    privilege: PRIVILEGE.request,
  };
}
