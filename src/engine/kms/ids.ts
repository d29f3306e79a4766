import type { Json, Key, OrganizationPolicy, Request, Scenario } from '../../scenario/types';
import { splitArn } from '../conditions/arn';

/** Key id from a key ARN (`arn:aws:kms:r:a:key/<id>` → `<id>`), or the input when it is no ARN. */
export function keyIdOf(arnOrId: string): string {
  const i = arnOrId.indexOf(':key/');
  return i < 0 ? arnOrId : arnOrId.slice(i + 5);
}

/**
 * The 12-digit account of an ARN (`arn:aws:iam::111122223333:role/App` → `111122223333`), a bare
 * account id itself, or null (a service principal, `*`, an ARN without an account).
 */
export function accountOf(arnOrAccount: string): string | null {
  if (/^\d{12}$/.test(arnOrAccount)) return arnOrAccount;
  const parts = splitArn(arnOrAccount);
  const account = parts?.[0] === 'arn' ? parts[4] : undefined;
  return account !== undefined && /^\d{12}$/.test(account) ? account : null;
}

/**
 * The key ARNs of a key list by key id, made once per list: looking through the whole list for
 * each key made naming every key's document quadratic in the number of keys.
 */
const ARNS_BY_ID = new WeakMap<readonly Key[], Map<string, string[]>>();
function arnsById(all: readonly Key[]): Map<string, string[]> {
  let byId = ARNS_BY_ID.get(all);
  if (!byId) {
    byId = new Map();
    for (const o of all) {
      const id = keyIdOf(o.arn);
      const arns = byId.get(id);
      if (arns) arns.push(o.arn);
      else byId.set(id, [o.arn]);
    }
    ARNS_BY_ID.set(all, byId);
  }
  return byId;
}

/** Document ids used in traces, deciding refs and diagnostics (see SourceRef in types.ts). */
export const docIds = {
  /**
   * `key:<keyId>`; when keys share an id (related multi-Region keys live in several Regions, each
   * with its own key policy), `key:<region>:<keyId>`.
   */
  key: (k: Key, all: readonly Key[]) => {
    const id = keyIdOf(k.arn);
    const shared = (arnsById(all).get(id) ?? []).some((arn) => arn !== k.arn);
    return shared ? `key:${k.arn.split(':')[3] ?? ''}:${id}` : `key:${id}`;
  },
  identity: (principalArn: string, name: string) => `identity:${principalArn}#${name}`,
  group: (groupArn: string, name: string) => `group:${groupArn}#${name}`,
  boundary: (principalArn: string) => `boundary:${principalArn}`,
  session: (r: Request, i: number) => `session:${r.id ?? String(i)}`,
  newPolicy: (r: Request, i: number) => `newPolicy:${r.id ?? String(i)}`,
  org: (p: OrganizationPolicy) => `${p.type.toLowerCase()}:${p.id}`,
  endpoint: (id: string) => `vpce:${id}`,
  grant: (grantId: string) => `grant:${grantId}`,
  request: (r: Request, i: number) => `request:${r.id ?? String(i)}`,
};

/**
 * The JSON a document id points at, so a trace step's `source.path` can be resolved against it
 * (the editor maps it to a text range; tests check every path resolves).
 */
export function documentById(s: Scenario, id: string): Json | undefined {
  const colon = id.indexOf(':');
  const type = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  const hash = rest.lastIndexOf('#');
  const owner = hash < 0 ? rest : rest.slice(0, hash);
  const name = hash < 0 ? '' : rest.slice(hash + 1);
  const reqOf = (ref: string) => s.requests.find((r, i) => (r.id ?? String(i)) === ref);
  switch (type) {
    case 'key':
      return s.keys.find((k) => docIds.key(k, s.keys) === id)?.policy;
    case 'identity':
      return s.principals.find((p) => p.arn === owner)?.policies.find((p) => p.name === name)
        ?.document;
    case 'group':
      return s.groups.find((g) => g.arn === owner)?.policies.find((p) => p.name === name)?.document;
    case 'boundary':
      return s.principals.find((p) => p.arn === rest)?.permissionsBoundary;
    case 'session':
      return reqOf(rest)?.sessionPolicy;
    case 'newPolicy':
      return reqOf(rest)?.parameters.Policy;
    case 'scp':
    case 'rcp':
      return s.organization?.policies.find((p) => p.id === rest)?.document;
    case 'vpce':
      return s.vpcEndpoints.find((e) => e.id === rest)?.policy;
    case 'grant':
      return s.grants.find((g) => g.grantId === rest) as unknown as Json | undefined;
    case 'request':
      return reqOf(rest) as unknown as Json | undefined;
    default:
      return undefined;
  }
}

/** Follows a JSON path; undefined when any step is missing. */
export function resolvePath(
  doc: Json | undefined,
  path: readonly (string | number)[],
): Json | undefined {
  let cur: Json | undefined = doc;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur)
      ? typeof p === 'number'
        ? cur[p]
        : undefined
      : (cur as Record<string, Json>)[String(p)];
    if (cur === undefined) return undefined;
  }
  return cur;
}
