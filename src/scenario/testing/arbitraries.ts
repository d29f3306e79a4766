/**
 * fast-check arbitraries for decoded scenarios (defaults filled, documents as objects), used by
 * the round-trip properties. Test-only: imported by *.test.ts files, never by the app.
 */
import fc from 'fast-check';
import {
  DECISIONS,
  KEY_MANAGERS,
  KEY_ORIGINS,
  KEY_STATES,
  KEY_USAGES,
  MULTI_REGION_KEY_TYPES,
  ORGANIZATION_POLICY_TYPES,
  OUTCOMES,
} from '../enums';
import type {
  Account,
  ContextValue,
  Grant,
  Group,
  Json,
  Key,
  NamedPolicy,
  Organization,
  Principal,
  Request,
  Scenario,
  VpcEndpoint,
} from '../types';

/** Any JSON value, normalised through JSON so that -0 and friends do not break deep equality. */
export const json = (): fc.Arbitrary<Json> =>
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as Json);

const text = (): fc.Arbitrary<string> => fc.string({ maxLength: 12 });
const unicodeText = (): fc.Arbitrary<string> => fc.string({ unit: 'binary', maxLength: 12 });
const stringMap = (): fc.Arbitrary<Record<string, string>> =>
  fc.dictionary(text(), unicodeText(), { maxKeys: 3 });

/** Omits the key when the arbitrary gives undefined, as the decoder does. */
function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A policy document shaped like IAM's (the decoder does not check its grammar). */
export const policyDocument = (): fc.Arbitrary<Json> =>
  fc.record({
    Version: fc.constant('2012-10-17'),
    Statement: fc.array(
      fc.record({
        Effect: fc.constantFrom('Allow', 'Deny'),
        Action: fc.oneof(text(), fc.array(text(), { maxLength: 3 })),
        Resource: fc.constant('*'),
        Extra: json(),
      }),
      { maxLength: 3 },
    ),
  });

const namedPolicy = (): fc.Arbitrary<NamedPolicy> =>
  fc.record({ name: text(), document: policyDocument() });

const account = (): fc.Arbitrary<Account> =>
  fc
    .record({
      id: text(),
      name: optional(text()),
      parent: optional(text()),
      managementAccount: fc.boolean(),
    })
    .map(withoutUndefined);

const organization = (): fc.Arbitrary<Organization> =>
  fc.record({
    units: fc.array(
      fc.record({ id: text(), parent: text(), name: optional(text()) }).map(withoutUndefined),
      {
        maxLength: 2,
      },
    ),
    policies: fc.array(
      fc
        .record({
          id: text(),
          type: fc.constantFrom(...ORGANIZATION_POLICY_TYPES),
          name: optional(text()),
          targets: fc.array(text(), { maxLength: 2 }),
          document: policyDocument(),
        })
        .map(withoutUndefined),
      { maxLength: 2 },
    ),
  });

const principal = (): fc.Arbitrary<Principal> =>
  fc
    .record({
      arn: text(),
      name: optional(unicodeText()),
      roleArn: optional(text()),
      policies: fc.array(namedPolicy(), { maxLength: 2 }),
      groups: fc.array(text(), { maxLength: 2 }),
      permissionsBoundary: optional(policyDocument()),
      tags: stringMap(),
    })
    .map(withoutUndefined);

const group = (): fc.Arbitrary<Group> =>
  fc.record({ arn: text(), policies: fc.array(namedPolicy(), { maxLength: 2 }) });

const key = (): fc.Arbitrary<Key> =>
  fc
    .record({
      arn: text(),
      aliases: fc.array(text(), { maxLength: 2 }),
      description: optional(unicodeText()),
      state: fc.constantFrom(...KEY_STATES),
      keySpec: fc.constantFrom('SYMMETRIC_DEFAULT', 'RSA_2048', 'HMAC_256', 'ECC_NIST_P256'),
      keyUsage: fc.constantFrom(...KEY_USAGES),
      origin: fc.constantFrom(...KEY_ORIGINS),
      multiRegion: fc.boolean(),
      multiRegionKeyType: optional(fc.constantFrom(...MULTI_REGION_KEY_TYPES)),
      keyManager: fc.constantFrom(...KEY_MANAGERS),
      tags: stringMap(),
      policy: policyDocument(),
    })
    .map(withoutUndefined);

