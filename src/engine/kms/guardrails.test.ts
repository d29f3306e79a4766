/**
 * Organization guardrails (kms-semantics 1.2 steps 4-6, A9, A11, A29, A30):
 * S16 SCPs, S17 RCPs, S10 evaluation logic, S20 messages.
 */
import { describe, expect, it } from 'vitest';
import type { Account, OrganizationPolicy, Scenario } from '../../scenario/types';
import {
  ACCOUNT,
  ALICE,
  KEY_ARN,
  OTHER_ACCOUNT,
  doc,
  enableIam,
  grant,
  key,
  principal,
  request,
  run,
  withPolicy,
} from '../testing/build';

const KEY_DOC = 'key:1234abcd-12ab-34cd-56ef-1234567890ab';
const aliceIam = withPolicy(ALICE, {
  Sid: 'AliceKms',
  Effect: 'Allow',
  Action: 'kms:*',
  Resource: '*',
});
const msg = (who: string, tail: string, action = 'kms:Decrypt') =>
  `User: ${who} is not authorized to perform: ${action} on resource: ${KEY_ARN} ${tail}`;
const allow = (action: string) => ({
  Sid: 'Allow',
  Effect: 'Allow',
  Action: action,
  Resource: '*',
});
const pol = (
  id: string,
  type: 'SCP' | 'RCP',
  target: string,
  ...st: Record<string, unknown>[]
): OrganizationPolicy => ({
  id,
  type,
  targets: [target],
  document: doc(...st),
});
const acct = (over: Partial<Account> = {}): Account => ({
  id: ACCOUNT,
  parent: 'ou-prod',
  managementAccount: false,
  ...over,
});
/** Alice (allowed by key policy + IAM) in account ACCOUNT under r-root → ou-prod, with these org policies. */
const inOrg = (policies: OrganizationPolicy[], over: Partial<Scenario> = {}) =>
  run({
    organization: { units: [{ id: 'ou-prod', parent: 'r-root' }], policies },
    accounts: [acct()],
    principals: [aliceIam],
    ...over,
  });

