/** Whole scenarios, and statements that never match. Test-only. */
import fc from 'fast-check';
import type { Json, Scenario } from '../../../scenario/types';
import {
  type JsonObject,
  type DocKind,
  RESOURCE_BASED_KINDS,
  UNUSED_ACCOUNT,
  root,
  maybe,
  compact,
} from './vocabulary';
import {
  type ScenarioOptions,
  type Mode,
  accountsArb,
  organizationArb,
  keysArb,
  principalsArb,
  groupsArb,
  grantsArb,
} from './parts';
import { requestArb, endpointsArb } from './requests';

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