const grant = (): fc.Arbitrary<Grant> =>
  fc
    .record({
      grantId: text(),
      key: text(),
      name: optional(text()),
      granteePrincipal: text(),
      retiringPrincipal: optional(text()),
      operations: fc.array(fc.constantFrom('Decrypt', 'Encrypt', 'DescribeKey', 'RetireGrant'), {
        maxLength: 3,
      }),
      constraints: optional(
        fc.oneof(
          fc.record({ encryptionContextEquals: stringMap() }),
          fc.record({ encryptionContextSubset: stringMap() }),
          fc.constant({}),
        ),
      ),
      issuingAccount: optional(text()),
      grantToken: optional(text()),
      propagated: fc.boolean(),
    })
    .map(withoutUndefined);

const vpcEndpoint = (): fc.Arbitrary<VpcEndpoint> =>
  fc.record({ id: text(), policy: optional(policyDocument()) }).map(withoutUndefined);

const contextValue = (): fc.Arbitrary<ContextValue> =>
  fc.oneof(
    unicodeText(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    fc.boolean(),
    fc.array(text(), { maxLength: 3 }),
  );

const parameters = (): fc.Arbitrary<Record<string, Json>> =>
  fc
    .record({
      free: fc.dictionary(
        fc.constantFrom('Operations', 'GranteePrincipal', 'PendingWindowInDays', 'Other'),
        json(),
        {
          maxKeys: 3,
        },
      ),
      Policy: optional(policyDocument()),
      CiphertextBlob: optional(fc.record({ key: text(), encryptionContext: stringMap() })),
    })
    .map(
      ({ free, ...special }) => ({ ...free, ...withoutUndefined(special) }) as Record<string, Json>,
    );

const request = (endpointIds: string[]): fc.Arbitrary<Request> =>
  fc
    .record({
      id: optional(text()),
      principal: text(),
      action: fc.constantFrom('kms:Decrypt', 'kms:Encrypt', 'kms:CreateGrant', 'kms:PutKeyPolicy'),
      key: optional(text()),
      encryptionContext: optional(stringMap()),
      grantTokens: fc.array(text(), { maxLength: 2 }),
      sessionPolicy: optional(policyDocument()),
      viaVpcEndpoint:
        endpointIds.length > 0 ? optional(fc.constantFrom(...endpointIds)) : fc.constant(undefined),
      context: fc.dictionary(text(), contextValue(), { maxKeys: 3 }),
      deriveContext: fc.boolean(),
      parameters: parameters(),
      expect: optional(
        fc
          .record({
            outcome: optional(fc.constantFrom(...OUTCOMES)),
            decision: optional(fc.constantFrom(...DECISIONS)),
          })
          .map(withoutUndefined),
      ),
    })
    .map(withoutUndefined);

/** A whole decoded scenario; requests only name VPC endpoints that exist. */
export const scenario = (): fc.Arbitrary<Scenario> =>
  fc.array(vpcEndpoint(), { maxLength: 2 }).chain((vpcEndpoints) =>
    fc
      .record({
        format: fc.constant('kms-playground/scenario' as const),
        version: fc.constant(1 as const),
        title: optional(unicodeText()),
        description: optional(unicodeText()),
        organization: optional(organization()),
        accounts: fc.array(account(), { maxLength: 2 }),
        principals: fc.array(principal(), { maxLength: 2 }),
        groups: fc.array(group(), { maxLength: 2 }),
        keys: fc.array(key(), { maxLength: 2 }),
        grants: fc.array(grant(), { maxLength: 2 }),
        vpcEndpoints: fc.constant(vpcEndpoints),
        requests: fc.array(request(vpcEndpoints.map((e) => e.id)), { maxLength: 3 }),
      })
      .map(withoutUndefined),
  );