describe('service control policies (S16)', () => {
  it('every level needs an allow: an OU whose SCPs do not allow the action blocks it, worded as an SCP explicit deny but ImplicitDeny (S16, S20, A9)', () => {
    const r = inOrg([
      pol('p-root', 'SCP', 'r-root', allow('kms:*')),
      pol('p-ou', 'SCP', 'ou-prod', allow('kms:Encrypt')),
    ]);
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(msg(ALICE, 'with an explicit deny in a service control policy'));
    const gate = r.trace.find((s) => s.rule === 'scpGate');
    expect(gate?.outcome).toBe('implicitDeny');
    const levels = r.trace
      .filter((s) => s.rule === 'scpLevel')
      .map((s) => [s.detail?.level, s.outcome]);
    expect(levels).toEqual([
      ['r-root', 'pass'],
      ['ou-prod', 'fail'],
      [ACCOUNT, 'pass'],
    ]);
  });

  it('the root level needs an allow too (S16 SCP evaluation)', () => {
    const r = inOrg([
      pol('p-root', 'SCP', 'r-root', allow('kms:Encrypt')),
      pol('p-ou', 'SCP', 'ou-prod', allow('*')),
    ]);
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(msg(ALICE, 'with an explicit deny in a service control policy'));
  });

  it('the account level needs an allow too (S16 SCP evaluation)', () => {
    const r = inOrg([
      pol('p-root', 'SCP', 'r-root', allow('*')),
      pol('p-acct', 'SCP', ACCOUNT, allow('kms:Encrypt')),
    ]);
    expect(r.decision).toBe('ImplicitDeny');
  });

  it('a level with no SCP listed has the implicit FullAWSAccess (S16: FullAWSAccess attached by default, P1)', () => {
    const r = inOrg([pol('p-root', 'SCP', 'r-root', allow('kms:*'))]);
    expect(r.outcome).toBe('Allowed');
    const ou = r.trace.find((s) => s.rule === 'scpLevel' && s.detail?.level === 'ou-prod');
    expect(ou?.outcome).toBe('pass');
    expect(ou?.detail).toMatchObject({ implicitAllow: 'FullAWSAccess' });
  });

  it('an SCP allow never grants on its own: the key policy and IAM still decide (S16)', () => {
    const r = inOrg([pol('p-root', 'SCP', 'r-root', allow('*'))], {
      principals: [principal(ALICE)],
    });
    expect(r.message).toBe(
      msg(ALICE, 'because no identity-based policy allows the kms:Decrypt action'),
    );
  });

  it('a Deny in an OU-level SCP is an explicit deny in a service control policy (S16, S20)', () => {
    const deny = { Sid: 'NoDecrypt', Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' };
    const r = inOrg([
      pol('p-root', 'SCP', 'r-root', allow('*')),
      pol('p-deny', 'SCP', 'ou-prod', allow('*'), deny),
    ]);
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.message).toBe(msg(ALICE, 'with an explicit deny in a service control policy'));
    expect(r.deciding).toEqual([
      { document: 'scp:p-deny', statement: 'NoDecrypt', path: ['Statement', 1] },
    ]);
  });

  it('with the organization id and its management account known, the message names the denying SCP by ARN (S58, P20)', () => {
    const deny = { Sid: 'NoDecrypt', Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' };
    const r = inOrg(
      [
        pol('p-root', 'SCP', 'r-root', allow('*')),
        pol('p-deny', 'SCP', 'ou-prod', allow('*'), deny),
      ],
      {
        organization: {
          id: 'o-a1b2c3d4e5',
          units: [{ id: 'ou-prod', parent: 'r-root' }],
          policies: [
            pol('p-root', 'SCP', 'r-root', allow('*')),
            pol('p-deny', 'SCP', 'ou-prod', allow('*'), deny),
          ],
        },
        accounts: [acct(), { id: '999988887777', parent: 'r-root', managementAccount: true }],
      },
    );
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.message).toBe(
      msg(
        ALICE,
        'with an explicit deny in a service control policy: arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/service_control_policy/p-deny',
      ),
    );
  });

  it('SCPs of a cross-account grantee account still apply to its use of a grant (S16, A8)', () => {
    const EXT = `arn:aws:iam::${OTHER_ACCOUNT}:user/Ext`;
    const r = run({
      organization: { units: [], policies: [pol('p-root', 'SCP', 'r-root', allow('kms:Encrypt'))] },
      accounts: [{ id: OTHER_ACCOUNT, parent: 'r-root', managementAccount: false }],
      grants: [grant({ granteePrincipal: EXT })],
      requests: [request({ principal: EXT })],
    });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(msg(EXT, 'with an explicit deny in a service control policy'));
  });

  it('the management account is exempt from SCPs (S16, A30)', () => {
    const deny = { Effect: 'Deny', Action: '*', Resource: '*' };
    const r = inOrg([pol('p-root', 'SCP', 'r-root', allow('*'), deny)], {
      accounts: [acct({ managementAccount: true })],
    });
    expect(r.outcome).toBe('Allowed');
    expect(r.trace.some((s) => s.rule === 'scpGate')).toBe(false);
  });

  it('service principals are exempt from SCPs (S16, A30)', () => {
    const svc = 'cloudtrail.amazonaws.com';
    const kp = doc({
      Sid: 'Trail',
      Effect: 'Allow',
      Principal: { Service: svc },
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
    });
    const r = inOrg(
      [pol('p-root', 'SCP', 'r-root', { Effect: 'Deny', Action: '*', Resource: '*' })],
      {
        keys: [key({ policy: kp })],
        requests: [request({ principal: svc, action: 'kms:GenerateDataKey' })],
      },
    );
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([{ document: KEY_DOC, statement: 'Trail', path: ['Statement', 0] }]);
  });

  it('service-linked roles are exempt from SCPs (S16, A30)', () => {
    const role = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`;
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/AWSServiceRoleForAutoScaling/AutoScaling`;
    const kp = doc({
      Sid: 'Slr',
      Effect: 'Allow',
      Principal: { AWS: role },
      Action: 'kms:*',
      Resource: '*',
    });
    const r = inOrg(
      [pol('p-root', 'SCP', 'r-root', { Effect: 'Deny', Action: '*', Resource: '*' })],
      {
        keys: [key({ policy: kp })],
        principals: [principal(role)],
        requests: [request({ principal: session })],
      },
    );
    expect(r.outcome).toBe('Allowed');
  });
});

