/**
 * CreateGrant (kms-semantics 1.6.1, table 2.9; A19, A20, A22): S8 create-grant-overview, S7 grants,
 * S34 CreateGrant / GrantConstraints, S4 grant condition keys, S3 key-policy-default.
 */
import { describe, expect, it } from 'vitest';
import type { Grant, Json } from '../../scenario/types';
import {
  ACCOUNT,
  ALICE,
  BOB,
  KEY_ARN,
  ROLE,
  doc,
  enableIam,
  grant,
  key,
  request,
  run,
  withPolicy,
} from '../testing/build';

const GRANT_REF = { document: 'grant:g1', statement: null, path: [] };
const createGrant = (parameters: Record<string, Json>, principalArn = BOB) =>
  request({ principal: principalArn, action: 'kms:CreateGrant', parameters });
/** Bob holds parent grant g1 (with CreateGrant) and asks for a child grant for Alice. */
const viaParent = (parent: Partial<Grant>, child: Record<string, Json>) =>
  run({
    grants: [grant({ operations: ['Decrypt', 'Encrypt', 'CreateGrant'], ...parent })],
    requests: [createGrant({ GranteePrincipal: ALICE, Operations: ['Decrypt'], ...child })],
  });
/** Alice may create grants through the default key policy and her IAM policy. */
const aliceCreates = (parameters: Record<string, Json>, k = key()) =>
  run({
    keys: [k],
    principals: [
      withPolicy(ALICE, { Effect: 'Allow', Action: 'kms:CreateGrant', Resource: KEY_ARN }),
    ],
    requests: [createGrant(parameters, ALICE)],
  });
const grantFail = (r: ReturnType<typeof run>) =>
  r.trace.find((s) => s.kind === 'grant')?.detail?.failed;

describe('CreateGrant through a parent grant (S8 "Granting CreateGrant permission")', () => {
  it('a parent grant listing CreateGrant lets the grantee create a child grant with a subset of its operations (S8)', () => {
    const r = viaParent({}, { Operations: ['Decrypt', 'Encrypt'] });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([GRANT_REF]);
  });

  it('a child grant asking for an operation the parent lacks is AccessDenied (S8, A19)', () => {
    const r = viaParent({}, { Operations: ['Decrypt', 'ReEncryptFrom'] });
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.decision).toBe('ImplicitDeny');
    expect(grantFail(r)).toBe('childOperations');
  });

  it('a Subset parent allows a child Subset with added pairs or an Equals with those pairs (S8)', () => {
    const parent = { constraints: { encryptionContextSubset: { dept: 'it' } } };
    expect(
      viaParent(parent, { Constraints: { EncryptionContextSubset: { dept: 'it', app: 'x' } } })
        .outcome,
    ).toBe('Allowed');
    expect(
      viaParent(parent, { Constraints: { EncryptionContextEquals: { dept: 'it' } } }).outcome,
    ).toBe('Allowed');
    const other = viaParent(parent, { Constraints: { EncryptionContextSubset: { dept: 'hr' } } });
    expect(other.decision).toBe('ImplicitDeny');
    expect(grantFail(other)).toBe('childConstraints');
  });

  it('an Equals parent cannot be relaxed to a Subset or changed (S8)', () => {
    const parent = { constraints: { encryptionContextEquals: { dept: 'it' } } };
    expect(
      viaParent(parent, { Constraints: { EncryptionContextEquals: { dept: 'it' } } }).outcome,
    ).toBe('Allowed');
    expect(
      viaParent(parent, { Constraints: { EncryptionContextSubset: { dept: 'it' } } }).decision,
    ).toBe('ImplicitDeny');
    expect(
      viaParent(parent, { Constraints: { EncryptionContextEquals: { dept: 'it', x: '1' } } })
        .decision,
    ).toBe('ImplicitDeny');
  });

  it('a constrained parent cannot make an unconstrained child (S8)', () => {
    const r = viaParent({ constraints: { encryptionContextSubset: { dept: 'it' } } }, {});
    expect(r.decision).toBe('ImplicitDeny');
    expect(grantFail(r)).toBe('childConstraints');
  });

  it('a parent grant without CreateGrant does not allow CreateGrant (S7)', () => {
    const r = viaParent({ operations: ['Decrypt'] }, {});
    expect(grantFail(r)).toBe('operation');
  });
});

