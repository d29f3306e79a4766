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

export const ORGANIZATION_FIELDS = ['units', 'policies'] as const;
export const UNIT_FIELDS = ['id', 'parent', 'name'] as const;
export const POLICY_FIELDS = ['id', 'type', 'name', 'targets', 'document'] as const;
export const ACCOUNT_FIELDS = ['id', 'name', 'parent', 'managementAccount'] as const;

/** `organization`: OUs and the SCPs/RCPs attached to root, OUs or accounts. */
export function readOrganization(ctx: ReadContext, value: unknown, path: Path): Organization {
  const obj = asObject(ctx, value, path, 'an object with "units" and "policies"');
  if (!obj) return { units: [], policies: [] };
  checkFields(ctx, obj, path, ORGANIZATION_FIELDS, 'an organization');
  const units = objectList(ctx, obj, 'units', path, 'organizational units').map((u) =>
    readUnit(ctx, u.value, u.path),
  );
  const policies = objectList(ctx, obj, 'policies', path, 'organization policies').map((p) =>
    readOrganizationPolicy(ctx, p.value, p.path),
  );
  return { units, policies };
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
