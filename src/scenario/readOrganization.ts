import { ORGANIZATION_POLICY_TYPES } from './enums';
import { objectList, stringList } from './fieldCollections';
import {
  addString,
  asObject,
  checkFields,
  optBoolean,
  reqEnum,
  reqString,
  type Path,
  type ReadContext,
} from './fields';
import { readDocumentField } from './policyDocument';
import type { Account, Organization, OrganizationalUnit, OrganizationPolicy } from './types';

export const ORGANIZATION_FIELDS = ['id', 'rootId', 'units', 'policies'] as const;

/** AWS Organizations id patterns (Organizations API reference: Organization, Root). */
export const ORGANIZATION_ID_PATTERN = '^o-[a-z0-9]{10,32}$';
export const ROOT_ID_PATTERN = '^r-[0-9a-z]{4,32}$';
export const UNIT_FIELDS = ['id', 'parent', 'name'] as const;
export const POLICY_FIELDS = ['id', 'type', 'name', 'targets', 'document'] as const;
export const ACCOUNT_FIELDS = ['id', 'name', 'parent', 'managementAccount'] as const;

/** `organization`: OUs and the SCPs/RCPs attached to root, OUs or accounts. */
export function readOrganization(ctx: ReadContext, value: unknown, path: Path): Organization {
  const obj = asObject(ctx, value, path, 'an object with "units" and "policies"');
  if (!obj) return { units: [], policies: [] };
  checkFields(ctx, obj, path, ORGANIZATION_FIELDS, 'an organization');
  const id = patterned(
    ctx,
    obj,
    'id',
    path,
    ORGANIZATION_ID_PATTERN,
    'an organization id such as "o-a1b2c3d4e5"',
  );
  const rootId = patterned(ctx, obj, 'rootId', path, ROOT_ID_PATTERN, 'a root id such as "r-ab12"');
  const units = objectList(ctx, obj, 'units', path, 'organizational units').map((u) =>
    readUnit(ctx, u.value, u.path),
  );
  const policies = objectList(ctx, obj, 'policies', path, 'organization policies').map((p) =>
    readOrganizationPolicy(ctx, p.value, p.path),
  );
  const org: Organization = { units, policies };
  if (id !== undefined) org.id = id;
  if (rootId !== undefined) org.rootId = rootId;
  return org;
}

/** An optional string that must match an AWS id pattern; a mismatch is an error and is dropped. */
function patterned(
  ctx: ReadContext,
  obj: Record<string, unknown>,
  key: 'id' | 'rootId',
  path: Path,
  pattern: string,
  expected: string,
): string | undefined {
  const holder: { id?: string; rootId?: string } = {};
  addString(ctx, obj, path, holder, key, expected);
  const value = holder[key];
  if (value === undefined || new RegExp(pattern).test(value)) return value;
  ctx.issues.error([...path, key], 'InvalidValue', `expected ${expected}, got "${value}"`);
  return undefined;
}

function readUnit(ctx: ReadContext, value: unknown, path: Path): OrganizationalUnit {
  const obj = asObject(ctx, value, path, 'an organizational unit { "id", "parent", "name" }');
  if (!obj) return { id: '', parent: '' };
  checkFields(ctx, obj, path, UNIT_FIELDS, 'an organizational unit');
  const unit: OrganizationalUnit = {
    id: reqString(ctx, obj, 'id', path, 'a string (an OU id such as "ou-prod")'),
    parent: reqString(ctx, obj, 'parent', path, 'a string ("r-root" or an OU id)'),
  };
  addString(ctx, obj, path, unit, 'name');
  return unit;
}

function readOrganizationPolicy(ctx: ReadContext, value: unknown, path: Path): OrganizationPolicy {
  const obj = asObject(
    ctx,
    value,
    path,
    'an organization policy { "id", "type", "targets", "document" }',
  );
  if (!obj) return { id: '', type: 'SCP', targets: [], document: {} };
  checkFields(ctx, obj, path, POLICY_FIELDS, 'an organization policy');
  const id = reqString(ctx, obj, 'id', path, 'a string (a policy id such as "p-deny-delete")');
  const type = reqEnum(ctx, obj, 'type', path, ORGANIZATION_POLICY_TYPES, 'a policy type');
  const policy: OrganizationPolicy = { id, type, targets: [], document: {} };
  addString(ctx, obj, path, policy, 'name');
  const targets = 'targets ("r-root", an OU id or an account id)';
  policy.targets = stringList(ctx, obj, 'targets', path, targets, true);
  const what = type === 'RCP' ? 'resource control policy' : 'service control policy';
  policy.document = readDocumentField(ctx, obj, 'document', path, what, true) ?? {};
  return policy;
}

/** `accounts[]`: one AWS account, inside the organization when it has a parent. */
export function readAccount(ctx: ReadContext, value: unknown, path: Path): Account {
  const obj = asObject(ctx, value, path, 'an account { "id", "name", "parent" }');
  if (!obj) return { id: '', managementAccount: false };
  checkFields(ctx, obj, path, ACCOUNT_FIELDS, 'an account');
  const id = reqString(ctx, obj, 'id', path, 'a string (a 12-digit account id)');
  const account: Account = { id, managementAccount: false };
  addString(ctx, obj, path, account, 'name');
  addString(ctx, obj, path, account, 'parent', 'a string ("r-root" or an OU id)');
  account.managementAccount = optBoolean(ctx, obj, 'managementAccount', path, false);
  return account;
}
