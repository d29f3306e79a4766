/**
 * fast-check arbitraries for decoded Scenarios that exercise the KMS engine for real: accounts in
 * and out of an organization, users, roles, role sessions, root and service principals, keys of
 * every state/spec/usage, key policies, identity policies, boundaries, session policies, SCPs,
 * RCPs, a VPC endpoint, grants, and requests for every KMS operation with their parameters.
 * Statements are drawn from a vocabulary of real elements (kms-semantics 1.3, 2.1-2.7), so most
 * generated requests reach the authorization steps and a fair share of them is allowed.
 *
 * `scenarioArb({ permissive: true })` starts every document with its kind's typical Allow
 * statements (more allowed requests, for the monotonicity properties). `scenarioArb({ garbage:
 * true })` also puts arbitrary JSON in every Json-typed position (policy documents, statement
 * elements, condition blocks, request parameters) and odd strings in the string fields, for the
 * never-throws properties.
 *
 * Test-only: imported by the property tests, never by the app.
 */
import fc from 'fast-check';
import { KEY_ORIGINS, KEY_STATES, KEY_USAGES } from '../../scenario/enums';
import type {
  Account,
  ContextValue,
  Grant,
  Group,
  Json,
  Key,
  NamedPolicy,
  Organization,
  OrganizationPolicy,
  Principal,
  Request,
  Scenario,
  VpcEndpoint,
} from '../../scenario/types';
import { API_OPERATIONS, GRANT_OPERATIONS, KMS_ACTIONS } from '../catalog/operations';

export type JsonObject = { [key: string]: Json };

/** The policy kinds of kms-semantics 0.1 (a PutKeyPolicy/CreateKey `Policy` is a `key` document). */
export type DocKind = 'key' | 'identity' | 'boundary' | 'session' | 'scp' | 'rcp' | 'vpce';

/** Resource-based kinds carry a Principal (S2, S13, S17). */
export const RESOURCE_BASED_KINDS: ReadonlySet<DocKind> = new Set<DocKind>(['key', 'rcp', 'vpce']);

export const A1 = '111122223333';
export const A2 = '444455556666';
export const A3 = '777788889999';
export const ACCOUNTS = [A1, A2, A3] as const;
/** An account that no generated scenario, policy, context value or principal ever mentions. */
export const UNUSED_ACCOUNT = '999900001111';

export const root = (a: string) => `arn:aws:iam::${a}:root`;
export const user = (a: string, n: string) => `arn:aws:iam::${a}:user/${n}`;
export const role = (a: string, n: string) => `arn:aws:iam::${a}:role/${n}`;
export const session = (a: string, r: string, s: string) =>
  `arn:aws:sts::${a}:assumed-role/${r}/${s}`;
export const group = (a: string, n: string) => `arn:aws:iam::${a}:group/${n}`;
export const SLR_PATH_NAME =
  'aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling';
export const SLR_NAME = 'AWSServiceRoleForAutoScaling';
export const SERVICES = ['cloudtrail.amazonaws.com', 'ec2.amazonaws.com'] as const;

