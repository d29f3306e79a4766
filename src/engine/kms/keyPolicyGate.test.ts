/**
 * Key policy as the gate (kms-semantics 1.1, 1.2 step 9): S1 key-policies, S2 key-policy-overview,
 * S3 key-policy-default, S10 IAM policy evaluation logic, S20 access-denied messages.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  ALICE,
  BOB,
  KEY_ARN,
  ROOT,
  doc,
  enableIam,
  key,
  principal,
  request,
  run,
  withPolicy,
} from '../testing/build';

const KEY_DOC = 'key:1234abcd-12ab-34cd-56ef-1234567890ab';
const ALICE_DOC = `identity:${ALICE}#p`;
const denied = (who: string, op: string, why: string) =>
  `User: ${who} is not authorized to perform: kms:${op} on resource: ${KEY_ARN} because ${why} allows the kms:${op} action`;

const iamAllow = (action = 'kms:Decrypt') => ({
  Sid: 'AliceKms',
  Effect: 'Allow',
  Action: action,
  Resource: KEY_ARN,
});
const bobOnly = {
  Sid: 'BobOnly',
  Effect: 'Allow',
  Principal: { AWS: BOB },
  Action: 'kms:*',
  Resource: '*',
};

describe('key policy as the gate, IAM delegation through the account principal', () => {
  it('an IAM allow alone is not enough: the key policy must enable IAM through the account principal (S1 key-policies, S2)', () => {
    const r = run({
      keys: [key({ policy: doc(bobOnly) })],
      principals: [withPolicy(ALICE, iamAllow())],
    });
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(denied(ALICE, 'Decrypt', 'no resource-based policy'));
    expect(r.deciding).toEqual([]);
    expect(r.trace.find((s) => s.rule === 'keyPolicy')?.outcome).toBe('implicitDeny');
  });

  it('the account principal arn:aws:iam::A:root delegates to IAM: key statement + IAM statement decide (S2, S3 key-policy-default)', () => {
    const r = run({ principals: [withPolicy(ALICE, iamAllow())] });
    expect(r.outcome).toBe('Allowed');
    expect(r.decision).toBe('Allow');
    expect(r.deciding).toEqual([
      { document: KEY_DOC, statement: 'Enable IAM User Permissions', path: ['Statement', 0] },
      { document: ALICE_DOC, statement: 'AliceKms', path: ['Statement', 0] },
    ]);
    expect(r.trace.find((s) => s.rule === 'keyPolicy')?.detail).toEqual({
      principalMatch: 'account',
    });
  });

  it('a bare account id "A" in Principal is the same account principal as arn:aws:iam::A:root (S28 principal, S2)', () => {
    const bare = { ...enableIam(), Sid: 'Bare', Principal: { AWS: ACCOUNT } };
    const r = run({
      keys: [key({ policy: doc(bare) })],
      principals: [withPolicy(ALICE, iamAllow())],
    });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding.map((d) => d.statement)).toEqual(['Bare', 'AliceKms']);
  });

  it('IAM policies of the user groups count as identity policies for the delegation (S6 iam-policies)', () => {
    const group = `arn:aws:iam::${ACCOUNT}:group/Devs`;
    const r = run({
      principals: [principal(ALICE, { groups: [group] })],
      groups: [{ arn: group, policies: [{ name: 'dev', document: doc(iamAllow()) }] }],
    });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding[1]).toEqual({
      document: `group:${group}#dev`,
      statement: 'AliceKms',
      path: ['Statement', 0],
    });
  });

  it('account delegation without any IAM allow is denied: "no identity-based policy allows" (S2, S20 troubleshoot access denied)', () => {
    const r = run({});
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(denied(ALICE, 'Decrypt', 'no identity-based policy'));
    expect(r.trace.find((s) => s.rule === 'identityPolicies')?.outcome).toBe('implicitDeny');
  });

  it('the IAM policy can pass through only actions the key-policy statement lists (S2, S14)', () => {
    const narrow = { ...enableIam(), Action: 'kms:Encrypt' };
    const r = run({
      keys: [key({ policy: doc(narrow) })],
      principals: [withPolicy(ALICE, iamAllow('kms:*'))],
    });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(denied(ALICE, 'Decrypt', 'no resource-based policy'));
  });

  it('an IAM allow for another action does not satisfy the identity side (S6 iam-policies)', () => {
    const r = run({ principals: [withPolicy(ALICE, iamAllow('kms:Encrypt'))] });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(denied(ALICE, 'Decrypt', 'no identity-based policy'));
  });
});

describe('no implicit root access', () => {
  it('the account root user has no access unless the key policy allows the account or names it (S1 key-policies, S2)', () => {
    const r = run({
      keys: [key({ policy: doc(bobOnly) })],
      requests: [request({ principal: ROOT })],
    });
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(denied(ROOT, 'Decrypt', 'no resource-based policy'));
  });

  it('with the account statement the root user needs no IAM policy: it has the implicit identity-side allow (S10, S3)', () => {
    const d = run({ requests: [request({ principal: ROOT, action: 'kms:DescribeKey' })] });
    expect(d.outcome).toBe('Allowed');
    expect(d.deciding).toEqual([
      { document: KEY_DOC, statement: 'Enable IAM User Permissions', path: ['Statement', 0] },
    ]);
    expect(d.trace.find((s) => s.rule === 'identityPolicies')?.detail).toEqual({
      implicitRootAllow: true,
    });
  });
});

describe('explicit denies', () => {
  it('an IAM Deny works without any help from the key policy (S1 key-policies, S10)', () => {
    const direct = {
      Sid: 'Alice',
      Effect: 'Allow',
      Principal: { AWS: ALICE },
      Action: 'kms:*',
      Resource: '*',
    };
    const r = run({
      keys: [key({ policy: doc(direct) })],
      principals: [
        withPolicy(ALICE, {
          Sid: 'NoDecrypt',
          Effect: 'Deny',
          Action: 'kms:Decrypt',
          Resource: '*',
        }),
      ],
    });
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.message).toBe(
      `User: ${ALICE} is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN} with an explicit deny in an identity-based policy`,
    );
    expect(r.deciding).toEqual([
      { document: ALICE_DOC, statement: 'NoDecrypt', path: ['Statement', 0] },
    ]);
  });

  it('a Deny in the key policy beats the account statement and the IAM allow (S10, S20 explicit deny in a resource-based policy)', () => {
    const deny = {
      Sid: 'DenyDecrypt',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:Decrypt',
      Resource: '*',
    };
    const r = run({
      keys: [key({ policy: doc(enableIam(), deny) })],
      principals: [withPolicy(ALICE, iamAllow())],
    });
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.message).toBe(
      `User: ${ALICE} is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN} with an explicit deny in a resource-based policy`,
    );
    expect(r.deciding).toEqual([
      { document: KEY_DOC, statement: 'DenyDecrypt', path: ['Statement', 1] },
    ]);
    const sweep = r.trace.find((s) => s.rule === 'explicitDenySweep');
    expect(sweep?.outcome).toBe('explicitDeny');
  });
});
