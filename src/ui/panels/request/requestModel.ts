/**
 * The request builder's data side, kept pure: operations grouped as people look for them, the
 * principals and keys a scenario offers, and request edits (each a `(Scenario) => Scenario` the
 * store records for undo).
 */
import { API_OPERATIONS, findOperation } from '../../../engine/catalog/operations';
import type { Json, Request, Scenario } from '../../../scenario/types';
import { paramsOf } from './paramSpecs';

/** Operation groups of the operation picker, in display order. */
export const OPERATION_GROUPS = [
  'Cryptographic',
  'Grants',
  'Key management',
  'Aliases',
  'Keyless',
] as const;
export type OperationGroup = (typeof OPERATION_GROUPS)[number];

const GRANT_OPS = new Set([
  'CreateGrant',
  'RetireGrant',
  'RevokeGrant',
  'ListGrants',
  'ListRetirableGrants',
]);
const ALIAS_OPS = new Set(['CreateAlias', 'UpdateAlias', 'DeleteAlias', 'ListAliases']);

/** The group an API operation is listed under. */
export function groupOf(api: string): OperationGroup {
  if (GRANT_OPS.has(api)) return 'Grants';
  if (ALIAS_OPS.has(api)) return 'Aliases';
  const info = findOperation(api === 'ReEncrypt' ? 'ReEncryptFrom' : api);
  if (info?.keyless) return 'Keyless';
  return info?.category === 'crypto' ? 'Cryptographic' : 'Key management';
}

/** Every API operation, grouped and sorted by name within its group. */
export function groupedOperations(): { group: OperationGroup; operations: string[] }[] {
  return OPERATION_GROUPS.map((group) => ({
    group,
    operations: API_OPERATIONS.filter((op) => groupOf(op) === group),
  }));
}

/** `kms:Decrypt` → `Decrypt`. */
export function apiOf(action: string): string {
  return action.replace(/^kms:/i, '');
}

/** Whether an API operation names no key (authorized against `*`). */
export function isKeyless(api: string): boolean {
  return findOperation(api === 'ReEncrypt' ? 'ReEncryptFrom' : api)?.keyless ?? false;
}

/** Whether an API operation takes an encryption context. */
export function takesContext(api: string): boolean {
  return (
    findOperation(api === 'ReEncrypt' ? 'ReEncryptFrom' : api)?.takesEncryptionContext ?? false
  );
}

/** An edit of request `index`. */
export function editRequest(index: number, change: (r: Request) => Request) {
  return (s: Scenario): Scenario => ({
    ...s,
    requests: s.requests.map((r, i) => (i === index ? change(r) : r)),
  });
}

/** Sets (or with `undefined`, removes) one API parameter. */
export function withParam(r: Request, name: string, value: Json | undefined): Request {
  const parameters = { ...r.parameters };
  if (value === undefined) delete parameters[name];
  else parameters[name] = value;
  return { ...r, parameters };
}

/**
 * Switches the request to another operation: parameters the new operation does not take are
 * dropped, a keyless operation loses its key and a keyed one gets the scenario's first key.
 */
export function withOperation(r: Request, api: string, s: Scenario): Request {
  const keep = new Set(paramsOf(api).map((p) => p.name));
  const parameters = Object.fromEntries(Object.entries(r.parameters).filter(([k]) => keep.has(k)));
  const next: Request = { ...r, action: `kms:${api}`, parameters };
  if (isKeyless(api)) delete next.key;
  else if (next.key === undefined && s.keys[0]) next.key = s.keys[0].aliases[0] ?? s.keys[0].arn;
  // ReEncrypt cannot run without a destination: start with re-encrypting under the same key.
  if (api === 'ReEncrypt' && parameters.DestinationKeyId === undefined && next.key !== undefined)
    next.parameters = { ...parameters, DestinationKeyId: next.key };
  return next;
}

/** One suggestion of a combobox. */
export interface Suggestion {
  value: string;
  label: string;
}

const ROLE = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;

/**
 * Callers to offer: the scenario's principals, a session of each role (the session names the
 * requests already use, else `session`), and each account's root user.
 */
export function principalSuggestions(s: Scenario): Suggestion[] {
  const out: Suggestion[] = [];
  const add = (value: string, label: string) => {
    if (!out.some((o) => o.value === value)) out.push({ value, label });
  };
  for (const p of s.principals) add(p.arn, p.name ?? p.arn);
  for (const p of s.principals) {
    const m = ROLE.exec(p.arn);
    if (!m) continue;
    const prefix = `arn:aws:sts::${m[1]}:assumed-role/${m[2]}/`;
    const used = s.requests.map((r) => r.principal).filter((a) => a.startsWith(prefix));
    for (const arn of used.length > 0 ? used : [`${prefix}session`])
      add(arn, `${p.name ?? m[2]} — session ${arn.slice(prefix.length)}`);
  }
  const accounts = new Set([
    ...s.accounts.map((a) => a.id),
    ...s.principals.map((p) => /::(\d{12}):/.exec(p.arn)?.[1]).filter((a) => a !== undefined),
  ]);
  for (const a of accounts) add(`arn:aws:iam::${a}:root`, `Root user of ${a}`);
  return out;
}

/** Ways to name each key: key ARN, key id, alias names and alias ARNs. */
export function keySuggestions(s: Scenario): Suggestion[] {
  const out: Suggestion[] = [];
  for (const k of s.keys) {
    const [, , , region = '', account = ''] = k.arn.split(':');
    const id = k.arn.slice(k.arn.indexOf(':key/') + 5);
    const name = k.aliases[0] ?? id;
    out.push({ value: k.arn, label: `${name} — key ARN` });
    out.push({ value: id, label: `${name} — key id` });
    for (const a of k.aliases) {
      out.push({ value: a, label: `${a} — alias name` });
      out.push({ value: `arn:aws:kms:${region}:${account}:${a}`, label: `${a} — alias ARN` });
    }
  }
  return out;
}
