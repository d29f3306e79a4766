/** Generators for the parts of a scenario: accounts, organization, keys, principals, groups, grants. Test-only. */
import fc from 'fast-check';
import { KEY_ORIGINS, KEY_STATES, KEY_USAGES } from '../../../scenario/enums';
import type {
  Account,
  Grant,
  Group,
  Key,
  NamedPolicy,
  Organization,
  OrganizationPolicy,
  Principal,
} from '../../../scenario/types';
import { GRANT_OPERATIONS } from '../../catalog/operations';
import {
  type DocKind,
  A1,
  A2,
  A3,
  ACCOUNTS,
  root,
  role,
  session,
  group,
  SERVICES,
  KEY_SLOTS,
  KEY_ARNS,
  callersOf,
  principalCandidatesOf,
  w,
  maybe,
  compact,
} from './vocabulary';
import { documentArb } from './statements';

// ---------------------------------------------------------------------------------------------
// Scenario parts

export interface ScenarioOptions {
  /** Arbitrary JSON in documents and parameters, odd strings in string fields. */
  garbage?: boolean;
  /** Every document starts with its kind's typical Allow statements, so more requests are allowed. */
  permissive?: boolean;
}

/** The options as every part generator reads them. */
export interface Mode {
  garbage: boolean;
  permissive: boolean;
}

export const CALLERS = ACCOUNTS.flatMap(callersOf);

/** Request principals: mostly the scenario's own principals (and sessions of its roles) and roots. */
export function callerArb(m: Mode, principals: Principal[] = []): fc.Arbitrary<string> {
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

export function accountsArb(m: Mode): fc.Arbitrary<Account[]> {
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

export function organizationArb(m: Mode): fc.Arbitrary<Organization> {
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

export const KEY_SHAPES: [string, Key['keyUsage']][] = [
  ['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT'],
  ['RSA_2048', 'ENCRYPT_DECRYPT'],
  ['RSA_2048', 'SIGN_VERIFY'],
  ['ECC_NIST_P256', 'SIGN_VERIFY'],
  ['HMAC_256', 'GENERATE_VERIFY_MAC'],
  ['ECC_NIST_P256', 'KEY_AGREEMENT'],
];

export function keyArb(slot: (typeof KEY_SLOTS)[number], m: Mode): fc.Arbitrary<Key> {
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

export function keysArb(m: Mode): fc.Arbitrary<Key[]> {
  return fc
    .subarray(KEY_SLOTS, { minLength: 1, maxLength: 2 })
    .chain((slots) => fc.tuple(...slots.map((s) => keyArb(s, m))));
}

export function namedPoliciesArb(kind: DocKind, m: Mode, max: number): fc.Arbitrary<NamedPolicy[]> {
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

export function principalArb(arn: string, m: Mode): fc.Arbitrary<Principal> {
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

export function principalsArb(accounts: Account[], m: Mode): fc.Arbitrary<Principal[]> {
  const candidates = [...new Set([...accounts.map((a) => a.id), A2])].flatMap(
    principalCandidatesOf,
  );
  return fc
    .subarray(candidates, { maxLength: 5 })
    .chain((arns) => fc.tuple(...arns.map((arn) => principalArb(arn, m))));
}

export function groupsArb(accounts: Account[], m: Mode): fc.Arbitrary<Group[]> {
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

export const ecArb: fc.Arbitrary<Record<string, string>> = fc.constantFrom<Record<string, string>>(
  { dept: 'finance' },
  { dept: 'hr' },
  { dept: 'finance', app: 'web' },
  { Dept: 'finance' },
  {},
);

export function grantsArb(keys: Key[], m: Mode): fc.Arbitrary<Grant[]> {
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
