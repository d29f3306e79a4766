/**
 * Organization condition keys (S39 aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:ResourceOrgID,
 * aws:ResourceOrgPaths; S51 OU paths; P14) and AWS's own RCP example for KMS (S17
 * resource-control-policies), which must not lock out callers inside the organization.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/types';
import {
  ACCOUNT,
  ALICE,
  KEY_ARN,
  OTHER_ACCOUNT,
  doc,
  enableIam,
  key,
  request,
  run,
  withPolicy,
} from '../testing/build';

const ORG = 'o-a1b2c3d4e5';
const OUTSIDE = '999988887777';
const BEN = `arn:aws:iam::${OTHER_ACCOUNT}:user/Ben`;
const EVE = `arn:aws:iam::${OUTSIDE}:user/Eve`;
const kmsAll = { Effect: 'Allow', Action: 'kms:*', Resource: '*' };

/** The RCP example on S17 (resource-control-policies), as AWS prints it, with our org id. */
const awsRcpExample = doc({
  Sid: 'RCPEnforceIdentityPerimeter',
  Effect: 'Deny',
  Principal: '*',
  Action: 'kms:*',
  Resource: '*',
  Condition: {
    StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG },
    Bool: { 'aws:PrincipalIsAWSService': 'false' },
  },
});

/**
 * Organization ORG: ACCOUNT (the key's) in ou-prod under ou-workloads, OTHER_ACCOUNT directly under
 * the root, OUTSIDE in no organization. The key policy trusts all three accounts.
 */
const orgScenario = (over: Partial<Scenario> = {}): Partial<Scenario> => ({
  organization: {
    id: ORG,
    rootId: 'r-ab12',
    units: [
      { id: 'ou-ab12-workload', parent: 'r-root' },
      { id: 'ou-ab12-prod', parent: 'ou-ab12-workload' },
    ],
    policies: [{ id: 'p-perimeter', type: 'RCP', targets: ['r-root'], document: awsRcpExample }],
  },
  accounts: [
    { id: ACCOUNT, parent: 'ou-ab12-prod', managementAccount: false },
    { id: OTHER_ACCOUNT, parent: 'r-root', managementAccount: false },
    { id: OUTSIDE, managementAccount: false },
  ],
  keys: [key({ policy: doc(enableIam(), enableIam(OTHER_ACCOUNT), enableIam(OUTSIDE)) })],
  principals: [withPolicy(ALICE, kmsAll), withPolicy(BEN, kmsAll), withPolicy(EVE, kmsAll)],
  ...over,
});

describe("AWS's RCP example for KMS (S17 resource-control-policies, P14)", () => {
  it('a caller in the key owner account of the organization is not locked out (S17, S39 aws:PrincipalOrgID)', () => {
    expect(run(orgScenario()).outcome).toBe('Allowed');
  });

  it('a caller from another account of the same organization is not locked out (S17, S39)', () => {
    const r = run(orgScenario({ requests: [request({ principal: BEN })] }));
    expect(r.outcome).toBe('Allowed');
  });

  it('a caller outside the organization is denied by the RCP (S17, A11 message)', () => {
    const r = run(orgScenario({ requests: [request({ principal: EVE })] }));
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.message).toBe(
      `User: ${EVE} is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN} with an explicit deny in a resource control policy`,
    );
  });

  it('without an organization id nothing is derived, so the example denies everyone: the id matters (P14)', () => {
    const base = orgScenario();
    const org = base.organization;
    if (!org) throw new Error('no organization');
    const noId = { ...org };
    delete noId.id;
    expect(run({ ...base, organization: noId }).decision).toBe('ExplicitDeny');
  });
});

describe('organization keys derived from the scenario (S39, S51, P14)', () => {
  const withCondition = (condition: Record<string, unknown>, principal = ALICE) =>
    run(
      orgScenario({
        organization: {
          id: ORG,
          rootId: 'r-ab12',
          units: orgScenario().organization?.units ?? [],
          policies: [],
        },
        keys: [
          key({
            policy: doc({
              Effect: 'Allow',
              Principal: '*',
              Action: 'kms:Decrypt',
              Resource: '*',
              Condition: condition,
            }),
          }),
        ],
        requests: [request({ principal })],
      }),
    );

  it('aws:PrincipalOrgPaths is the caller account path o-…/r-…/ou-…/ou-…/ (S39, S51)', () => {
    const path = `${ORG}/r-ab12/ou-ab12-workload/ou-ab12-prod/`;
    expect(
      withCondition({ 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgPaths': [path] } }).outcome,
    ).toBe('Allowed');
    expect(
      withCondition({
        'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': [`${ORG}/r-ab12/ou-ab12-workload/*`] },
      }).outcome,
    ).toBe('Allowed');
    // Ben's account sits directly under the root.
    expect(
      withCondition(
        { 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgPaths': [`${ORG}/r-ab12/`] } },
        BEN,
      ).outcome,
    ).toBe('Allowed');
  });

  it('aws:ResourceOrgID and aws:ResourceOrgPaths describe the key account (S39)', () => {
    expect(withCondition({ StringEquals: { 'aws:ResourceOrgID': ORG } }, EVE).outcome).toBe(
      'Allowed',
    );
    expect(
      withCondition({
        'ForAnyValue:StringLike': { 'aws:ResourceOrgPaths': [`${ORG}/*/ou-ab12-prod/`] },
      }).outcome,
    ).toBe('Allowed');
  });

  it('a caller outside any organization has no aws:PrincipalOrgID (S39: absent, so a Null check holds)', () => {
    expect(withCondition({ Null: { 'aws:PrincipalOrgID': 'true' } }, EVE).outcome).toBe('Allowed');
    expect(withCondition({ Null: { 'aws:PrincipalOrgID': 'true' } }).decision).toBe('ImplicitDeny');
  });
});
