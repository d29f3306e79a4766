/** Accounts, principals, key slots and small helpers the scenario generators share. Test-only. */
import fc from 'fast-check';
import type { Json } from '../../../scenario/types';

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
export const KEY_ARNS = KEY_SLOTS.map((k) => k.arn);

/** Every request principal the generator uses (callers), by account. */
export function callersOf(a: string): string[] {
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
export function principalCandidatesOf(a: string): string[] {
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

export const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });

/** `undefined` with probability 1/(freq+1). */
export const maybe = <T>(arb: fc.Arbitrary<T>, freq = 1): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq });

/** Object without its undefined-valued fields (the decoder never produces them). */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Arbitrary JSON, normalised through JSON so that -0 does not break deep equality. */
export const anyJson = (maxDepth = 3): fc.Arbitrary<Json> =>
  fc.jsonValue({ maxDepth }).map((v) => JSON.parse(JSON.stringify(v)) as Json);

/** One value or a non-empty list of values. */
export const oneOrMany = <T extends Json>(arb: fc.Arbitrary<T>, max = 3): fc.Arbitrary<Json> =>
  fc.oneof(
    w(3, arb as fc.Arbitrary<Json>),
    w(1, fc.array(arb, { minLength: 1, maxLength: max }) as fc.Arbitrary<Json>),
  );
