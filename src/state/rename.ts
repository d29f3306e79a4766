/**
 * Renaming a principal or a key in place (issue 11): one pure scenario edit that changes the name
 * and every reference to it, so the store records it as one undoable step.
 *
 * - An IAM user or role is renamed by the last part of its ARN (its path is kept). Every string
 *   equal to its ARN changes: the principal itself, sessions tied to the role (`roleArn`), request
 *   callers, grantees and retiring principals, console profiles, request parameters and context
 *   values, and any value in any policy document (Principal, Resource, Condition). For a role, its
 *   sessions' ARNs (`arn:aws:sts::A:assumed-role/NAME/session`) change too. Wildcard patterns are
 *   left as written: they are the author's, and may mean other principals too.
 * - A key is renamed by its alias (the name people give a key; its key id is KMS's): the first
 *   alias, or a new one when the key has none. Every string equal to the alias name or the alias ARN
 *   changes; the bare alias name only when no other key of the scenario has an alias of that name.
 *
 * The CloudTrail records of the simulated account are history and keep the names they were made
 * with.
 */
import type { Json, Principal, Scenario } from '../scenario/types';
import { documentLocations, getIn, setIn } from './documents';

/** A rename that cannot be made, said for the field it was typed into. */
export interface RenameRefusal {
  error: string;
}

const IAM_ARN = /^(arn:[a-z-]+:iam::(\d{12}):)(user|role)\/((?:[^/]*\/)*)([^/]+)$/;
/** IAM user and role names: 1 to 64 of letters, digits and + = , . @ _ - (IAM quotas page). */
const IAM_NAME = /^[\w+=,.@-]{1,64}$/;
/** CreateAlias: `alias/` then letters, digits, / _ -; up to 256 characters. */
const ALIAS_NAME = /^alias\/[a-zA-Z0-9/_-]+$/;

/** The name a principal is renamed by, or null when it cannot be renamed (root, service, session). */
export function renamableName(arn: string): string | null {
  return IAM_ARN.exec(arn)?.[5] ?? null;
}

/** The name a key is renamed by: its first alias (or '' when it has none). */
export function keyName(s: Scenario, keyArn: string): string {
  return s.keys.find((k) => k.arn === keyArn)?.aliases[0] ?? '';
}

/** Copies `value` with `rewrite` applied to every string in it (keys of objects are kept). */
function mapStrings(value: Json, rewrite: (s: string) => string): Json {
  if (typeof value === 'string') return rewrite(value);
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const next = mapStrings(v, rewrite);
      if (next !== v) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) {
      const next = mapStrings(v, rewrite);
      if (next !== v) changed = true;
      out[k] = next;
    }
    return changed ? out : value;
  }
  return value;
}

/** Applies `rewrite` to every reference a scenario can hold to a principal or key. */
function rewriteReferences(s: Scenario, rewrite: (v: string) => string): Scenario {
  let next: Scenario = {
    ...s,
    principals: s.principals.map((p) => {
      const arn = rewrite(p.arn);
      const roleArn = p.roleArn === undefined ? undefined : rewrite(p.roleArn);
      return arn === p.arn && roleArn === p.roleArn
        ? p
        : { ...p, arn, ...(roleArn === undefined ? {} : { roleArn }) };
    }),
    grants: s.grants.map((g) => {
      const granteePrincipal = rewrite(g.granteePrincipal);
      const retiring = g.retiringPrincipal === undefined ? undefined : rewrite(g.retiringPrincipal);
      return granteePrincipal === g.granteePrincipal && retiring === g.retiringPrincipal
        ? g
        : {
            ...g,
            granteePrincipal,
            ...(retiring === undefined ? {} : { retiringPrincipal: retiring }),
          };
    }),
    requests: s.requests.map((r) => {
      const principal = rewrite(r.principal);
      const key = r.key === undefined ? undefined : rewrite(r.key);
      const parameters = mapStrings(r.parameters, rewrite) as typeof r.parameters;
      const context = mapStrings(r.context as Json, rewrite) as typeof r.context;
      return principal === r.principal &&
        key === r.key &&
        parameters === r.parameters &&
        context === r.context
        ? r
        : { ...r, principal, ...(key === undefined ? {} : { key }), parameters, context };
    }),
  };
  if (s.simulator) {
    const profiles = Object.fromEntries(
      Object.entries(s.simulator.profiles).map(([name, arn]) => [name, rewrite(arn)]),
    );
    next = { ...next, simulator: { ...s.simulator, profiles } };
  }
  // Every policy document: key, identity, group, boundary, SCP/RCP, endpoint and session policies.
  for (const loc of documentLocations(s)) {
    if (loc.kind === 'grant' || loc.kind === 'request' || loc.kind === 'scenario') continue;
    const doc = getIn(next, loc.path) as Json | undefined;
    if (doc === undefined) continue;
    const mapped = mapStrings(doc, rewrite);
    if (mapped !== doc) next = setIn(next, loc.path, mapped) as Scenario;
  }
  return next;
}

