/**
 * Words for the things a trace points at: callers, documents, statements and grants, as a person
 * would name them ("Dana's policy "UseReportsKey"", "the key policy of alias/reports"). Pure, so
 * the explanation, the decision panel and the explorer all say the same thing.
 */
import type { JsonPath } from '../engine/types';
import type { Scenario } from '../scenario/types';

const IAM = /^arn:aws[a-z-]*:iam::(\d{12}):(user|role|root|group)(?:\/(.*))?$/;
const STS = /^arn:aws[a-z-]*:sts::(\d{12}):(assumed-role|federated-user)\/(.+)$/;

function last(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A display name without its trailing explanation: "Dana (report writer)" → "Dana". */
function short(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim() || name;
}

/** The account of an ARN: the engine's one reading of ARNs. */
export { accountOf } from '../engine';

/** How people call a principal: its scenario name, else the last part of its ARN. */
export function principalName(arn: string, scenario: Scenario): string {
  const known = scenario.principals.find((p) => p.arn === arn)?.name;
  if (known) return short(known);
  const iam = IAM.exec(arn);
  if (iam) {
    if (iam[2] === 'root') return `the root user of ${iam[1]}`;
    return last(iam[3] ?? '');
  }
  const sts = STS.exec(arn);
  if (sts) {
    if (sts[2] === 'federated-user') return `federated user ${sts[3]}`;
    const [role = '', ...session] = (sts[3] ?? '').split('/');
    const roleEntry = scenario.principals.find(
      (p) => IAM.exec(p.arn)?.[2] === 'role' && last(p.arn) === role,
    );
    const roleName = roleEntry?.name ? short(roleEntry.name) : role;
    return session.length > 0 ? `${roleName} (session ${session.join('/')})` : roleName;
  }
  if (/^\d{12}$/.test(arn)) return `account ${arn}`;
  return arn;
}

/** The role of an assumed-role session (its scenario name when known), else the caller's name. */
export function roleName(arn: string, scenario: Scenario): string {
  const sts = STS.exec(arn);
  if (!sts || sts[2] !== 'assumed-role') return principalName(arn, scenario);
  const role = (sts[3] ?? '').split('/')[0] ?? '';
  const entry = scenario.principals.find(
    (p) => IAM.exec(p.arn)?.[2] === 'role' && last(p.arn) === role,
  );
  return entry?.name ? short(entry.name) : role;
}

/** "Dana's", "ReportBuilder (session x)'s". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Key ARN from a `key:<id>` document id, when the scenario has that key. */
function keyOfDocument(id: string, scenario: Scenario) {
  const keyId = id.slice(4);
  return scenario.keys.find((k) => k.arn.endsWith(`:key/${keyId}`) || k.arn === keyId);
}

/** A short human label for a key: its first alias, else its key id. */
export function keyLabel(arn: string, scenario: Scenario): string {
  const key = scenario.keys.find((k) => k.arn === arn || k.arn.endsWith(`:key/${arn}`));
  const alias = key?.aliases[0];
  if (alias) return alias;
  const i = arn.indexOf(':key/');
  return i < 0 ? arn : arn.slice(i + 5);
}

/** Splits a document id into its type and the rest: `identity:<arn>#name` → ['identity', ...]. */
function split(id: string): { type: string; owner: string; name: string } {
  const colon = id.indexOf(':');
  const type = colon < 0 ? id : id.slice(0, colon);
  const rest = colon < 0 ? '' : id.slice(colon + 1);
  const hash = rest.lastIndexOf('#');
  return hash < 0
    ? { type, owner: rest, name: '' }
    : { type, owner: rest.slice(0, hash), name: rest.slice(hash + 1) };
}

/** A document as a phrase: "the key policy", "Dana's policy "UseReportsKey"", "the SCP "x"". */
export function documentPhrase(id: string, scenario: Scenario): string {
  const { type, owner, name } = split(id);
  switch (type) {
    case 'key': {
      const key = keyOfDocument(id, scenario);
      return scenario.keys.length > 1 && key
        ? `the key policy of ${keyLabel(key.arn, scenario)}`
        : 'the key policy';
    }
    case 'identity':
      return `${possessive(principalName(owner, scenario))} policy "${name}"`;
    case 'group':
      return `the policy "${name}" of group ${last(owner)}`;
    case 'boundary':
      return `${possessive(principalName(owner, scenario))} permissions boundary`;
    case 'session':
      return 'the session policy';
    case 'newPolicy':
      return 'the new key policy';
    case 'scp':
    case 'rcp': {
      const policy = scenario.organization?.policies.find((p) => p.id === owner);
      return `the ${type.toUpperCase()} "${policy?.name ?? owner}"`;
    }
    case 'vpce':
      return `the endpoint policy of ${owner}`;
    case 'grant': {
      const grant = scenario.grants.find((g) => g.grantId === owner);
      return `grant "${grant?.name ?? shortId(owner)}"`;
    }
    case 'request':
      return `request ${owner}`;
    default:
      return id;
  }
}

/** Long ids (grant ids are 64 hex digits) cut to something quotable. */
export function shortId(id: string): string {
  return id.length > 16 ? `${id.slice(0, 8)}…` : id;
}

/** A statement as a phrase: `"Sid"`, or `statement 2` (1-based) when it has no Sid. */
export function statementPhrase(sid: string | null | undefined, path: JsonPath): string {
  if (sid) return `"${sid}"`;
  const index = path[1];
  if (typeof index === 'number') return `number ${index + 1}`;
  return '(the only one)';
}

/** Where an organization policy level is: "the root", "OU ou-prod", "account 1111…". */
export function levelPhrase(level: string, scenario: Scenario): string {
  if (level === 'r-root' || level.startsWith('r-')) return 'the root';
  const ou = scenario.organization?.units.find((u) => u.id === level);
  if (ou) return `OU ${ou.name ?? ou.id}`;
  const account = scenario.accounts.find((a) => a.id === level);
  return `account ${account?.name ? `${account.name} (${level})` : level}`;
}
