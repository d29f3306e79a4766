/**
 * "Allowed when …": a denied cell whose route failed only because the request did not supply a
 * value (an encryption context a condition or grant constraint asks for, a source IP, the
 * service it came through) is conditional, not denied. The candidates are read from the trace;
 * each is kept only if the engine allows the request with those values (see matrix.ts).
 */
import type { TraceStep } from '../engine/types';
import type { Evaluated } from './cells';
import type { Grant } from '../scenario/types';
import type { WhenValue } from './types';

/** Condition keys a caller supplies with the request (not derived from who it is). */
const REQUEST_KEYS = new Set(
  [
    'kms:EncryptionContextKeys',
    'kms:ViaService',
    'kms:GrantIsForAWSResource',
    'kms:GrantConstraintType',
    'kms:RequestAlias',
    'kms:EncryptionAlgorithm',
    'kms:SigningAlgorithm',
    'kms:MacAlgorithm',
    'kms:KeyAgreementAlgorithm',
    'aws:SourceIp',
    'aws:VpcSourceIp',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:CalledVia',
    'aws:CalledViaFirst',
    'aws:CalledViaLast',
    'aws:ViaAWSService',
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOrgID',
    'aws:CurrentTime',
    'aws:MultiFactorAuthPresent',
    'aws:RequestedRegion',
  ].map((k) => k.toLowerCase()),
);

const EC_PREFIX = 'kms:encryptioncontext:';

/** A candidate: the route it would open and the values it needs. */
export interface Candidate {
  via: 'keyPolicy' | 'iam' | 'grant';
  grantId?: string;
  values: WhenValue[];
}

/** A policy value made concrete: wildcards replaced, a CIDR reduced to its first address. */
function concrete(operator: string, v: unknown): string | boolean | number | null {
  const op = operator.replace(/^(ForAnyValue|ForAllValues):/, '').replace(/IfExists$/, '');
  if (op.startsWith('Bool')) return v === true || String(v).toLowerCase() === 'true';
  if (op.startsWith('Numeric')) {
    const n = Number(v);
    if (!Number.isFinite(n)) return null;
    return op.includes('LessThan') ? n - 1 : op.includes('GreaterThan') ? n + 1 : n;
  }
  if (typeof v !== 'string') return v === undefined || v === null ? null : String(v);
  if (op === 'IpAddress') return v.replace(/\/\d+$/, '');
  if (op.startsWith('Date')) return v;
  return v.replace(/\*/g, 'x').replace(/\?/g, 'x');
}

/** Operators that fail on a missing key and can be satisfied by supplying a value. */
function positive(operator: string): boolean {
  const op = operator.replace(/^(ForAnyValue|ForAllValues):/, '').replace(/IfExists$/, '');
  if (op === 'Null') return true;
  return !/Not/.test(op);
}

/** The value a failed condition needs, or null when no request value can satisfy it. */
function valueFor(step: TraceStep): WhenValue | null {
  const key = step.detail?.['key'];
  if (typeof key !== 'string') return null;
  if (step.detail?.['reason'] !== 'missingKey') return null;
  const operator = step.rule;
  if (!positive(operator)) return null;
  const values = step.detail?.['policyValues'];
  const first = Array.isArray(values) ? values[0] : values;
  const lower = key.toLowerCase();
  const isNull = operator === 'Null';
  if (isNull && String(first).toLowerCase() !== 'false') return null;
  if (lower.startsWith(EC_PREFIX)) {
    const ecKey = key.slice(EC_PREFIX.length);
    const value = isNull ? 'x' : concrete(operator, first);
    return typeof value === 'string' && ecKey !== ''
      ? { kind: 'encryptionContext', key: ecKey, value: value === '' ? 'x' : value }
      : null;
  }
  if (lower === 'kms:encryptioncontextkeys') {
    const ecKey = isNull ? 'x' : concrete(operator, first);
    return typeof ecKey === 'string' && ecKey !== ''
      ? { kind: 'encryptionContext', key: ecKey, value: 'x' }
      : null;
  }
  if (!REQUEST_KEYS.has(lower)) return null;
  const value = isNull ? 'x' : concrete(operator, first);
  if (value === null) return null;
  const multi = /^(ForAnyValue|ForAllValues):/.test(operator) || lower === 'aws:calledvia';
  return { kind: 'context', key, value: multi && typeof value === 'string' ? [value] : value };
}

