/** Condition blocks drawn from real operators and KMS and global condition keys (kms-semantics 1.4, 2.3-2.7). Test-only. */
import fc from 'fast-check';
import type { Json } from '../../../scenario/types';
import { A1, A2, ACCOUNTS, root, user, role, w } from './vocabulary';

export const STRING_OPS = [
  'StringEquals',
  'StringNotEquals',
  'StringLike',
  'StringNotLike',
  'StringEqualsIfExists',
  'StringNotEqualsIfExists',
  'StringEqualsIgnoreCase',
  'StringLikeIfExists',
];
export const SET_OPS = [
  'ForAnyValue:StringEquals',
  'ForAllValues:StringEquals',
  'ForAnyValue:StringLike',
  'ForAllValues:StringNotEquals',
  'ForAnyValue:StringNotEquals',
  'StringEquals',
];

export interface ClauseSpec {
  ops: string[];
  keys: string[];
  values: Json[];
}

export const CLAUSE_SPECS: ClauseSpec[] = [
  {
    ops: STRING_OPS,
    keys: ['kms:EncryptionContext:dept', 'kms:encryptioncontext:Dept'],
    values: ['finance', 'hr', 'fin*', '${aws:username}'],
  },
  {
    ops: STRING_OPS,
    keys: ['kms:CallerAccount', 'aws:PrincipalAccount', 'aws:ResourceAccount'],
    values: [...ACCOUNTS],
  },
  {
    ops: STRING_OPS,
    keys: ['kms:ViaService'],
    values: ['ec2.us-east-1.amazonaws.com', 's3.us-east-1.amazonaws.com', '*.amazonaws.com'],
  },
  { ops: STRING_OPS, keys: ['kms:RequestAlias'], values: ['alias/app', 'alias/*', 'alias/other'] },
  { ops: STRING_OPS, keys: ['aws:PrincipalOrgID'], values: ['o-abc'] },
  { ops: STRING_OPS, keys: ['aws:PrincipalTag/team'], values: ['blue', 'red'] },
  { ops: STRING_OPS, keys: ['aws:SourceVpce'], values: ['vpce-1', 'vpce-2'] },
  { ops: STRING_OPS, keys: ['aws:username'], values: ['Alice', '${aws:username}', 'A*'] },
  {
    ops: STRING_OPS,
    keys: ['kms:GranteePrincipal', 'kms:RetiringPrincipal'],
    values: [user(A1, 'Alice'), role(A1, 'App'), 'arn:aws:iam::*'],
  },
  {
    ops: STRING_OPS,
    keys: ['kms:KeySpec', 'kms:EncryptionAlgorithm'],
    values: ['SYMMETRIC_DEFAULT', 'RSA_2048', 'RSAES_OAEP_SHA_256'],
  },
  { ops: SET_OPS, keys: ['kms:EncryptionContextKeys'], values: ['dept', 'app'] },
  {
    ops: SET_OPS,
    keys: ['kms:GrantOperations'],
    values: ['Decrypt', 'Encrypt', 'CreateGrant', 'RetireGrant'],
  },
  {
    ops: SET_OPS,
    keys: ['kms:ResourceAliases', 'aws:CalledVia'],
    values: ['alias/app', 'athena.amazonaws.com'],
  },
  {
    ops: ['IpAddress', 'NotIpAddress', 'IpAddressIfExists', 'NotIpAddressIfExists'],
    keys: ['aws:SourceIp'],
    values: ['10.0.0.0/8', '192.0.2.0/24', '2001:db8::/32', '203.0.113.5'],
  },
  {
    ops: ['ArnLike', 'ArnEquals', 'ArnNotLike', 'ArnNotEquals', 'ArnLikeIfExists'],
    keys: ['aws:PrincipalArn', 'aws:SourceArn'],
    values: [role(A1, '*'), user(A1, 'Alice'), 'arn:aws:iam::*:role/App', root(A2)],
  },
  {
    ops: ['Bool', 'BoolIfExists'],
    keys: [
      'kms:GrantIsForAWSResource',
      'aws:SecureTransport',
      'aws:ViaAWSService',
      'aws:MultiFactorAuthPresent',
      'aws:PrincipalIsAWSService',
      'kms:BypassPolicyLockoutSafetyCheck',
    ],
    values: [true, false, 'true', 'false'],
  },
  {
    ops: [
      'DateLessThan',
      'DateGreaterThan',
      'DateLessThanIfExists',
      'DateNotEquals',
      'DateGreaterThanEquals',
    ],
    keys: ['aws:CurrentTime', 'aws:TokenIssueTime'],
    values: ['2030-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 1700000000],
  },
  {
    ops: [
      'NumericLessThan',
      'NumericGreaterThanEquals',
      'NumericEquals',
      'NumericNotEquals',
      'NumericLessThanIfExists',
    ],
    keys: [
      'kms:ScheduleKeyDeletionPendingWindowInDays',
      'kms:RotationPeriodInDays',
      'aws:MultiFactorAuthAge',
    ],
    values: [10, '365', 30, 7],
  },
  {
    ops: ['Null'],
    keys: [
      'kms:EncryptionContextKeys',
      'kms:ViaService',
      'aws:SourceIp',
      'kms:RequestAlias',
      'aws:username',
      'kms:BypassPolicyLockoutSafetyCheck',
    ],
    values: ['true', 'false', true],
  },
  // Mistakes: wrong case, made-up operators, ForAllValues on a single-valued key (S4), unknown keys.
  {
    ops: ['stringequals', 'StringEqualsFoo', 'ForAllValues:StringEquals', 'NullIfExists'],
    keys: ['kms:EncryptionContext:dept', 'aws:x', 'aws:SourceIp'],
    values: ['finance', 'x'],
  },
];

export const clauseArb: fc.Arbitrary<[string, string, Json]> = fc
  .constantFrom(...CLAUSE_SPECS)
  .chain((spec) =>
    fc.tuple(
      fc.constantFrom(...spec.ops),
      fc.constantFrom(...spec.keys),
      fc.oneof(
        w(3, fc.constantFrom(...spec.values)),
        w(1, fc.subarray(spec.values, { minLength: 1 }) as fc.Arbitrary<Json>),
      ),
    ),
  );

export const conditionValue: fc.Arbitrary<Json> = fc
  .array(clauseArb, { minLength: 1, maxLength: 2 })
  .map((clauses) => {
    const out: { [op: string]: { [key: string]: Json } } = {};
    for (const [op, key, value] of clauses) (out[op] ??= {})[key] = value;
    return out;
  });
