/**
 * Choices where AWS is silent (docs/semantics.md, docs/sources.md), each pinned by a test whose
 * title names the choice id, for the ones no other rule test names.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  ALICE,
  KEY_ARN,
  OTHER_ACCOUNT,
  ROLE,
  doc,
  enableIam,
  key,
  principal,
  request,
  run,
  withPolicy,
} from '../testing/build';

const allow = (p: string, action = 'kms:*', extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal: { AWS: p },
  Action: action,
  Resource: '*',
  ...extra,
});
const OUTSIDER = `arn:aws:iam::${OTHER_ACCOUNT}:user/Eve`;

describe('choices where AWS is silent', () => {
  it('a role ARN as the request principal is a session of that role with an unknown session name (P7)', () => {
    const r = run({
      keys: [key({ policy: doc(allow(ROLE)) })],
      requests: [request({ principal: ROLE, action: 'kms:Encrypt' })],
    });
    expect(r.outcome).toBe('Allowed');
  });

  it('a call from another account on an operation that cannot cross accounts gets the generic "resource does not exist" wording (P8, S14, S45)', () => {
    const r = run({
      keys: [key({ policy: doc(enableIam(), allow(`arn:aws:iam::${OTHER_ACCOUNT}:root`)) })],
      principals: [withPolicy(OUTSIDER, { Effect: 'Allow', Action: 'kms:*', Resource: '*' })],
      requests: [request({ principal: OUTSIDER, action: 'kms:PutKeyPolicy' })],
    });
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.message).toContain('because the resource does not exist in this Region');
    expect(r.trace.some((s) => s.detail?.assumption === 'P8')).toBe(true);
  });

  it('Decrypt with no described ciphertext is authorized against the request key, with no binding check (P10)', () => {
    const r = run({ keys: [key({ policy: doc(allow(ALICE)) })] });
    expect(r.outcome).toBe('Allowed');
  });

  it('two values for kms:MacAlgorithm in one condition are ORed, like any IAM condition (A12, S4, S31)', () => {
    const cond = {
      Condition: { StringEquals: { 'kms:MacAlgorithm': ['HMAC_SHA_256', 'HMAC_SHA_512'] } },
    };
    const r = run({
      keys: [
        key({
          keySpec: 'HMAC_256',
          keyUsage: 'GENERATE_VERIFY_MAC',
          policy: doc(allow(ALICE, 'kms:GenerateMac', cond)),
        }),
      ],
      requests: [
        request({ action: 'kms:GenerateMac', parameters: { MacAlgorithm: 'HMAC_SHA_512' } }),
      ],
    });
    expect(r.outcome).toBe('Allowed');
  });

  it('DeriveSharedSecret may cross accounts; RotateKeyOnDemand may not (A23, S14)', () => {
    const keys = [
      key({
        keySpec: 'ECC_NIST_P256',
        keyUsage: 'KEY_AGREEMENT',
        policy: doc(enableIam(), allow(`arn:aws:iam::${OTHER_ACCOUNT}:root`)),
      }),
    ];
    const principals = [withPolicy(OUTSIDER, { Effect: 'Allow', Action: 'kms:*', Resource: '*' })];
    const derive = run({
      keys,
      principals,
      requests: [
        request({
          principal: OUTSIDER,
          action: 'kms:DeriveSharedSecret',
          parameters: { KeyAgreementAlgorithm: 'ECDH', PublicKey: 'AAAA' },
        }),
      ],
    });
    expect(derive.decision).toBe('Allow');
    const rotate = run({
      keys,
      principals,
      requests: [request({ principal: OUTSIDER, action: 'kms:RotateKeyOnDemand' })],
    });
    expect(rotate.decision).toBe('ImplicitDeny');
  });

  it('a session is tied to its role by the principal entry roleArn, which keeps the role path (A26, S28)', () => {
    const pathRole = `arn:aws:iam::${ACCOUNT}:role/teams/App`;
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/App/s1`;
    const r = run({
      keys: [key({ policy: doc(allow(pathRole)) })],
      principals: [principal(session, { roleArn: pathRole })],
      requests: [request({ principal: session, action: 'kms:Encrypt' })],
    });
    expect(r.outcome).toBe('Allowed');
  });

  it('an IAM policy alone does not open a key whose policy does not delegate to IAM (S5 determining access, S1)', () => {
    const r = run({
      keys: [key({ policy: doc(allow(ROLE)) })],
      principals: [withPolicy(ALICE, { Effect: 'Allow', Action: 'kms:*', Resource: KEY_ARN })],
    });
    expect(r.decision).toBe('ImplicitDeny');
  });

  it('a service principal in GranteePrincipal is rejected with ValidationException (A22, S34)', () => {
    const r = run({
      keys: [key({ policy: doc(allow(ALICE)) })],
      requests: [
        request({
          action: 'kms:CreateGrant',
          parameters: { GranteePrincipal: 'ec2.amazonaws.com', Operations: ['Decrypt'] },
        }),
      ],
    });
    expect(r.outcome).toBe('ValidationException');
  });
});