/**
 * Renames the IAM user or role `arn` to `newName` (its path kept) with every reference; returns
 * the scenario unchanged when the name is the same, or why it cannot.
 */
export function renamePrincipal(
  s: Scenario,
  arn: string,
  newName: string,
): Scenario | RenameRefusal {
  const m = IAM_ARN.exec(arn);
  const entry = s.principals.find((p) => p.arn === arn);
  if (!m || !entry) return { error: 'Only IAM users and roles can be renamed.' };
  const [, prefix = '', account = '', type = '', path = '', oldName = ''] = m;
  const name = newName.trim();
  if (name === oldName) return s;
  if (!IAM_NAME.test(name))
    return {
      error: `A ${type} name is 1 to 64 letters, digits and + = , . @ _ - (no spaces or slashes).`,
    };
  const clash = s.principals.some((p) => {
    const c = p === entry ? null : IAM_ARN.exec(p.arn);
    return c?.[2] === account && c[3] === type && c[5] === name;
  });
  if (clash) return { error: `Another ${type} of account ${account} is already named ${name}.` };
  const newArn = `${prefix}${type}/${path}${name}`;
  const partition = prefix.split(':')[1] ?? 'aws';
  const sessionPrefix = `arn:${partition}:sts::${account}:assumed-role/${oldName}/`;
  const newSessionPrefix = `arn:${partition}:sts::${account}:assumed-role/${name}/`;
  // Sessions named by account and role name belong to this role unless tied to another by roleArn.
  const otherRoleSessions = new Set(
    s.principals
      .filter((p) => p.arn.startsWith(sessionPrefix) && p.roleArn && p.roleArn !== arn)
      .map((p) => p.arn),
  );
  const rewrite = (v: string): string => {
    if (v === arn) return newArn;
    if (type === 'role' && v.startsWith(sessionPrefix) && !otherRoleSessions.has(v)) {
      const session = v.slice(sessionPrefix.length);
      if (session && !session.includes('*') && !session.includes('?'))
        return newSessionPrefix + session;
    }
    return v;
  };
  const next = rewriteReferences(s, rewrite);
  // The display name follows when it was the IAM name (or absent).
  const followName = (p: Principal): Principal =>
    p.arn === newArn && (p.name === undefined || p.name === oldName) ? { ...p, name } : p;
  return { ...next, principals: next.principals.map(followName) };
}

/**
 * Renames the key `keyArn` by its alias: its first alias becomes `newAlias` (or the key gets that
 * alias), with every reference to the old alias name or alias ARN.
 */
export function renameKey(s: Scenario, keyArn: string, newAlias: string): Scenario | RenameRefusal {
  const key = s.keys.find((k) => k.arn === keyArn);
  if (!key) return { error: 'No such key.' };
  if (key.keyManager === 'AWS')
    return { error: 'An AWS managed key keeps the alias AWS gave it (alias/aws/…).' };
  const alias = newAlias.trim();
  const old = key.aliases[0];
  if (alias === old) return s;
  if (!ALIAS_NAME.test(alias) || alias.length > 256)
    return {
      error: 'An alias is alias/ then letters, digits, / _ - (for example alias/payments).',
    };
  if (alias.startsWith('alias/aws/'))
    return { error: 'alias/aws/ is reserved for AWS managed keys.' };
  const [, partition = 'aws', , region = '', account = ''] = keyArn.split(':');
  const sameHome = (arn: string) => {
    const p = arn.split(':');
    return p[3] === region && p[4] === account;
  };
  if (s.keys.some((k) => sameHome(k.arn) && k.aliases.includes(alias)))
    return { error: `${alias} already names a key in ${account}, ${region}.` };
  const renamed = s.keys.map((k) =>
    k !== key
      ? k
      : {
          ...k,
          aliases: old === undefined ? [alias, ...k.aliases] : [alias, ...k.aliases.slice(1)],
        },
  );
  if (old === undefined) return { ...s, keys: renamed };
  const aliasArn = (name: string) => `arn:${partition}:kms:${region}:${account}:${name}`;
  const oldArn = aliasArn(old);
  const newArn = aliasArn(alias);
  // The bare name is this key's only when no other key has an alias of that name.
  const bareIsOurs = !s.keys.some((k) => k !== key && k.aliases.includes(old));
  const rewrite = (v: string): string =>
    v === oldArn ? newArn : bareIsOurs && v === old ? alias : v;
  const next = rewriteReferences({ ...s, keys: renamed }, rewrite);
  return next;
}

/** True when a rename result is a refusal. */
export function isRefusal(r: Scenario | RenameRefusal): r is RenameRefusal {
  return 'error' in r;
}

/** The document id after a principal's rename (`identity:ARN#p`, `boundary:ARN`), else `id`. */
export function renamedDocumentId(id: string, oldArn: string, newArn: string): string {
  for (const prefix of ['identity:', 'boundary:'])
    if (id === `${prefix}${oldArn}` || id.startsWith(`${prefix}${oldArn}#`))
      return `${prefix}${newArn}${id.slice(prefix.length + oldArn.length)}`;
  return id;
}
