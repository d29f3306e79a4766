/** The access screen's words: routes, stops and cells as people read them. */
import { whenText, type AccessCell, type Route, type Stop } from '../../access';

export const ROUTE_WORDS: Record<Route, string> = {
  keyPolicy: 'the key policy',
  iam: 'an IAM policy (the key policy delegates to IAM)',
  grant: 'a grant',
};

/** One letter per route for the grid (the full words are in the cell's label). */
export const ROUTE_LETTER: Record<Route, string> = { keyPolicy: 'K', iam: 'I', grant: 'G' };

export const STOP_WORDS: Record<Stop, string> = {
  explicitDeny: 'an explicit Deny',
  rcp: 'a resource control policy',
  scp: 'a service control policy',
  vpcEndpoint: 'the VPC endpoint policy',
  crossAccount:
    'the cross-account rule (this operation cannot be called on a key in another account)',
  noAllow: 'nothing allows it (no key policy statement, IAM policy or grant)',
  permissionsBoundary: 'the permissions boundary',
  sessionPolicy: 'the session policy',
  afterAuthorization: 'KMS after authorization',
};

/** `arn:aws:iam::111122223333:role/App` → `role/App (111122223333)`. */
export function shortPrincipal(arn: string, name?: string): string {
  if (name) return name;
  const m = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):(.+)$/.exec(arn);
  if (!m) return arn;
  return m[2] === 'root' ? `root (${m[1]})` : `${m[2]} (${m[1]})`;
}

export function shortKey(arn: string, alias?: string): string {
  const id = arn.split('/').pop() ?? arn;
  return alias ? `${alias} (${id.slice(0, 8)}…)` : `key ${id.slice(0, 8)}…`;
}

/** The grid symbol and a class for a cell. */
export function cellMark(c: AccessCell): { symbol: string; className: string } {
  if (c.access === 'allowed') {
    const letter = c.via ? ROUTE_LETTER[c.via] : '✓';
    return c.outcome === 'Allowed'
      ? { symbol: letter, className: 'cell-allowed' }
      : { symbol: `${letter}!`, className: 'cell-authorized' };
  }
  if (c.access === 'conditional') return { symbol: '?', className: 'cell-conditional' };
  if (c.decision === 'ExplicitDeny') return { symbol: '✕', className: 'cell-explicit' };
  return { symbol: '·', className: 'cell-denied' };
}

/** One sentence for a cell. */
export function cellSentence(c: AccessCell): string {
  if (c.access === 'allowed') {
    const via = c.via ? ROUTE_WORDS[c.via] : 'an allow';
    return c.outcome === 'Allowed'
      ? `Allowed through ${via}.`
      : `Authorized through ${via}, then refused by KMS: ${c.outcome}.`;
  }
  if (c.access === 'conditional') {
    const alts = c.when.map((w) => `${whenText(w.values)} (through ${ROUTE_WORDS[w.via]})`);
    return `Allowed only when the request has ${alts.join(', or ')}.`;
  }
  return `Denied (${c.decision === 'ExplicitDeny' ? 'explicit' : 'implicit'}): stopped by ${c.stop ? STOP_WORDS[c.stop] : 'nothing that allows it'}.`;
}