describe('resource control policies (S17)', () => {
  const EXT = `arn:aws:iam::${OTHER_ACCOUNT}:user/Ext`;
  const denyExternal = {
    Sid: 'DenyExternal',
    Effect: 'Deny',
    Principal: '*',
    Action: 'kms:*',
    Resource: '*',
    Condition: { StringNotEqualsIfExists: { 'aws:PrincipalAccount': ACCOUNT } },
  };
  const shared = (over = {}) =>
    key({ policy: doc(enableIam(), { ...enableIam(OTHER_ACCOUNT), Sid: 'Ext' }), ...over });
  const ext = withPolicy(EXT, { Effect: 'Allow', Action: 'kms:*', Resource: KEY_ARN });

  it('an RCP Deny applies to callers from outside the organization (S17, A11 message)', () => {
    const r = inOrg([pol('r-deny', 'RCP', 'r-root', denyExternal)], {
      keys: [shared()],
      principals: [ext],
      requests: [request({ principal: EXT })],
    });
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.message).toBe(msg(EXT, 'with an explicit deny in a resource control policy'));
    expect(r.deciding).toEqual([
      { document: 'rcp:r-deny', statement: 'DenyExternal', path: ['Statement', 0] },
    ]);
  });

  it('the same RCP lets the key owner account through; RCPFullAWSAccess is implicit at every level (S17)', () => {
    const r = inOrg([pol('r-deny', 'RCP', 'r-root', denyExternal)], { keys: [shared()] });
    expect(r.outcome).toBe('Allowed');
    const gate = r.trace.find((s) => s.rule === 'rcpGate');
    expect(gate?.outcome).toBe('pass');
    expect(gate?.detail).toMatchObject({ implicitAllow: 'RCPFullAWSAccess' });
  });

  it('RCPs do not apply to AWS managed keys (S17, A29)', () => {
    const r = inOrg([pol('r-deny', 'RCP', 'r-root', denyExternal)], {
      keys: [shared({ keyManager: 'AWS' })],
      principals: [ext],
      requests: [request({ principal: EXT })],
    });
    expect(r.outcome).toBe('Allowed');
    expect(r.trace.some((s) => s.rule === 'rcpGate')).toBe(false);
  });

  it('RCPs do not affect keys in the management account (S17, A30)', () => {
    const r = inOrg([pol('r-deny', 'RCP', 'r-root', denyExternal)], {
      accounts: [acct({ managementAccount: true })],
      keys: [shared()],
      principals: [ext],
      requests: [request({ principal: EXT })],
    });
    expect(r.outcome).toBe('Allowed');
  });

  it('RCPs do apply to service principals (S17, A30)', () => {
    const svc = 'cloudtrail.amazonaws.com';
    const kp = doc({
      Effect: 'Allow',
      Principal: { Service: svc },
      Action: 'kms:*',
      Resource: '*',
    });
    const denySvc = {
      Sid: 'NoServices',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { Bool: { 'aws:PrincipalIsAWSService': 'true' } },
    };
    const r = inOrg([pol('r-svc', 'RCP', 'r-root', denySvc)], {
      keys: [key({ policy: kp })],
      requests: [request({ principal: svc })],
    });
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.deciding).toEqual([
      { document: 'rcp:r-svc', statement: 'NoServices', path: ['Statement', 0] },
    ]);
  });

  it('kms:RetireGrant is never restricted by an RCP (S17)', () => {
    const denyAll = {
      Sid: 'DenyAll',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
    };
    const r = inOrg([pol('r-all', 'RCP', 'r-root', denyAll)], {
      grants: [grant({ retiringPrincipal: ALICE })],
      requests: [request({ action: 'kms:RetireGrant', parameters: { GrantId: 'g1' } })],
    });
    expect(r.outcome).toBe('Allowed');
    const other = inOrg([pol('r-all', 'RCP', 'r-root', denyAll)]);
    expect(other.message).toBe(msg(ALICE, 'with an explicit deny in a resource control policy'));
  });
});