function childrenOf(trace: readonly TraceStep[]): Map<string, TraceStep[]> {
  const by = new Map<string, TraceStep[]>();
  for (const s of trace) {
    if (s.parentId === null) continue;
    const list = by.get(s.parentId);
    if (list) list.push(s);
    else by.set(s.parentId, [s]);
  }
  return by;
}

/**
 * The candidates of a denied result: each Allow statement that failed only on conditions about
 * missing request values, each grant that failed only on its encryption context constraint, and
 * all of them together (a key policy and an identity policy may both ask for a value).
 */
export function candidates(r: Evaluated, grants: readonly Grant[]): Candidate[] {
  if (r.decision !== 'ImplicitDeny') return [];
  const by = childrenOf(r.trace);
  const out: Candidate[] = [];
  const all: WhenValue[] = [];
  for (const s of r.trace) {
    if (s.kind === 'statement' && s.rule === 'Allow' && s.detail?.['failed'] === 'Condition') {
      const failed = (by.get(s.id) ?? []).filter(
        (c) => c.kind === 'condition' && c.outcome === 'fail',
      );
      const values = failed.map(valueFor);
      if (failed.length === 0 || values.some((v) => v === null)) continue;
      const doc = s.source?.document ?? '';
      const via = doc.startsWith('key:') ? 'keyPolicy' : 'iam';
      out.push({ via, values: values as WhenValue[] });
      all.push(...(values as WhenValue[]));
    } else if (s.kind === 'grant' && s.detail?.['failed'] === 'constraint') {
      const grantId = String(s.detail?.['grantId'] ?? '');
      const g = grants.find((x) => x.grantId === grantId);
      const pairs =
        g?.constraints?.encryptionContextEquals ?? g?.constraints?.encryptionContextSubset;
      if (!pairs) continue;
      const values: WhenValue[] = Object.entries(pairs).map(([key, value]) => ({
        kind: 'encryptionContext',
        key,
        value,
      }));
      if (values.length === 0) continue;
      out.push({ via: 'grant', grantId, values });
    }
  }
  if (out.length > 1 && all.length > 0) out.push({ via: 'iam', values: dedupe(all) });
  return out.slice(0, 6);
}

function dedupe(values: WhenValue[]): WhenValue[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const id = `${v.kind}\u0000${v.key.toLowerCase()}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The request fields for a candidate's values. */
export function requestValues(values: readonly WhenValue[]): {
  encryptionContext?: Record<string, string>;
  context: Record<string, string | boolean | number | string[]>;
} {
  const ec: Record<string, string> = {};
  const context: Record<string, string | boolean | number | string[]> = {};
  let hasEc = false;
  for (const v of values) {
    if (v.kind === 'encryptionContext') {
      ec[v.key] = String(v.value);
      hasEc = true;
    } else context[v.key] = v.value;
  }
  return hasEc ? { encryptionContext: ec, context } : { context };
}

/** "encryption context tenant=acme", "kms:ViaService = ec2.…" — one alternative in words. */
export function whenText(values: readonly WhenValue[]): string {
  const ec = values.filter((v) => v.kind === 'encryptionContext');
  const ctx = values.filter((v) => v.kind === 'context');
  const parts: string[] = [];
  if (ec.length > 0)
    parts.push(`encryption context ${ec.map((v) => `${v.key}=${String(v.value)}`).join(', ')}`);
  for (const v of ctx)
    parts.push(`${v.key} = ${Array.isArray(v.value) ? v.value.join(', ') : String(v.value)}`);
  return parts.join(' and ');
}
