import { stringList, stringMap } from './fieldCollections';
import {
  addString,
  asObject,
  checkFields,
  optBoolean,
  reqString,
  type Path,
  type ReadContext,
} from './fields';
import type { Grant, GrantConstraints } from './types';

export const GRANT_FIELDS = [
  'grantId',
  'key',
  'name',
  'granteePrincipal',
  'retiringPrincipal',
  'operations',
  'constraints',
  'issuingAccount',
  'grantToken',
  'propagated',
] as const;
export const CONSTRAINT_FIELDS = [
  'encryptionContextEquals',
  'encryptionContextSubset',
  'sourceArn',
] as const;

const ARN = 'a string (an IAM ARN or service principal)';

/** `grants[]`: a grant on one key. */
export function readGrant(ctx: ReadContext, value: unknown, path: Path): Grant {
  const obj = asObject(
    ctx,
    value,
    path,
    'a grant { "grantId", "key", "granteePrincipal", "operations", ... }',
  );
  if (!obj) return { grantId: '', key: '', granteePrincipal: '', operations: [], propagated: true };
  checkFields(ctx, obj, path, GRANT_FIELDS, 'a grant');
  const grant: Grant = {
    grantId: reqString(ctx, obj, 'grantId', path, 'a string (the grant id)'),
    key: reqString(ctx, obj, 'key', path, 'a string (the key id or key ARN)'),
    granteePrincipal: reqString(ctx, obj, 'granteePrincipal', path, ARN),
    operations: stringList(
      ctx,
      obj,
      'operations',
      path,
      'grant operations (strings such as "Decrypt")',
      true,
    ),
    propagated: optBoolean(ctx, obj, 'propagated', path, true),
  };
  addString(ctx, obj, path, grant, 'name');
  addString(ctx, obj, path, grant, 'retiringPrincipal', ARN);
  addString(
    ctx,
    obj,
    path,
    grant,
    'issuingAccount',
    'a string (an account principal such as "arn:aws:iam::111122223333:root")',
  );
  addString(ctx, obj, path, grant, 'grantToken');
  if (obj['constraints'] !== undefined) {
    const constraints = readConstraints(ctx, obj['constraints'], [...path, 'constraints']);
    if (constraints) grant.constraints = constraints;
  }
  return grant;
}

function readConstraints(
  ctx: ReadContext,
  value: unknown,
  path: Path,
): GrantConstraints | undefined {
  const obj = asObject(
    ctx,
    value,
    path,
    'grant constraints { "encryptionContextEquals" } or { "encryptionContextSubset" }',
  );
  if (!obj) return undefined;
  checkFields(ctx, obj, path, CONSTRAINT_FIELDS, 'a grant constraint');
  const constraints: GrantConstraints = {};
  const equals = stringMap(ctx, obj, 'encryptionContextEquals', path, 'an encryption context');
  const subset = stringMap(ctx, obj, 'encryptionContextSubset', path, 'an encryption context');
  if (equals !== undefined) constraints.encryptionContextEquals = equals;
  if (subset !== undefined) constraints.encryptionContextSubset = subset;
  addString(ctx, obj, path, constraints, 'sourceArn', 'an AWS resource ARN');
  if (equals !== undefined && subset !== undefined) {
    ctx.issues.error(
      path,
      'ConflictingFields',
      'a grant constraint holds either "encryptionContextEquals" or "encryptionContextSubset", not both',
    );
  }
  return constraints;
}
