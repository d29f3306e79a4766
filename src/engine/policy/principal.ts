import type { LocalDiagnostic } from '../context';
import type { JsonPath } from '../types';
import { accountOfAccountPrincipal, lastSegment, type Caller } from '../kms/caller';

/** How a `Principal` entry matched the caller (kms-semantics 1.2 step 9, 1.3.2). */
export type PrincipalMatch = 'wildcard' | 'direct' | 'role' | 'account';

/** One parsed principal entry. */
export type PrincipalEntry =
  | { type: 'wildcard'; raw: string; path: JsonPath }
  | { type: 'account'; account: string; raw: string; path: JsonPath }
  | { type: 'exact'; arn: string; raw: string; path: JsonPath }
  | { type: 'role'; account: string; name: string; arn: string; raw: string; path: JsonPath }
  | { type: 'service'; name: string; raw: string; path: JsonPath }
  | { type: 'never'; raw: string; path: JsonPath };

/**
 * Every entry has the same properties (the ones its type does not use are empty strings), so the
 * matcher's reads of them see one object shape (V8 keeps the site monomorphic).
 */
function entry(
  type: PrincipalEntry['type'],
  raw: string,
  path: JsonPath,
  account = '',
  name = '',
  arn = '',
): PrincipalEntry {
  return { type, account, name, arn, raw, path } as PrincipalEntry;
}

const ROLE = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(.+)$/;
const EXACT =
  /^arn:aws[a-z-]*:(iam::\d{12}:user\/.+|sts::\d{12}:(assumed-role\/[^/]+\/.+|federated-user\/.+))$/;

function parseAwsEntry(raw: string, path: JsonPath, diags: LocalDiagnostic[]): PrincipalEntry {
  // S28: "*" and {"AWS": "*"} are equivalent (A24).
  if (raw === '*') return entry('wildcard', raw, path);
  const account = accountOfAccountPrincipal(raw);
  // S2/S28: an account principal delegates to the account; it does not mean "only the root user".
  if (account) return entry('account', raw, path, account);
  if (raw.includes('*') || raw.includes('?')) {
    // S28: partial wildcards are not allowed in principal ARNs.
    diags.push({
      path,
      severity: 'warning',
      code: 'PrincipalWildcard',
      message: `"${raw}": wildcards are not allowed inside a principal ARN; this entry matches nothing. Use Principal "*" with an aws:PrincipalArn condition.`,
    });
    return entry('never', raw, path);
  }
  const role = ROLE.exec(raw);
  if (role) {
    return entry('role', raw, path, role[1] ?? '', lastSegment(role[2] ?? ''), raw);
  }
  if (EXACT.test(raw)) return entry('exact', raw, path, '', '', raw);
  const group = /:group\//.test(raw);
  diags.push({
    path,
    severity: 'warning',
    code: group ? 'GroupPrincipal' : 'InvalidPrincipal',
    message: group
      ? `"${raw}": IAM groups are not principals and cannot be named in a policy (S28).`
      : `"${raw}" is not an account, user, role, role-session or federated-user ARN; it matches nothing.`,
  });
  return entry('never', raw, path);
}

/** Parses a `Principal`/`NotPrincipal` value into entries; malformed parts become diagnostics. */
export function parsePrincipal(
  value: unknown,
  path: JsonPath,
  diags: LocalDiagnostic[],
): PrincipalEntry[] {
  if (value === '*') return [entry('wildcard', '*', path)];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    diags.push({
      path,
      severity: 'error',
      code: 'InvalidPrincipalElement',
      message: 'Principal must be "*" or an object with AWS, Service, Federated or CanonicalUser.',
    });
    return [];
  }
  const out: PrincipalEntry[] = [];
  for (const [type, v] of Object.entries(value as Record<string, unknown>)) {
    const items = Array.isArray(v) ? v : [v];
    items.forEach((item, i) => {
      const p = Array.isArray(v) ? [...path, type, i] : [...path, type];
      if (typeof item !== 'string') {
        diags.push({
          path: p,
          severity: 'error',
          code: 'InvalidPrincipalElement',
          message: `Principal ${type} entries must be strings.`,
        });
        return;
      }
      if (type === 'AWS') out.push(parseAwsEntry(item, p, diags));
      else if (type === 'Service') out.push(entry('service', item, p, '', item));
      else if (type === 'Federated' || type === 'CanonicalUser') {
        // kms-semantics 1.3.2: these principal types never match a KMS caller.
        out.push(entry('never', item, p));
      } else {
        diags.push({
          path: [...path, type],
          severity: 'error',
          code: 'InvalidPrincipalElement',
          message: `Unknown principal type "${type}"; expected AWS, Service, Federated or CanonicalUser.`,
        });
      }
    });
  }
  return out;
}

/** How one entry matches the caller, or null (S28; kms-semantics 1.3.2). */
export function matchEntry(e: PrincipalEntry, c: Caller): PrincipalMatch | null {
  switch (e.type) {
    case 'wildcard':
      return 'wildcard';
    case 'account':
      return c.account === e.account && c.kind !== 'service' ? 'account' : null;
    case 'exact':
      // S28: user names are case-sensitive; session ARNs name exactly one session.
      return c.arn === e.arn ? 'direct' : null;
    case 'role':
      // S28: a role ARN matches sessions of that role. Compare the full ARN when the caller's role
      // ARN is known with its path, else account + name (session ARNs carry no path, A26).
      if (c.kind !== 'roleSession' || c.account !== e.account) return null;
      return c.roleArn === e.arn || c.roleName === e.name ? 'role' : null;
    case 'service':
      return c.kind === 'service' && c.arn === e.name ? 'direct' : null;
    case 'never':
      return null;
  }
}

const RANK: Record<PrincipalMatch, number> = { direct: 4, wildcard: 3, role: 2, account: 1 };

/** The strongest way any entry matches the caller, with the entry that did it. */
export function bestMatch(
  entries: readonly PrincipalEntry[],
  c: Caller,
): { kind: PrincipalMatch; entry: PrincipalEntry } | null {
  // The best so far in two locals: one result object per call, not one per matching entry.
  let kind: PrincipalMatch | null = null;
  let entry: PrincipalEntry | null = null;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as PrincipalEntry;
    const k = matchEntry(e, c);
    if (k && (kind === null || RANK[k] > RANK[kind])) {
      kind = k;
      entry = e;
    }
  }
  return kind !== null && entry !== null ? { kind, entry } : null;
}

/**
 * NotPrincipal (S29, A4): the caller is exempt only when every identity in its chain is listed
 * (session → role → account; user → account; root → account).
 */
export function notPrincipalExempts(entries: readonly PrincipalEntry[], c: Caller): boolean {
  const listed = (pred: (e: PrincipalEntry) => boolean) => entries.some(pred);
  const accountListed = listed((e) => e.type === 'account' && e.account === c.account);
  switch (c.kind) {
    case 'service':
      return listed((e) => e.type === 'service' && e.name === c.arn);
    case 'root':
      return accountListed;
    case 'user':
    case 'federatedUser':
      return accountListed && listed((e) => e.type === 'exact' && e.arn === c.arn);
    case 'roleSession':
      return (
        accountListed &&
        listed((e) => e.type === 'role' && matchEntry(e, c) === 'role') &&
        (c.sessionName === null || listed((e) => e.type === 'exact' && e.arn === c.arn))
      );
    default:
      return false;
  }
}