/** Key slots a scenario picks from; the two mrk- keys are a multi-Region primary and replica. */
export const KEY_SLOTS = [
  {
    arn: `arn:aws:kms:us-east-1:${A1}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    aliases: ['alias/app'],
  },
  {
    arn: `arn:aws:kms:us-east-1:${A1}:key/0987dcba-09fe-87dc-65ba-ab0987654321`,
    aliases: ['alias/other'],
  },
  {
    arn: `arn:aws:kms:us-east-1:${A2}:key/aaaabbbb-cccc-dddd-eeee-ffff00001111`,
    aliases: ['alias/app'],
  },
  {
    arn: `arn:aws:kms:us-east-1:${A1}:key/mrk-1234abcd12ab34cd56ef1234567890ab`,
    aliases: ['alias/global'],
    multiRegionKeyType: 'PRIMARY' as const,
  },
  {
    arn: `arn:aws:kms:us-west-2:${A1}:key/mrk-1234abcd12ab34cd56ef1234567890ab`,
    aliases: [],
    multiRegionKeyType: 'REPLICA' as const,
  },
];
const KEY_ARNS = KEY_SLOTS.map((k) => k.arn);

/** Every request principal the generator uses (callers), by account. */
function callersOf(a: string): string[] {
  return [
    user(a, 'Alice'),
    user(a, 'Bob'),
    role(a, 'App'),
    session(a, 'App', 's1'),
    session(a, 'Deploy', 's2'),
    root(a),
    session(a, SLR_NAME, 'AutoScaling'),
    `arn:aws:sts::${a}:federated-user/fed`,
  ];
}

/** Candidate scenario principals (users and roles) of an account. */
function principalCandidatesOf(a: string): string[] {
  return [
    user(a, 'Alice'),
    user(a, 'Bob'),
    role(a, 'App'),
    role(a, 'team/Deploy'),
    role(a, SLR_PATH_NAME),
  ];
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });

/** `undefined` with probability 1/(freq+1). */
const maybe = <T>(arb: fc.Arbitrary<T>, freq = 1): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq });

/** Object without its undefined-valued fields (the decoder never produces them). */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Arbitrary JSON, normalised through JSON so that -0 does not break deep equality. */
export const anyJson = (maxDepth = 3): fc.Arbitrary<Json> =>
  fc.jsonValue({ maxDepth }).map((v) => JSON.parse(JSON.stringify(v)) as Json);

/** One value or a non-empty list of values. */
const oneOrMany = <T extends Json>(arb: fc.Arbitrary<T>, max = 3): fc.Arbitrary<Json> =>
  fc.oneof(
    w(3, arb as fc.Arbitrary<Json>),
    w(1, fc.array(arb, { minLength: 1, maxLength: max }) as fc.Arbitrary<Json>),
  );

// ---------------------------------------------------------------------------------------------
// Statement vocabulary (kms-semantics 1.3)

const awsPrincipalString: fc.Arbitrary<string> = fc.oneof(
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

const ACTION_PATTERNS = [
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
const actionString: fc.Arbitrary<string> = fc.oneof(
  w(3, fc.constantFrom(...KMS_ACTIONS)),
  w(3, fc.constantFrom(...ACTION_PATTERNS)),
);
export const actionValue: fc.Arbitrary<Json> = oneOrMany(actionString);

const resourceString: fc.Arbitrary<string> = fc.oneof(
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

const STRING_OPS = [
  'StringEquals',
  'StringNotEquals',
  'StringLike',
  'StringNotLike',
  'StringEqualsIfExists',
  'StringNotEqualsIfExists',
  'StringEqualsIgnoreCase',
  'StringLikeIfExists',
];
const SET_OPS = [
  'ForAnyValue:StringEquals',
  'ForAllValues:StringEquals',
  'ForAnyValue:StringLike',
  'ForAllValues:StringNotEquals',
  'ForAnyValue:StringNotEquals',
  'StringEquals',
];

interface ClauseSpec {
  ops: string[];
  keys: string[];
  values: Json[];
}

const CLAUSE_SPECS: ClauseSpec[] = [
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

const clauseArb: fc.Arbitrary<[string, string, Json]> = fc
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
function typicalAllows(
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

// ---------------------------------------------------------------------------------------------
// Scenario parts

export interface ScenarioOptions {
  /** Arbitrary JSON in documents and parameters, odd strings in string fields. */
  garbage?: boolean;
  /** Every document starts with its kind's typical Allow statements, so more requests are allowed. */
  permissive?: boolean;
}

/** The options as every part generator reads them. */
interface Mode {
  garbage: boolean;
  permissive: boolean;
}

const CALLERS = ACCOUNTS.flatMap(callersOf);

/** Request principals: mostly the scenario's own principals (and sessions of its roles) and roots. */
function callerArb(m: Mode, principals: Principal[] = []): fc.Arbitrary<string> {
  const g = m.garbage;
  const own = principals.flatMap((p) => {
    const m = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(p.arn);
    return m ? [p.arn, session(m[1] ?? A1, m[2] ?? '', 's1')] : [p.arn];
  });
  const good = fc.oneof(
    w(own.length > 0 ? 14 : 0, fc.constantFrom(...(own.length > 0 ? own : [root(A1)]))),
    w(3, fc.constantFrom(root(A1), root(A1), root(A1), root(A2))),
    w(6, fc.constantFrom(...CALLERS.filter((c) => c.includes(A1)))),
    w(2, fc.constantFrom(...CALLERS)),
    w(1, fc.constantFrom(...SERVICES)),
  );
  return g
    ? fc.oneof(
        w(6, good),
        w(1, fc.string({ maxLength: 40 })),
        w(1, fc.constantFrom(A1, 'arn:aws:iam::111122223333:group/Devs', '')),
      )
    : good;
}

function accountsArb(m: Mode): fc.Arbitrary<Account[]> {
  const g = m.garbage;
  const one = (id: string): fc.Arbitrary<Account> =>
    fc
      .record({
        name: maybe(fc.constantFrom('Prod', 'Dev'), 1),
        parent: fc.oneof(
          w(2, fc.constant(undefined)),
          w(3, fc.constantFrom('r-root', 'ou-prod', 'ou-team')),
          w(g ? 1 : 0, fc.constant('ou-missing')),
        ),
        managementAccount: fc.oneof(w(6, fc.constant(false)), w(1, fc.constant(true))),
      })
      .map((a) => compact({ id, ...a }));
  return fc
    .tuple(one(A1), maybe(one(A2), 2), maybe(one(A3), 1))
    .map((xs) => xs.filter((x): x is Account => x !== undefined));
}

function organizationArb(m: Mode): fc.Arbitrary<Organization> {
  const g = m.garbage;
  const policy = fc.constantFrom<OrganizationPolicy['type']>('SCP', 'RCP').chain((type) =>
    fc.record({
      type: fc.constant(type),
      name: maybe(fc.constantFrom('FullAWSAccess', 'DenyKmsDelete'), 1),
      targets: fc.subarray(['r-root', 'ou-prod', 'ou-team', A1, A2], {
        minLength: 1,
        maxLength: 2,
      }),
      document: documentArb(type === 'SCP' ? 'scp' : 'rcp', {
        garbage: g,
        permissive: m.permissive,
      }),
    }),
  );
  return fc
    .record({
      units: fc.subarray([
        { id: 'ou-prod', parent: 'r-root', name: 'Prod' },
        { id: 'ou-team', parent: 'ou-prod' },
      ]),
      policies: fc.array(policy, { maxLength: 3 }),
    })
    .map(({ units, policies }) => ({
      units,
      policies: policies.map((p, i) => compact({ id: `p-${i}`, ...p }) as OrganizationPolicy),
    }));
}

const KEY_SHAPES: [string, Key['keyUsage']][] = [
  ['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT'],
  ['RSA_2048', 'ENCRYPT_DECRYPT'],
  ['RSA_2048', 'SIGN_VERIFY'],
  ['ECC_NIST_P256', 'SIGN_VERIFY'],
  ['HMAC_256', 'GENERATE_VERIFY_MAC'],
  ['ECC_NIST_P256', 'KEY_AGREEMENT'],
];

function keyArb(slot: (typeof KEY_SLOTS)[number], m: Mode): fc.Arbitrary<Key> {
  const g = m.garbage;
  const account = slot.arn.split(':')[4] ?? A1;
  const shape: fc.Arbitrary<[string, Key['keyUsage']]> = fc.oneof(
    w(12, fc.constant(KEY_SHAPES[0] as [string, Key['keyUsage']])),
    w(5, fc.constantFrom(...KEY_SHAPES)),
    w(
      1,
      fc.tuple(
        g
          ? fc.string({ minLength: 1, maxLength: 12 })
          : fc.constantFrom('SYMMETRIC_DEFAULT', 'RSA_4096', 'HMAC_512', 'ML_KEM_768'),
        fc.constantFrom(...KEY_USAGES),
      ),
    ),
  );
  return fc
    .record({
      arn: g
        ? fc.oneof(w(12, fc.constant(slot.arn)), w(1, fc.string({ maxLength: 30 })))
        : fc.constant(slot.arn),
      aliases: fc.oneof(
        w(4, fc.constant(slot.aliases)),
        w(1, fc.subarray([...slot.aliases, 'alias/extra'])),
      ),
      description: maybe(fc.constant('A key'), 3),
      state: fc.oneof(
        w(10, fc.constant<Key['state']>('Enabled')),
        w(3, fc.constantFrom(...KEY_STATES)),
      ),
      shape,
      origin: fc.oneof(
        w(10, fc.constant<Key['origin']>('AWS_KMS')),
        w(2, fc.constantFrom(...KEY_ORIGINS)),
      ),
      keyManager: fc.oneof(
        w(8, fc.constant<Key['keyManager']>('CUSTOMER')),
        w(1, fc.constant<Key['keyManager']>('AWS')),
      ),
      tags: fc.constantFrom<Record<string, string>>({}, {}, { Project: 'x' }),
      policy: documentArb('key', { account, garbage: g, permissive: m.permissive }),
    })
    .map(({ shape: [keySpec, keyUsage], ...k }) =>
      compact({
        ...k,
        keySpec,
        keyUsage,
        multiRegion: slot.multiRegionKeyType !== undefined,
        multiRegionKeyType: slot.multiRegionKeyType,
      }),
    );
}

function keysArb(m: Mode): fc.Arbitrary<Key[]> {
  return fc
    .subarray(KEY_SLOTS, { minLength: 1, maxLength: 2 })
    .chain((slots) => fc.tuple(...slots.map((s) => keyArb(s, m))));
}

function namedPoliciesArb(kind: DocKind, m: Mode, max: number): fc.Arbitrary<NamedPolicy[]> {
  const g = m.garbage;
  return fc
    .oneof(w(1, fc.constant(0)), w(3, fc.constant(1)), w(1, fc.integer({ min: 1, max })))
    .chain((n) =>
      fc.array(documentArb(kind, { garbage: g, permissive: m.permissive }), {
        minLength: n,
        maxLength: n,
      }),
    )
    .map((docs) => docs.map((document, i) => ({ name: `p${i}`, document })));
}

function principalArb(arn: string, m: Mode): fc.Arbitrary<Principal> {
  const g = m.garbage;
  const account = arn.split(':')[4] ?? A1;
  const isUser = arn.includes(':user/');
  return fc
    .record({
      name: maybe(fc.constant('Display name'), 3),
      policies: namedPoliciesArb('identity', m, 2),
      groups: isUser
        ? fc.subarray([group(account, 'Devs'), group(account, 'Ops')], { maxLength: 1 })
        : fc.constant<string[]>([]),
      permissionsBoundary: maybe(
        documentArb('boundary', { garbage: g, permissive: m.permissive }),
        3,
      ),
      tags: fc.constantFrom<Record<string, string>>({}, { team: 'blue' }),
    })
    .map((p) => compact({ arn, ...p }));
}

function principalsArb(accounts: Account[], m: Mode): fc.Arbitrary<Principal[]> {
  const candidates = [...new Set([...accounts.map((a) => a.id), A2])].flatMap(
    principalCandidatesOf,
  );
  return fc
    .subarray(candidates, { maxLength: 5 })
    .chain((arns) => fc.tuple(...arns.map((arn) => principalArb(arn, m))));
}

function groupsArb(accounts: Account[], m: Mode): fc.Arbitrary<Group[]> {
  const arns = accounts.map((a) => group(a.id, 'Devs'));
  return fc
    .subarray(arns)
    .chain((xs) =>
      fc.tuple(
        ...xs.map((arn) =>
          namedPoliciesArb('identity', m, 2).map((policies) => ({ arn, policies })),
        ),
      ),
    );
}

const ecArb: fc.Arbitrary<Record<string, string>> = fc.constantFrom<Record<string, string>>(
  { dept: 'finance' },
  { dept: 'hr' },
  { dept: 'finance', app: 'web' },
  { Dept: 'finance' },
  {},
);

function grantsArb(keys: Key[], m: Mode): fc.Arbitrary<Grant[]> {
  const g = m.garbage;
  const keyRef = fc.oneof(
    w(6, fc.constantFrom(...keys.map((k) => k.arn))),
    w(2, fc.constantFrom(...keys.map((k) => k.arn.slice(k.arn.indexOf(':key/') + 5)))),
    w(1, fc.constantFrom(...KEY_ARNS)),
  );
  const ops = fc.subarray([...GRANT_OPERATIONS, ...(g ? ['Frobnicate', 'RevokeGrant'] : [])], {
    minLength: 1,
    maxLength: 4,
  });
  const grant = fc.record({
    key: keyRef,
    name: maybe(fc.constant('ebs-attach'), 3),
    granteePrincipal: fc.oneof(
      w(8, callerArb(m)),
      w(2, fc.constantFrom(role(A1, 'App'), root(A1), root(A2))),
    ),
    retiringPrincipal: maybe(
      fc.oneof(callerArb(m), fc.constantFrom(role(A1, 'App'), root(A1), root(A2))),
      2,
    ),
    operations: ops,
    constraints: maybe(
      fc.oneof(
        ecArb.map((e) => ({ encryptionContextEquals: e })),
        ecArb.map((e) => ({ encryptionContextSubset: e })),
      ),
      2,
    ),
    issuingAccount: maybe(fc.constantFrom(root(A1), root(A2)), 3),
    hasToken: fc.boolean(),
    propagated: fc.oneof(w(3, fc.constant(true)), w(1, fc.constant(false))),
  });
  return fc.array(grant, { maxLength: 3 }).map((gs) =>
    gs.map(
      ({ hasToken, ...x }, i) =>
        compact({
          grantId: `g${i}`,
          ...x,
          grantToken: hasToken ? `tok-${i}` : undefined,
        }) as Grant,
    ),
  );
}

const ACTIONS: string[] = API_OPERATIONS.map((o) => `kms:${o}`);
/** Operations that take a key, weighted up: they reach the key policy. */
const KEY_ACTIONS = [
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:ReEncrypt',
  'kms:CreateGrant',
  'kms:RetireGrant',
  'kms:RevokeGrant',
  'kms:PutKeyPolicy',
  'kms:DescribeKey',
  'kms:Sign',
  'kms:ScheduleKeyDeletion',
  'kms:CreateAlias',
];

function actionArb(m: Mode): fc.Arbitrary<string> {
  const g = m.garbage;
  return fc.oneof(
    w(8, fc.constantFrom(...KEY_ACTIONS)),
    w(6, fc.constantFrom(...ACTIONS)),
    w(
      1,
      fc.constantFrom(
        'KMS:decrypt',
        'kms:reencrypt',
        's3:GetObject',
        'kms:NoSuchOperation',
        'kms:ReEncryptFrom',
      ),
    ),
    w(g ? 1 : 0, fc.string({ maxLength: 20 })),
  );
}

function keyRefArb(keys: Key[], m: Mode): fc.Arbitrary<string> {
  const g = m.garbage;
  const arns = keys.map((k) => k.arn);
  const good = fc.oneof(
    w(10, fc.constantFrom(...arns)),
    w(2, fc.constantFrom(...arns.map((a) => a.slice(a.indexOf(':key/') + 5)))),
    w(2, fc.constantFrom('alias/app', ...keys.flatMap((k) => k.aliases))),
    w(
      1,
      fc.constantFrom(
        `arn:aws:kms:us-east-1:${A1}:alias/app`,
        `arn:aws:kms:us-east-1:${A2}:alias/app`,
      ),
    ),
    w(1, fc.constantFrom(...KEY_ARNS)),
  );
  return g ? fc.oneof(w(8, good), w(1, fc.string({ maxLength: 30 }))) : good;
}

const PARAM_NAMES = [
  'Operations',
  'Constraints',
  'CiphertextBlob',
  'DestinationKeyId',
  'DestinationEncryptionContext',
  'GrantId',
  'GrantToken',
  'Policy',
  'GranteePrincipal',
  'RetiringPrincipal',
  'BypassPolicyLockoutSafetyCheck',
  'PendingWindowInDays',
  'RotationPeriodInDays',
  'Tags',
  'TagKeys',
  'AliasName',
  'TargetKeyId',
  'EncryptionAlgorithm',
  'KeySpec',
  'SigningAlgorithm',
];

/** Parameters in AWS's spelling for the operation (kms-semantics 2.7, 1.6). */
function parametersArb(action: string, keys: Key[], m: Mode): fc.Arbitrary<Record<string, Json>> {
  const g = m.garbage;
  const keyRef = keyRefArb(keys, m);
  const api = action.toLowerCase() === 'kms:reencrypt' ? 'ReEncrypt' : action.replace(/^kms:/i, '');
  const blob = fc.record({ key: keyRef, encryptionContext: ecArb }).map((b) => compact(b));
  const grantOps = fc.subarray([...GRANT_OPERATIONS, 'Frobnicate'], { minLength: 1, maxLength: 3 });
  const constraints = fc.oneof(
    ecArb.map((e) => ({ EncryptionContextEquals: e })),
    ecArb.map((e) => ({ EncryptionContextSubset: e })),
  );
  const base: fc.Arbitrary<Record<string, Json | undefined>> = (() => {
    switch (api) {
      case 'ReEncrypt':
        return fc.record({
          DestinationKeyId: maybe(keyRef, 8),
          DestinationEncryptionContext: maybe(ecArb, 1),
          CiphertextBlob: maybe(blob, 1),
        });
      case 'Decrypt':
        return fc.record({
          CiphertextBlob: maybe(blob, 2),
          EncryptionAlgorithm: maybe(fc.constantFrom('SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_256'), 1),
        });
      case 'CreateGrant':
        return fc.record({
          GranteePrincipal: maybe(
            fc.oneof(
              w(6, callerArb(m)),
              w(1, fc.constantFrom(group(A1, 'Devs'), 'ec2.amazonaws.com')),
            ),
            8,
          ),
          Operations: maybe(grantOps, 8),
          RetiringPrincipal: maybe(callerArb(m), 1),
          Constraints: maybe(constraints, 1),
        });
      case 'RetireGrant':
      case 'RevokeGrant':
        return fc.record({
          GrantId: maybe(fc.constantFrom('g0', 'g1', 'g2', 'g9'), 4),
          GrantToken: maybe(fc.constantFrom('tok-0', 'tok-1', 'tok-9'), 1),
        });
      case 'PutKeyPolicy':
      case 'CreateKey':
        return fc.record({
          Policy: maybe(
            documentArb('key', { account: A1, garbage: g, permissive: m.permissive }),
            api === 'PutKeyPolicy' ? 8 : 1,
          ),
          BypassPolicyLockoutSafetyCheck: maybe(fc.boolean(), 1),
          KeySpec:
            api === 'CreateKey'
              ? maybe(fc.constantFrom('RSA_2048', 'SYMMETRIC_DEFAULT'), 1)
              : fc.constant(undefined),
        });
      case 'ScheduleKeyDeletion':
        return fc.record({ PendingWindowInDays: maybe(fc.constantFrom(3, 7, 30, 31), 2) });
      case 'EnableKeyRotation':
        return fc.record({ RotationPeriodInDays: maybe(fc.constantFrom(30, 90, 365, 2561), 2) });
      case 'CreateAlias':
      case 'UpdateAlias':
      case 'DeleteAlias':
        return fc.record({
          AliasName: maybe(fc.constantFrom('alias/new', 'alias/app'), 3),
          TargetKeyId: maybe(keyRef, 2),
        });
      case 'Sign':
      case 'Verify':
        return fc.record({
          SigningAlgorithm: maybe(fc.constant('RSASSA_PSS_SHA_256'), 1),
          MessageType: maybe(fc.constantFrom('RAW', 'DIGEST'), 1),
        });
      case 'TagResource':
        return fc.record({ Tags: fc.constant([{ TagKey: 'Project', TagValue: 'x' }]) });
      case 'UntagResource':
        return fc.record({ TagKeys: fc.constant(['Project']) });
      default:
        return fc.constant({});
    }
  })();
  const params = base.map((p) => compact(p) as Record<string, Json>);
  if (!g) return params;
  return fc
    .tuple(params, fc.dictionary(fc.constantFrom(...PARAM_NAMES), anyJson(2), { maxKeys: 3 }))
    .map(([p, junk]) => ({ ...p, ...junk }));
}

const CONTEXT_ENTRIES: [string, ContextValue][] = [
  ['aws:SourceIp', '10.1.2.3'],
  ['aws:SourceIp', '192.0.2.7'],
  ['aws:SourceIp', '2001:db8::5'],
  ['kms:ViaService', 'ec2.us-east-1.amazonaws.com'],
  ['aws:CurrentTime', '2025-06-01T00:00:00Z'],
  ['aws:CurrentTime', '2031-01-01T00:00:00Z'],
  ['kms:GrantIsForAWSResource', true],
  ['aws:PrincipalOrgID', 'o-abc'],
  ['aws:MultiFactorAuthPresent', true],
  ['aws:MultiFactorAuthPresent', false],
  ['aws:CalledVia', ['athena.amazonaws.com']],
  ['aws:ViaAWSService', true],
  ['kms:CallerAccount', A2],
];

const contextValueArb: fc.Arbitrary<ContextValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1000, max: 3_000_000_000 }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
);

function contextArb(m: Mode): fc.Arbitrary<Record<string, ContextValue>> {
  const g = m.garbage;
  const good = fc.subarray(CONTEXT_ENTRIES, { maxLength: 3 }).map((es) => Object.fromEntries(es));
  if (!g) return good;
  const keys = fc.oneof(
    fc.constantFrom(
      ...CONTEXT_ENTRIES.map(([k]) => k),
      'aws:EpochTime',
      'kms:EncryptionContextKeys',
      'kms:EncryptionContext:dept',
      'aws:PrincipalArn',
    ),
    fc.string({ maxLength: 10 }),
  );
  return fc
    .tuple(good, fc.dictionary(keys, contextValueArb, { maxKeys: 3 }))
    .map(([a, b]) => ({ ...a, ...b }));
}

function requestArb(
  keys: Key[],
  endpoints: VpcEndpoint[],
  principals: Principal[],
  m: Mode,
): fc.Arbitrary<Request> {
  const g = m.garbage;
  return actionArb(m).chain((action) =>
    fc
      .record({
        principal: callerArb(m, principals),
        key: fc.oneof(w(12, keyRefArb(keys, m)), w(1, fc.constant(undefined))),
        encryptionContext: maybe(ecArb, 1),
        grantTokens: fc.oneof(
          w(4, fc.constant([])),
          w(1, fc.subarray(['tok-0', 'tok-1', 'tok-bogus'], { minLength: 1 })),
        ),
        sessionPolicy: maybe(documentArb('session', { garbage: g, permissive: m.permissive }), 3),
        viaVpcEndpoint:
          endpoints.length > 0
            ? maybe(fc.constantFrom(...endpoints.map((e) => e.id)), 1)
            : fc.constant(undefined),
        context: contextArb(m),
        deriveContext: fc.oneof(w(12, fc.constant(true)), w(1, fc.constant(false))),
        parameters: parametersArb(action, keys, m),
        expect: maybe(
          fc
            .record({
              outcome: maybe(
                fc.constantFrom('Allowed', 'AccessDeniedException', 'DisabledException'),
                1,
              ),
              decision: maybe(
                fc.constantFrom<'Allow' | 'ExplicitDeny' | 'ImplicitDeny'>(
                  'Allow',
                  'ExplicitDeny',
                  'ImplicitDeny',
                ),
                1,
              ),
            })
            .map((e) => compact(e)),
          4,
        ),
      })
      .map((r) => compact({ action, ...r }) as Request),
  );
}

function endpointsArb(m: Mode): fc.Arbitrary<VpcEndpoint[]> {
  const g = m.garbage;
  return fc.oneof(
    w(2, fc.constant<VpcEndpoint[]>([])),
    w(
      1,
      maybe(documentArb('vpce', { garbage: g, permissive: m.permissive }), 3).map((policy) => [
        compact({ id: 'vpce-1', policy }) as VpcEndpoint,
      ]),
    ),
  );
}

/** A whole decoded scenario (defaults filled, no undefined-valued fields). */
export function scenarioArb(opts: ScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const m: Mode = { garbage: opts.garbage === true, permissive: opts.permissive === true };
  return fc
    .record({
      accounts: accountsArb(m),
      organization: maybe(organizationArb(m), 2),
      keys: keysArb(m),
      endpoints: endpointsArb(m),
      title: maybe(fc.constant('Generated'), 1),
    })
    .chain(({ accounts, organization, keys, endpoints, title }) =>
      fc
        .record({
          principals: principalsArb(accounts, m),
          groups: groupsArb(accounts, m),
          grants: grantsArb(keys, m),
        })
        .chain((parts) =>
          fc
            .tuple(
              fc.array(requestArb(keys, endpoints, parts.principals, m), {
                minLength: 1,
                maxLength: 3,
              }),
              fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
            )
            .map(([requests, ids]) => ({ ...parts, requests, ids })),
        )
        .map(({ principals, groups, grants, requests, ids }): Scenario =>
          compact({
            format: 'kms-playground/scenario' as const,
            version: 1 as const,
            title,
            organization,
            accounts,
            principals,
            groups,
            keys,
            grants,
            vpcEndpoints: endpoints,
            requests: requests.map((r, i) => (ids[i] ? { id: `r${i}`, ...r } : r)),
          }),
        ),
    );
}

/**
 * Statements that match no request any generated scenario can make: an action that does not exist,
 * a principal of an account that appears nowhere, a resource in that account, or a condition on
 * kms:CallerAccount naming it (absent for service principals, so false as well).
 */
export function neverMatchingStatementArb(kind: DocKind): fc.Arbitrary<JsonObject> {
  const resourceBased = RESOURCE_BASED_KINDS.has(kind);
  const who = (p: Json): JsonObject => (resourceBased ? { Principal: p } : {});
  return fc
    .tuple(fc.constantFrom('Allow', 'Deny'), fc.integer({ min: 0, max: resourceBased ? 3 : 2 }))
    .map(([Effect, variant]): JsonObject => {
      switch (variant) {
        case 0:
          return {
            Sid: 'NeverAction',
            Effect,
            ...who('*'),
            Action: 'kms:NoSuchAction',
            Resource: '*',
          };
        case 1:
          return {
            Sid: 'NeverCondition',
            Effect,
            ...who('*'),
            Action: '*',
            Resource: '*',
            Condition: { StringEquals: { 'kms:CallerAccount': UNUSED_ACCOUNT } },
          };
        case 2:
          return resourceBased
            ? {
                Sid: 'NeverPrincipal',
                Effect,
                Principal: { AWS: root(UNUSED_ACCOUNT) },
                Action: '*',
                Resource: '*',
              }
            : {
                Sid: 'NeverResource',
                Effect,
                Action: '*',
                Resource: `arn:aws:kms:us-east-1:${UNUSED_ACCOUNT}:key/none`,
              };
        default:
          return {
            Sid: 'NeverPrincipalId',
            Effect,
            Principal: { AWS: [UNUSED_ACCOUNT] },
            Action: 'kms:*',
            Resource: '*',
          };
      }
    });
}
