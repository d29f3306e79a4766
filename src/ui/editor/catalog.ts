/**
 * The editor's catalogue of KMS actions and condition keys, for completions and hovers. Which
 * actions and keys exist, their types and which actions carry which key come from the AWS Service
 * Authorization Reference (`data/serviceReference.json`); what the playground's engine models
 * (grantable, key-policy use, its own type) comes from the engine's catalogue; every description
 * is our own words.
 */
import {
  CONDITION_KEYS,
  KEY_RESOURCE_OPERATIONS,
  KEY_RESOURCE_OPS,
  lookupConditionKey,
} from '../../engine/catalog/conditionKeys';
import { findOperation, KMS_ACTIONS } from '../../engine/catalog/operations';
import { ACTION_DESCRIPTIONS, EXTRA_KEY_DESCRIPTIONS } from './data/descriptions';
import referenceJson from './data/serviceReference.json';
import type { ServiceReference } from './data/serviceReferenceTypes';

const reference: ServiceReference = referenceJson;

/** Groups in which completions list the actions. */
export type ActionGroup = 'cryptographic' | 'grants' | 'keyManagement' | 'aliases' | 'keyless';

/** Display names of the groups, in list order. */
export const ACTION_GROUPS: readonly { id: ActionGroup; label: string }[] = [
  { id: 'cryptographic', label: 'Cryptographic' },
  { id: 'grants', label: 'Grants' },
  { id: 'keyManagement', label: 'Key management' },
  { id: 'aliases', label: 'Aliases' },
  { id: 'keyless', label: 'Keyless (Resource "*")' },
];

/** One KMS permission. */
export interface ActionEntry {
  /** IAM action name, e.g. `kms:Decrypt`. */
  name: string;
  group: ActionGroup;
  /** Access level from the reference. */
  accessLevel: string;
  /** Resource types from the reference; empty means `Resource: "*"` only. */
  resourceTypes: readonly string[];
  /** Condition keys a request for it can carry (families as prefixes). */
  conditionKeys: readonly string[];
  description: string;
  /** False for permissions the reference lists but the engine does not evaluate. */
  modelled: boolean;
  /** May appear in a grant's operations. */
  grantable: boolean;
}

/** One condition key, or a family such as `kms:EncryptionContext:`. */
export interface ConditionKeyEntry {
  /** Canonical spelling; a family ends in `:` or `/`. */
  name: string;
  family: boolean;
  /** Type as the reference names it (`String`, `Bool`, `ARN`, `IP`, ...). */
  type: string;
  /** The engine's type when it compares the key differently from the reference's type. */
  engineType?: string;
  multiValued: boolean;
  /** KMS actions (`kms:Decrypt`) whose requests carry it, or `all` for global keys. */
  actions: readonly string[] | 'all';
  /** False when KMS rejects the key in a key policy. */
  keyPolicyAllowed: boolean;
  /** `kms` for KMS keys, `global` for `aws:*` and cross-service global keys. */
  scope: 'kms' | 'global';
  description: string;
  /** False when the engine's catalogue does not know the key. */
  modelled: boolean;
  /** Enumerated suffixes of a family, e.g. `PCR0` for `kms:RecipientAttestation:`. */
  variants?: readonly string[];
}

function groupOf(name: string, resourceTypes: readonly string[]): ActionGroup {
  if (/Grant/.test(name)) return 'grants';
  if (/Alias/.test(name)) return 'aliases';
  if (resourceTypes.length === 0) return 'keyless';
  if (findOperation(name)?.category === 'crypto') return 'cryptographic';
  return 'keyManagement';
}

/** Every KMS permission in the reference, grouped and sorted by name within a group. */
export const ACTIONS: readonly ActionEntry[] = reference.actions.map((a) => {
  const op = findOperation(a.name);
  return {
    name: `kms:${a.name}`,
    group: groupOf(a.name, a.resourceTypes),
    accessLevel: a.accessLevel,
    resourceTypes: a.resourceTypes,
    conditionKeys: a.conditionKeys,
    description: ACTION_DESCRIPTIONS[a.name] ?? '',
    modelled: op !== undefined || KMS_ACTIONS.includes(`kms:${a.name}`),
    grantable: op?.grantable ?? false,
  };
});

