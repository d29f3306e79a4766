/** Plain-language names for summaries: keys, documents, organization levels, Sids. */
import { keyIdOf } from '../engine';
import type { Key, Scenario } from '../scenario/types';

/** `alias/app` when the key has an alias, else `key <key id>`. */
export const keyName = (k: Key): string => k.aliases[0] ?? `key ${keyIdOf(k.arn)}`;

/** The account of an ARN: the engine's one reading of ARNs. */
export { accountOf } from '../engine';

/** The operation name of an action: `kms:Decrypt` → `Decrypt`. */
export const opName = (action: string): string => action.replace(/^kms:/i, '');

/** Letters and digits only, as IAM allows in a Sid. */
export const sidPart = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '');

/** The last segment of an ARN's resource (`role/path/App` → `App`). */
export const shortName = (arn: string): string => {
  const tail = arn.slice(arn.lastIndexOf(':') + 1);
  return tail.slice(tail.lastIndexOf('/') + 1) || tail;
};

/** "the organization root", "OU Prod (ou-1)", "account 111122223333". */
export function levelName(s: Scenario, level: string): string {
  if (level === 'r-root') return 'the organization root';
  const ou = s.organization?.units.find((u) => u.id === level);
  if (ou) return `OU ${ou.name ? `${ou.name} (${ou.id})` : ou.id}`;
  return `account ${level}`;
}

/** A document as a reader names it. */
export function documentName(s: Scenario, id: string): string {
  const colon = id.indexOf(':');
  const type = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  const hash = rest.lastIndexOf('#');
  const owner = hash < 0 ? rest : rest.slice(0, hash);
  const name = hash < 0 ? '' : rest.slice(hash + 1);
  switch (type) {
    case 'key': {
      const k = s.keys.find((x) => id.endsWith(keyIdOf(x.arn)));
      return `the key policy of ${k ? keyName(k) : rest}`;
    }
    case 'identity':
      return `identity policy "${name}" of ${owner}`;
    case 'group':
      return `group policy "${name}" of ${owner}`;
    case 'boundary':
      return `the permissions boundary of ${rest}`;
    case 'session':
      return `the session policy of request ${rest}`;
    case 'vpce':
      return `the endpoint policy of ${rest}`;
    case 'scp':
    case 'rcp': {
      const p = s.organization?.policies.find((x) => x.id === rest);
      const levels = (p?.targets ?? []).map((t) => levelName(s, t)).join(', ');
      const label = p?.name && p.name !== p.id ? `${p.name} (${p.id})` : rest;
      return `${type.toUpperCase()} ${label}${levels ? `, attached at ${levels}` : ''}`;
    }
    default:
      return id;
  }
}
