/**
 * Same account vs cross account (kms-semantics 1.2 steps 2, 8, 9; table 2.8): S14
 * key-policy-modifying-external-accounts, S10 cross-account evaluation, S15 permissions reference.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  ALICE,
  KEY_ARN,
  OTHER_ACCOUNT,
  doc,
  enableIam,
  key,
  principal,
  request,
  run,
  withPolicy,
} from '../testing/build';

const KEY_DOC = 'key:1234abcd-12ab-34cd-56ef-1234567890ab';
const EXT = `arn:aws:iam::${OTHER_ACCOUNT}:user/Ext`;
const EXT_ROLE = `arn:aws:iam::${OTHER_ACCOUNT}:role/Partner`;
const EXT_SESSION = `arn:aws:sts::${OTHER_ACCOUNT}:assumed-role/Partner/job`;
const ALIAS_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/shared`;
const external = { ...enableIam(OTHER_ACCOUNT), Sid: 'AllowExternalAccount' };
const keyPolicy = doc(enableIam(), external);
const extIam = (action = 'kms:*') =>
  withPolicy(EXT, { Sid: 'UseSharedKey', Effect: 'Allow', Action: action, Resource: KEY_ARN });
const generic = (who: string, action: string) =>
  `User: ${who} is not authorized to perform: ${action} on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access`;

describe('cross-account use needs both the key policy and the caller account', () => {
  it('key policy allows the external account and the external IAM policy allows the key: Allowed (S14, S10 cross-account)', () => {
    const r = run({
      keys: [key({ policy: keyPolicy })],
      principals: [extIam()],
      requests: [request({ principal: EXT })],
    });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([
      { document: KEY_DOC, statement: 'AllowExternalAccount', path: ['Statement', 1] },
      { document: `identity:${EXT}#p`, statement: 'UseSharedKey', path: ['Statement', 0] },
    ]);
  });

  it('key policy allows the external account but no IAM policy there allows: "no identity-based policy" (S14)', () => {
    const r = run({ keys: [key({ policy: keyPolicy })], requests: [request({ principal: EXT })] });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(
      `User: ${EXT} is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN} because no identity-based policy allows the kms:Decrypt action`,
    );
  });

  it('an external IAM allow without the key policy naming that account: "no resource-based policy" (S14, S1)', () => {
    const r = run({ principals: [extIam()], requests: [request({ principal: EXT })] });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toContain('because no resource-based policy allows the kms:Decrypt action');
  });

  it('a key policy naming an external role directly still needs an IAM policy in that account (S14, S10 cross-account)', () => {
    const named = {
      Sid: 'PartnerRole',
      Effect: 'Allow',
      Principal: { AWS: EXT_ROLE },
      Action: 'kms:Decrypt',
      Resource: '*',
    };
    const k = key({ policy: doc(enableIam(), named) });
    const without = run({
      keys: [k],
      principals: [principal(EXT_ROLE)],
      requests: [request({ principal: EXT_SESSION })],
    });
    expect(without.decision).toBe('ImplicitDeny');
    expect(without.message).toContain('no identity-based policy allows');
    const roleIam = withPolicy(EXT_ROLE, {
      Sid: 'RoleUse',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: KEY_ARN,
    });
    const withIam = run({
      keys: [k],
      principals: [roleIam],
      requests: [request({ principal: EXT_SESSION })],
    });
    expect(withIam.outcome).toBe('Allowed');
    expect(withIam.deciding.map((d) => d.statement)).toEqual(['PartnerRole', 'RoleUse']);
  });

  it('a key policy naming an external user directly is not enough on its own (S14)', () => {
    const named = {
      Sid: 'ExtUser',
      Effect: 'Allow',
      Principal: { AWS: EXT },
      Action: 'kms:*',
      Resource: '*',
    };
    const r = run({ keys: [key({ policy: doc(named) })], requests: [request({ principal: EXT })] });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toContain('no identity-based policy allows');
  });

  it('the external IAM statement must name the key ARN (S14, S15 cmks-in-iam-policies)', () => {
    const wrong = withPolicy(EXT, {
      Effect: 'Allow',
      Action: 'kms:*',
      Resource: `arn:aws:kms:*:${OTHER_ACCOUNT}:key/*`,
    });
    const r = run({
      keys: [key({ policy: keyPolicy })],
      principals: [wrong],
      requests: [request({ principal: EXT })],
    });
    expect(r.decision).toBe('ImplicitDeny');
  });
});

describe('operations that are not cross-account capable (table 2.8)', () => {
  for (const action of [
    'kms:ScheduleKeyDeletion',
    'kms:PutKeyPolicy',
    'kms:DisableKey',
    'kms:GetKeyPolicy',
  ]) {
    it(`${action} from another account is AccessDenied with the generic message, whatever the policies say (S14, S15, A19)`, () => {
      const r = run({
        keys: [key({ policy: keyPolicy })],
        principals: [extIam()],
        requests: [request({ principal: EXT, action, parameters: { Policy: keyPolicy } })],
      });
      expect(r.outcome).toBe('AccessDeniedException');
      expect(r.decision).toBe('ImplicitDeny');
      expect(r.message).toBe(generic(EXT, action));
      const gate = r.trace.find((s) => s.rule === 'crossAccountGate');
      expect(gate?.outcome).toBe('implicitDeny');
      expect(gate?.detail).toMatchObject({
        callerAccount: OTHER_ACCOUNT,
        keyAccount: ACCOUNT,
        crossAccountCapable: false,
      });
    });
  }

  it('DescribeKey, GetKeyRotationStatus and ListGrants are cross-account capable (S14, table 2.8)', () => {
    for (const action of ['kms:DescribeKey', 'kms:GetKeyRotationStatus', 'kms:ListGrants']) {
      const r = run({
        keys: [key({ policy: keyPolicy })],
        principals: [extIam()],
        requests: [request({ principal: EXT, action })],
      });
      expect(r.outcome, action).toBe('Allowed');
    }
  });
});

describe('naming a key in another account (S14)', () => {
  const shared = key({ policy: keyPolicy, aliases: ['alias/shared'] });

  it('a bare key id from another account is looked up in the caller account: NotFoundException (S14)', () => {
    const r = run({
      keys: [shared],
      principals: [extIam()],
      requests: [request({ principal: EXT, key: '1234abcd-12ab-34cd-56ef-1234567890ab' })],
    });
    expect(r.outcome).toBe('NotFoundException');
    expect(r.decision).toBe('ImplicitDeny');
  });

  it('an alias name from another account is looked up in the caller account: NotFoundException (S14)', () => {
    const r = run({
      keys: [shared],
      principals: [extIam()],
      requests: [request({ principal: EXT, key: 'alias/shared' })],
    });
    expect(r.outcome).toBe('NotFoundException');
  });

  it('the same alias name from the key account resolves (S14, S23)', () => {
    const r = run({
      keys: [shared],
      principals: [
        withPolicy(ALICE, { Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY_ARN }),
      ],
      requests: [request({ key: 'alias/shared' })],
    });
    expect(r.outcome).toBe('Allowed');
  });

  it('an alias ARN works across accounts for Decrypt (S14: cryptographic operations accept the alias ARN)', () => {
    const r = run({
      keys: [shared],
      principals: [extIam()],
      requests: [request({ principal: EXT, key: ALIAS_ARN })],
    });
    expect(r.outcome).toBe('Allowed');
  });

  it('ListGrants, GetKeyRotationStatus and RevokeGrant across accounts need the key ARN, not an alias ARN (S14)', () => {
    for (const action of ['kms:ListGrants', 'kms:GetKeyRotationStatus', 'kms:RevokeGrant']) {
      const r = run({
        keys: [shared],
        principals: [extIam()],
        requests: [
          request({ principal: EXT, action, key: ALIAS_ARN, parameters: { GrantId: 'g1' } }),
        ],
      });
      expect(r.outcome, action).toBe('NotFoundException');
    }
  });

  it('CreateGrant across accounts needs the key ARN: an alias ARN gives NotFoundException (S14)', () => {
    const params = { GranteePrincipal: EXT, Operations: ['Decrypt'] };
    const viaAlias = run({
      keys: [shared],
      principals: [extIam()],
      requests: [
        request({ principal: EXT, action: 'kms:CreateGrant', key: ALIAS_ARN, parameters: params }),
      ],
    });
    expect(viaAlias.outcome).toBe('NotFoundException');
    const viaArn = run({
      keys: [shared],
      principals: [extIam()],
      requests: [
        request({ principal: EXT, action: 'kms:CreateGrant', key: KEY_ARN, parameters: params }),
      ],
    });
    expect(viaArn.outcome).toBe('Allowed');
  });
});