describe('CreateGrant validation after authorization → ValidationException (S7, S34, A20)', () => {
  const valid = { GranteePrincipal: BOB, Operations: ['Decrypt'] };

  it('a valid request by a policy-authorized caller is Allowed; policy callers may grant any grant operation (S7)', () => {
    expect(
      aliceCreates({ ...valid, Operations: ['Decrypt', 'RetireGrant', 'CreateGrant'] }).outcome,
    ).toBe('Allowed');
  });

  it('an operation name outside the grant-operation list is rejected (S34 GrantOperation enum)', () => {
    for (const op of ['Frobnicate', 'RevokeGrant', 'ScheduleKeyDeletion']) {
      const r = aliceCreates({ ...valid, Operations: ['Decrypt', op] });
      expect(r.outcome, op).toBe('ValidationException');
      expect(r.decision).toBe('Allow');
    }
  });

  it('Sign on a symmetric encryption key is rejected: operations must suit the key (S7)', () => {
    expect(aliceCreates({ ...valid, Operations: ['Sign'] }).outcome).toBe('ValidationException');
  });

  it('data-key operations in a grant on an asymmetric key are rejected (S7: operations must suit the key)', () => {
    const rsa = key({ keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT' });
    expect(aliceCreates({ ...valid, Operations: ['GenerateDataKey'] }, rsa).outcome).toBe(
      'ValidationException',
    );
  });

  it('an IAM group as grantee is rejected (S7, A19)', () => {
    const r = aliceCreates({ ...valid, GranteePrincipal: `arn:aws:iam::${ACCOUNT}:group/Devs` });
    expect(r.outcome).toBe('ValidationException');
  });

  it('an encryption-context constraint on an asymmetric key is rejected (S8: constraints are for symmetric keys only)', () => {
    const rsa = key({ keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT' });
    const r = aliceCreates(
      { ...valid, Constraints: { EncryptionContextSubset: { dept: 'it' } } },
      rsa,
    );
    expect(r.outcome).toBe('ValidationException');
    expect(aliceCreates(valid, rsa).outcome).toBe('Allowed');
  });

  it('more than 8 constraint pairs are rejected (S8, S34)', () => {
    const pairs = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
    expect(
      aliceCreates({ ...valid, Constraints: { EncryptionContextEquals: pairs(8) } }).outcome,
    ).toBe('Allowed');
    expect(
      aliceCreates({ ...valid, Constraints: { EncryptionContextEquals: pairs(9) } }).outcome,
    ).toBe('ValidationException');
  });

  it('validation runs only after authorization: an unauthorized invalid request is AccessDenied (A1)', () => {
    const r = run({
      requests: [createGrant({ GranteePrincipal: BOB, Operations: ['Frobnicate'] }, ALICE)],
    });
    expect(r.outcome).toBe('AccessDeniedException');
  });
});

describe('grant condition keys on CreateGrant (S4, S3)', () => {
  const keyWith = (Condition: Record<string, unknown>) =>
    key({
      policy: doc({
        Sid: 'Grants',
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 'kms:CreateGrant',
        Resource: '*',
        Condition,
      }),
    });
  const call = (Condition: Record<string, unknown>, params: Record<string, Json>, context = {}) =>
    run({
      keys: [keyWith(Condition)],
      requests: [request({ action: 'kms:CreateGrant', parameters: params, context })],
    });

  it('kms:GrantOperations with ForAllValues limits the operations a new grant may carry (S4)', () => {
    const c = { 'ForAllValues:StringEquals': { 'kms:GrantOperations': ['Decrypt', 'Encrypt'] } };
    expect(call(c, { GranteePrincipal: BOB, Operations: ['Decrypt'] }).outcome).toBe('Allowed');
    expect(
      call(c, { GranteePrincipal: BOB, Operations: ['Decrypt', 'CreateGrant'] }).decision,
    ).toBe('ImplicitDeny');
  });

  it('kms:GranteePrincipal limits who may receive the grant (S4)', () => {
    const c = { StringEquals: { 'kms:GranteePrincipal': BOB } };
    expect(call(c, { GranteePrincipal: BOB, Operations: ['Decrypt'] }).outcome).toBe('Allowed');
    expect(call(c, { GranteePrincipal: ROLE, Operations: ['Decrypt'] }).decision).toBe(
      'ImplicitDeny',
    );
  });

  it('kms:GrantIsForAWSResource is false for a direct call and true only when a service creates the grant (S3 persistent resources, S4, S43, P9)', () => {
    const c = { Bool: { 'kms:GrantIsForAWSResource': 'true' } };
    const params = { GranteePrincipal: BOB, Operations: ['Decrypt'] };
    const direct = call(c, params);
    expect(direct.decision).toBe('ImplicitDeny');
    expect(direct.message).toBe(
      `User: ${ALICE} is not authorized to perform: kms:CreateGrant on resource: ${KEY_ARN} because no resource-based policy allows the kms:CreateGrant action`,
    );
    expect(
      call(c, params, {
        'kms:GrantIsForAWSResource': true,
        'kms:ViaService': 'ec2.us-east-1.amazonaws.com',
      }).outcome,
    ).toBe('Allowed');
  });

  it('kms:EncryptionContext:<k> on CreateGrant refers to the constraint in the request (S4)', () => {
    const c = { StringEquals: { 'kms:EncryptionContext:dept': 'it' } };
    expect(
      call(c, {
        GranteePrincipal: BOB,
        Operations: ['Decrypt'],
        Constraints: { EncryptionContextSubset: { dept: 'it' } },
      }).outcome,
    ).toBe('Allowed');
    expect(call(c, { GranteePrincipal: BOB, Operations: ['Decrypt'] }).decision).toBe(
      'ImplicitDeny',
    );
  });
});

describe('kms:GrantIsForAWSResource is derived from the service that calls (S4, S43, S3, P9)', () => {
  const UMA = `arn:aws:iam::${ACCOUNT}:user/Uma`;
  // S3 key-policy-default: the console's statement for key users, as AWS prints it.
  const persistent = doc(enableIam(), {
    Sid: 'Allow attachment of persistent resources',
    Effect: 'Allow',
    Principal: { AWS: UMA },
    Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
    Resource: '*',
    Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
  });
  const asUma = (action: string, context: Record<string, string | boolean>, parameters = {}) =>
    run({
      keys: [key({ policy: persistent })],
      grants: [grant({ grantId: 'g1' })],
      requests: [request({ principal: UMA, action, context, parameters })],
    });
  const params = { GranteePrincipal: BOB, Operations: ['Decrypt'] };
  const viaEbs = { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' };

  it('CreateGrant through EBS (kms:ViaService) is allowed by "Allow attachment of persistent resources"; the direct call is not (S4 kms:GrantIsForAWSResource, S3, P9)', () => {
    const r = asUma('kms:CreateGrant', viaEbs, params);
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding[0]?.statement).toBe('Allow attachment of persistent resources');
    expect(asUma('kms:CreateGrant', {}, params).decision).toBe('ImplicitDeny');
  });

  it('ListGrants and RevokeGrant through a service, or with aws:ViaAWSService true, are allowed too (S43, P9)', () => {
    expect(asUma('kms:ListGrants', viaEbs).outcome).toBe('Allowed');
    expect(asUma('kms:RevokeGrant', { 'aws:ViaAWSService': true }, { GrantId: 'g1' }).outcome).toBe(
      'Allowed',
    );
    expect(asUma('kms:ListGrants', {}).decision).toBe('ImplicitDeny');
  });

  it('a value the request supplies wins over the derived one (P9)', () => {
    const r = asUma('kms:CreateGrant', { ...viaEbs, 'kms:GrantIsForAWSResource': false }, params);
    expect(r.decision).toBe('ImplicitDeny');
  });
});
