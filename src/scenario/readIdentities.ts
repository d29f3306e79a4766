import { objectList, stringList, stringMap } from './fieldCollections';
import {
  addString,
  asObject,
  checkFields,
  reqString,
  type Obj,
  type Path,
  type ReadContext,
} from './fields';
import { readDocumentField } from './policyDocument';
import type { Group, NamedPolicy, Principal } from './types';

export const PRINCIPAL_FIELDS = [
  'arn',
  'name',
  'roleArn',
  'policies',
  'groups',
  'permissionsBoundary',
  'tags',
] as const;
export const GROUP_FIELDS = ['arn', 'policies'] as const;
export const NAMED_POLICY_FIELDS = ['name', 'document'] as const;

const ARN = 'a string (an IAM ARN or service principal)';

/** `principals[]`: a caller with its identity policies, groups, boundary and tags. */
export function readPrincipal(ctx: ReadContext, value: unknown, path: Path): Principal {
  const obj = asObject(ctx, value, path, 'a principal { "arn", "policies", ... }');
  if (!obj) return { arn: '', policies: [], groups: [], tags: {} };
  checkFields(ctx, obj, path, PRINCIPAL_FIELDS, 'a principal');
  const principal: Principal = {
    arn: reqString(ctx, obj, 'arn', path, ARN),
    policies: [],
    groups: [],
    tags: {},
  };
  addString(ctx, obj, path, principal, 'name');
  addString(ctx, obj, path, principal, 'roleArn', 'a string (the role ARN, with its path)');
  principal.policies = readNamedPolicies(ctx, obj, path);
  principal.groups = stringList(ctx, obj, 'groups', path, 'group ARNs (strings)');
  const boundary = readDocumentField(
    ctx,
    obj,
    'permissionsBoundary',
    path,
    'permissions boundary',
    false,
  );
  if (boundary !== undefined) principal.permissionsBoundary = boundary;
  principal.tags = stringMap(ctx, obj, 'tags', path, 'principal tags') ?? {};
  return principal;
}

/** `groups[]`: an IAM group and its identity policies. */
export function readGroup(ctx: ReadContext, value: unknown, path: Path): Group {
  const obj = asObject(ctx, value, path, 'a group { "arn", "policies" }');
  if (!obj) return { arn: '', policies: [] };
  checkFields(ctx, obj, path, GROUP_FIELDS, 'a group');
  return {
    arn: reqString(ctx, obj, 'arn', path, 'a string (an IAM group ARN)'),
    policies: readNamedPolicies(ctx, obj, path),
  };
}

function readNamedPolicies(ctx: ReadContext, owner: Obj, ownerPath: Path): NamedPolicy[] {
  const items = objectList(
    ctx,
    owner,
    'policies',
    ownerPath,
    'identity policies { "name", "document" }',
  );
  return items.map(({ value, path }) => {
    const obj = asObject(ctx, value, path, 'an identity policy { "name", "document" }');
    if (!obj) return { name: '', document: {} };
    checkFields(ctx, obj, path, NAMED_POLICY_FIELDS, 'an identity policy');
    return {
      name: reqString(ctx, obj, 'name', path, 'a string (the policy name)'),
      document: readDocumentField(ctx, obj, 'document', path, 'identity policy', true) ?? {},
    };
  });
}
