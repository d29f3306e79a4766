/** Policy statements and documents drawn from a vocabulary of real elements (kms-semantics 1.3, 2.1-2.7). Test-only. */
import fc from 'fast-check';
import type { Json } from '../../../scenario/types';
import { KMS_ACTIONS } from '../../catalog/operations';
import {
  type JsonObject,
  type DocKind,
  RESOURCE_BASED_KINDS,
  A1,
  A2,
  ACCOUNTS,
  root,
  user,
  role,
  session,
  group,
  SLR_PATH_NAME,
  SERVICES,
  KEY_ARNS,
  w,
  maybe,
  compact,
  anyJson,
  oneOrMany,
} from './vocabulary';
import { clauseArb, conditionValue } from './conditions';

// ---------------------------------------------------------------------------------------------
// Statement vocabulary (kms-semantics 1.3)

export const awsPrincipalString: fc.Arbitrary<string> = fc.oneof(
  w(4, fc.constantFrom(...ACCOUNTS).map(root)),
  w(1, fc.constantFrom(...ACCOUNTS)),
  w(
    5,
    fc
      .constantFrom(...ACCOUNTS)
      .chain((a) =>
        fc.constantFrom(
          user(a, 'Alice'),
          user(a, 'Bob'),
          role(a, 'App'),
          role(a, 'team/Deploy'),
          role(a, 'Deploy'),
          session(a, 'App', 's1'),
          role(a, SLR_PATH_NAME),
          `arn:aws:sts::${a}:federated-user/fed`,
        ),
      ),
  ),
  w(1, fc.constant('*')),
  // Invalid entries: groups are no principals, no partial wildcards (S28).
  w(1, fc.constantFrom(group(A1, 'Devs'), `arn:aws:iam::${A1}:user/*`, 'not-an-arn')),
);

export const principalValue: fc.Arbitrary<Json> = fc.oneof(
  w(3, fc.constant('*')),
  w(
    7,
    awsPrincipalString.map((x) => ({ AWS: x })),
  ),
  w(
    2,
    fc.array(awsPrincipalString, { minLength: 1, maxLength: 3 }).map((xs) => ({ AWS: xs })),
  ),
  w(
    2,
    fc.constantFrom(...SERVICES).map((x) => ({ Service: x })),
  ),
  w(
    1,
    fc
      .tuple(awsPrincipalString, fc.constantFrom(...SERVICES))
      .map(([a, s]) => ({ AWS: a, Service: [s] })),
  ),
  w(1, fc.constant({ Federated: 'cognito-identity.amazonaws.com' })),
);

export const ACTION_PATTERNS = [
  'kms:*',
  'kms:Generate*',
  'kms:ReEncrypt*',
  'KMS:decrypt',
  '*',
  's3:*',
  'kms:Describe*',
  'kms:Create*',
  'kms:List*',
  'kms:Get*',
  'kms:Put*',
  'kms:Retire*',
  'kms:?ncrypt',
  'kms:RetireGrant',
  'kms:PutKeyPolicy',
  'kms:CreateGrant',
];
export const actionString: fc.Arbitrary<string> = fc.oneof(
  w(3, fc.constantFrom(...KMS_ACTIONS)),
  w(3, fc.constantFrom(...ACTION_PATTERNS)),
);
export const actionValue: fc.Arbitrary<Json> = oneOrMany(actionString);

export const resourceString: fc.Arbitrary<string> = fc.oneof(
  w(4, fc.constant('*')),
  w(4, fc.constantFrom(...KEY_ARNS)),
  w(
    3,
    fc.constantFrom(
      `arn:aws:kms:*:${A1}:key/*`,
      `arn:aws:kms:*:*:key/*`,
      `arn:aws:kms:us-east-1:${A2}:key/*`,
      'arn:aws:kms:us-east-1:${aws:PrincipalAccount}:key/*',
      `arn:aws:kms:us-east-1:${A1}:alias/app`,
      `arn:aws:kms:*:${A1}:alias/*`,
      `arn:aws:kms:*:${A1}:key/mrk-*`,
    ),
  ),
  // Key ids and alias names never match in Resource (S15).
  w(1, fc.constantFrom('1234abcd-12ab-34cd-56ef-1234567890ab', 'alias/app')),
);
export const resourceValue: fc.Arbitrary<Json> = oneOrMany(resourceString);