const ACTION_BY_LOWER = new Map(ACTIONS.map((a) => [a.name.toLowerCase(), a]));

/** Finds an action by IAM name (`kms:Decrypt`, any letter case). */
export function findAction(name: string): ActionEntry | undefined {
  return ACTION_BY_LOWER.get(name.toLowerCase());
}

/** Actions an IAM action pattern such as `kms:Generate*` or `kms:*` matches. */
export function matchActions(pattern: string): ActionEntry[] {
  if (pattern === '*') return [...ACTIONS];
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  const regex = new RegExp(`^${source}$`, 'i');
  return ACTIONS.filter((a) => regex.test(a.name));
}

const normalType = (t: string) => t.replace(/^ArrayOf/, '').replace('IPAddress', 'IP');
const isFamily = (name: string) => name.endsWith(':') || name.endsWith('/');
const engineInfo = (name: string) => lookupConditionKey(isFamily(name) ? `${name}x` : name);

function engineActions(name: string): readonly string[] | 'all' {
  const ops = engineInfo(name)?.operations;
  if (!ops) return 'all';
  return ops
    .flatMap((o) => (o === KEY_RESOURCE_OPS ? KEY_RESOURCE_OPERATIONS : [o]))
    .map((o) => `kms:${o}`);
}

function keyEntry(
  key: { name: string; type: string; variants?: string[] },
  scope: ConditionKeyEntry['scope'],
  listedByKms: boolean,
): ConditionKeyEntry {
  const info = engineInfo(key.name);
  const type = normalType(key.type);
  const actions = listedByKms
    ? ACTIONS.filter((a) => a.conditionKeys.includes(key.name)).map((a) => a.name)
    : engineActions(key.name);
  return {
    name: key.name,
    family: isFamily(key.name),
    type,
    ...(info && info.type !== type ? { engineType: info.type } : {}),
    multiValued: key.type.startsWith('ArrayOf') || (info?.multiValued ?? false),
    actions,
    keyPolicyAllowed: info?.keyPolicyAllowed ?? true,
    scope,
    description: info?.description ?? EXTRA_KEY_DESCRIPTIONS[key.name] ?? '',
    modelled: info !== undefined,
    ...(key.variants ? { variants: key.variants } : {}),
  };
}

/**
 * Every KMS condition key and every global key: the reference's, plus any the engine knows that
 * the reference does not list (so that completions never miss what the engine evaluates).
 */
export const CONDITION_KEY_ENTRIES: readonly ConditionKeyEntry[] = (() => {
  // KMS's own list names a few global keys (aws:ResourceTag/, aws:TagKeys) with the actions that
  // carry them: those entries win over the generic global ones.
  const entries = reference.conditionKeys.map((k) =>
    keyEntry(k, k.name.startsWith('kms:') ? 'kms' : 'global', true),
  );
  const known = new Set(entries.map((e) => e.name.toLowerCase()));
  const add = (e: ConditionKeyEntry) => {
    if (known.has(e.name.toLowerCase())) return;
    known.add(e.name.toLowerCase());
    entries.push(e);
  };
  for (const k of reference.globalConditionKeys) add(keyEntry(k, 'global', false));
  for (const info of CONDITION_KEYS) {
    const scope = info.name.startsWith('kms:') ? 'kms' : 'global';
    add(keyEntry({ name: info.name, type: info.type }, scope, false));
  }
  return entries;
})();

const KEY_BY_LOWER = new Map(CONDITION_KEY_ENTRIES.map((k) => [k.name.toLowerCase(), k]));
const FAMILIES = CONDITION_KEY_ENTRIES.filter((k) => k.family);

/** Finds a condition key as written in a policy (any letter case; family members included). */
export function findConditionKey(name: string): ConditionKeyEntry | undefined {
  const lower = name.toLowerCase();
  const exact = KEY_BY_LOWER.get(lower);
  if (exact) return exact;
  return FAMILIES.find(
    (f) => lower.length > f.name.length && lower.startsWith(f.name.toLowerCase()),
  );
}

/** Version, package and licence of the reference data, for the hover footer and docs. */
export const REFERENCE_SOURCE = {
  package: reference.package,
  version: reference.version,
  licence: reference.licence,
};