/** Options for a statement: force an effect, or use arbitrary JSON in element positions. */
export interface StatementOptions {
  effect?: 'Allow' | 'Deny';
  garbage?: boolean;
}

/** A policy statement for a document of the given kind, from the vocabulary above. */
export function statementArb(kind: DocKind, opts: StatementOptions = {}): fc.Arbitrary<JsonObject> {
  const g = opts.garbage === true;
  const junk = <T extends Json>(arb: fc.Arbitrary<T>): fc.Arbitrary<Json> =>
    g ? fc.oneof(w(3, arb as fc.Arbitrary<Json>), w(1, anyJson(2))) : (arb as fc.Arbitrary<Json>);
  const resourceBased = RESOURCE_BASED_KINDS.has(kind);
  const principal: fc.Arbitrary<JsonObject> = resourceBased
    ? fc.oneof(
        w(
          18,
          junk(principalValue).map((v) => ({ Principal: v })),
        ),
        w(
          1,
          junk(principalValue).map((v) => ({ NotPrincipal: v })),
        ),
        w(1, fc.constant({})),
      )
    : fc.oneof(w(30, fc.constant({})), w(1, fc.constant({ Principal: '*' })));
  const effect: fc.Arbitrary<Json> = opts.effect
    ? fc.constant(opts.effect)
    : junk(
        fc.oneof(w(12, fc.constantFrom('Allow', 'Deny')), w(1, fc.constantFrom('allow', 'DENY'))),
      );
  const action: fc.Arbitrary<JsonObject> = fc.oneof(
    w(
      16,
      junk(actionValue).map((v) => ({ Action: v })),
    ),
    w(
      3,
      junk(actionValue).map((v) => ({ NotAction: v })),
    ),
    w(1, fc.constant({})),
  );
  const resource: fc.Arbitrary<JsonObject> =
    kind === 'key'
      ? fc.oneof(
          w(16, fc.constant({ Resource: '*' })),
          w(
            2,
            junk(resourceValue).map((v) => ({ Resource: v })),
          ),
          w(
            1,
            junk(resourceValue).map((v) => ({ NotResource: v })),
          ),
          w(1, fc.constant({})),
        )
      : fc.oneof(
          w(
            12,
            junk(resourceValue).map((v) => ({ Resource: v })),
          ),
          w(
            2,
            junk(resourceValue).map((v) => ({ NotResource: v })),
          ),
          w(1, fc.constant({})),
        );
  const condition = maybe(
    g
      ? fc.oneof(
          w(4, conditionValue),
          w(1, anyJson(2)),
          w(
            1,
            fc
              .tuple(
                fc.constantFrom(
                  'StringEquals',
                  'Bool',
                  'ForAnyValue:StringLike',
                  'IpAddress',
                  'Null',
                ),
                anyJson(2),
              )
              .map(([op, v]) => ({ [op]: v })),
          ),
          w(
            1,
            fc.tuple(clauseArb, anyJson(2)).map(([[op, key], v]) => ({ [op]: { [key]: v } })),
          ),
        )
      : conditionValue,
    2,
  );
  const sid = maybe(
    junk(
      fc.constantFrom('S1', 'S2', 'Enable IAM User Permissions', 'Allow use of the key', 'DenyAll'),
    ),
    1,
  );
  return fc
    .record({ sid, effect, principal, action, resource, condition })
    .map(
      ({ sid: Sid, effect: Effect, principal: p, action: a, resource: r, condition: Condition }) =>
        compact({ Sid, Effect, ...p, ...a, ...r, Condition }) as JsonObject,
    );
}

/** The default key policy's account statement (S3). */
export const enableIam = (account: string): JsonObject => ({
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: root(account) },
  Action: 'kms:*',
  Resource: '*',
});

/** Permissive statements typical for each kind, put first so that allows are common. */
export function typicalAllows(
  kind: DocKind,
  account: string,
  permissive: boolean,
): fc.Arbitrary<JsonObject[]> {
  switch (kind) {
    case 'key':
      return fc
        .record({
          own: fc.oneof(w(6, fc.constant(true)), w(permissive ? 0 : 1, fc.constant(false))),
          users: fc.oneof(w(2, fc.constant(false)), w(1, fc.constant(true))),
          other: fc.oneof(w(3, fc.constant(false)), w(1, fc.constant(true))),
        })
        .map(({ own, users, other }) => [
          ...(own ? [enableIam(account)] : []),
          ...(users
            ? [
                {
                  Sid: 'Allow use of the key',
                  Effect: 'Allow',
                  Principal: { AWS: [role(account, 'App'), user(account, 'Alice')] },
                  Action: [
                    'kms:Encrypt',
                    'kms:Decrypt',
                    'kms:ReEncrypt*',
                    'kms:GenerateDataKey*',
                    'kms:DescribeKey',
                  ],
                  Resource: '*',
                },
              ]
            : []),
          ...(other ? [enableIam(account === A1 ? A2 : A1)] : []),
        ]);
    case 'scp':
    case 'boundary':
    case 'session':
      return fc.constantFrom<JsonObject[]>(
        [{ Effect: 'Allow', Action: '*', Resource: '*' }],
        [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
      );
    case 'rcp':
    case 'vpce':
      return fc.constant<JsonObject[]>([
        { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
      ]);
    case 'identity':
      return fc.constantFrom<JsonObject[]>(
        [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
        [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
        [{ Effect: 'Allow', Action: '*', Resource: '*' }],
        [
          {
            Effect: 'Allow',
            Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'],
            Resource: `arn:aws:kms:*:${A1}:key/*`,
          },
        ],
        [{ Effect: 'Allow', Action: 'kms:*', Resource: KEY_ARNS[0] ?? '*' }],
      );
  }
}

export interface DocumentOptions {
  /** Account whose default statements the document uses (key policies: the key's account). */
  account?: string;
  garbage?: boolean;
  /** Always start with the kind's typical Allow statements (more requests are allowed). */
  permissive?: boolean;
}

/** A policy document of a kind: Version, an optional Id, and 0-4 statements (usually an array). */
export function documentArb(kind: DocKind, opts: DocumentOptions = {}): fc.Arbitrary<Json> {
  const g = opts.garbage === true;
  const p = opts.permissive === true;
  const account = opts.account ?? A1;
  const structured = fc
    .record({
      version: fc.oneof(
        w(10, fc.constant('2012-10-17')),
        w(1, fc.constant('2008-10-17')),
        w(1, fc.constant(undefined)),
      ),
      id: maybe(fc.constant('key-default-1'), 4),
      first: fc.oneof(w(3, typicalAllows(kind, account, p)), w(p ? 0 : 1, fc.constant([]))),
      rest: fc.array(statementArb(kind, { garbage: g }), { maxLength: 3 }),
      single: fc.oneof(w(12, fc.constant(false)), w(1, fc.constant(true))),
    })
    .map(({ version, id, first, rest, single }) => {
      const statements = [...first, ...rest];
      const Statement: Json =
        single && statements.length === 1 ? (statements[0] as JsonObject) : statements;
      return compact({ Version: version, Id: id, Statement }) as Json;
    });
  if (!g) return structured;
  return fc.oneof(
    w(6, structured),
    w(1, anyJson(3)),
    w(
      1,
      anyJson(2).map((Statement) => ({ Version: '2012-10-17', Statement })),
    ),
    w(
      1,
      fc
        .array(anyJson(2), { maxLength: 3 })
        .map((Statement) => ({ Version: '2012-10-17', Statement })),
    ),
  );
}
