/**
 * Key state and key usage after authorization (kms-semantics 1.2 step 12.1-12.2, table 2.10;
 * A1, A2, A28): S21 key-state, S22 API errors, S11 concepts.
 */
import { describe, expect, it } from 'vitest';
import type { Key, KeyState } from '../../scenario/types';
import { ALICE, KEY_ARN, doc, key, request, run } from '../testing/build';

const ALL_STATES: KeyState[] = [
  'Enabled',
  'Disabled',
  'PendingDeletion',
  'PendingImport',
  'Unavailable',
  'Creating',
  'Updating',
  'PendingReplicaDeletion',
];
const aliceAll = doc({
  Sid: 'Alice',
  Effect: 'Allow',
  Principal: { AWS: ALICE },
  Action: 'kms:*',
  Resource: '*',
});
/** Alice, allowed everything by the key policy, calls `action` on a key with these properties. */
const call = (action: string, over: Partial<Key> = {}, parameters = {}) =>
  run({ keys: [key({ policy: aliceAll, ...over })], requests: [request({ action, parameters })] });

describe('key states (S21, table 2.10)', () => {
  it('Disabled: an authorized call fails with DisabledException "<arn> is disabled." (S21 footnote 1, A28)', () => {
    const r = call('kms:Decrypt', { state: 'Disabled' });
    expect(r.outcome).toBe('DisabledException');
    expect(r.decision).toBe('Allow');
    expect(r.message).toBe(`${KEY_ARN} is disabled.`);
    const step = r.trace.find((s) => s.rule === 'keyStateAndUsage');
    expect(step?.outcome).toBe('fail');
    expect(step?.detail).toMatchObject({ state: 'Disabled', outcome: 'DisabledException' });
  });

  it('Disabled: an unauthorized caller gets AccessDenied, not the key state (A1)', () => {
    const r = run({ keys: [key({ state: 'Disabled' })] });
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.trace.some((s) => s.rule === 'keyStateAndUsage')).toBe(false);
  });

  it('PendingDeletion: cryptographic calls fail with KMSInvalidStateException "<arn> is pending deletion." (S21 footnote 3, A2)', () => {
    for (const action of ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey']) {
      const r = call(action, { state: 'PendingDeletion' });
      expect(r.outcome, action).toBe('KMSInvalidStateException');
      expect(r.message).toBe(`${KEY_ARN} is pending deletion.`);
    }
  });

  it('CancelKeyDeletion on an enabled key: KMSInvalidStateException "<arn> is not pending deletion." (S21 footnote 4)', () => {
    const r = call('kms:CancelKeyDeletion');
    expect(r.outcome).toBe('KMSInvalidStateException');
    expect(r.message).toBe(`${KEY_ARN} is not pending deletion.`);
    expect(call('kms:CancelKeyDeletion', { state: 'PendingDeletion' }).outcome).toBe('Allowed');
  });

  it('DescribeKey works in every key state (S21)', () => {
    for (const state of ALL_STATES)
      expect(call('kms:DescribeKey', { state }).outcome, state).toBe('Allowed');
  });

  it('GetKeyPolicy and ListGrants work in every key state (S21)', () => {
    for (const state of ALL_STATES) {
      expect(call('kms:GetKeyPolicy', { state }).outcome, state).toBe('Allowed');
      expect(call('kms:ListGrants', { state }).outcome, state).toBe('Allowed');
    }
  });

  it('PendingImport: cryptographic calls fail with "<arn> is pending import." (S21 footnote 5)', () => {
    const r = call('kms:Encrypt', { state: 'PendingImport', origin: 'EXTERNAL' });
    expect(r.outcome).toBe('KMSInvalidStateException');
    expect(r.message).toBe(`${KEY_ARN} is pending import.`);
  });

  it('Unavailable (custom key store): "<arn> is unavailable." (S21 footnote 11)', () => {
    const r = call('kms:Decrypt', { state: 'Unavailable', origin: 'AWS_CLOUDHSM' });
    expect(r.outcome).toBe('KMSInvalidStateException');
    expect(r.message).toBe(`${KEY_ARN} is unavailable.`);
  });

  it('a Disabled key can still be enabled, scheduled for deletion or have its policy read (S21)', () => {
    for (const action of [
      'kms:EnableKey',
      'kms:ScheduleKeyDeletion',
      'kms:GetKeyPolicy',
      'kms:TagResource',
    ])
      expect(call(action, { state: 'Disabled' }).outcome, action).toBe('Allowed');
  });

  it('ScheduleKeyDeletion on a key already pending deletion: KMSInvalidStateException (S21 footnote 3)', () => {
    expect(call('kms:ScheduleKeyDeletion', { state: 'PendingDeletion' }).outcome).toBe(
      'KMSInvalidStateException',
    );
  });

  it('EnableKeyRotation on a key with EXTERNAL origin: UnsupportedOperationException (S21 footnote 6)', () => {
    const r = call('kms:EnableKeyRotation', { origin: 'EXTERNAL' });
    expect(r.outcome).toBe('UnsupportedOperationException');
    expect(r.message).toBe(`${KEY_ARN} origin is EXTERNAL which is not valid for this operation.`);
    expect(call('kms:EnableKeyRotation').outcome).toBe('Allowed');
  });

  it('a symmetric key with imported material rotates on demand and lists its key materials; automatic rotation stays unsupported (S57, S55)', () => {
    expect(call('kms:RotateKeyOnDemand', { origin: 'EXTERNAL' }).outcome).toBe('Allowed');
    expect(call('kms:ListKeyRotations', { origin: 'EXTERNAL' }).outcome).toBe('Allowed');
    expect(
      call('kms:ListKeyRotations', { origin: 'EXTERNAL', state: 'PendingImport' }).outcome,
    ).toBe('Allowed');
    expect(
      call('kms:RotateKeyOnDemand', { origin: 'EXTERNAL', state: 'PendingImport' }).outcome,
    ).toBe('KMSInvalidStateException');
    expect(call('kms:DisableKeyRotation', { origin: 'EXTERNAL' }).outcome).toBe(
      'UnsupportedOperationException',
    );
    expect(call('kms:GetKeyRotationStatus', { origin: 'EXTERNAL' }).outcome).toBe(
      'UnsupportedOperationException',
    );
    expect(
      call('kms:RotateKeyOnDemand', {
        origin: 'EXTERNAL',
        keySpec: 'HMAC_256',
        keyUsage: 'GENERATE_VERIFY_MAC',
      }).outcome,
    ).toBe('UnsupportedOperationException');
  });

  it('CreateGrant on a Disabled key: DisabledException (S21 footnote 1)', () => {
    const r = call(
      'kms:CreateGrant',
      { state: 'Disabled' },
      { GranteePrincipal: ALICE, Operations: ['Decrypt'] },
    );
    expect(r.outcome).toBe('DisabledException');
  });
});

describe('key usage and key spec (S22 InvalidKeyUsageException, S11)', () => {
  const rsa = { keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT' } as const;

  it('Sign on a symmetric encryption key: InvalidKeyUsageException (S22)', () => {
    const r = call('kms:Sign');
    expect(r.outcome).toBe('InvalidKeyUsageException');
    expect(r.decision).toBe('Allow');
  });

  it('GenerateDataKey on an RSA key: InvalidKeyUsageException; data keys need a symmetric encryption key (S11, S22)', () => {
    expect(call('kms:GenerateDataKey', rsa).outcome).toBe('InvalidKeyUsageException');
    expect(call('kms:Encrypt', rsa).outcome).toBe('Allowed');
  });

  it('Sign on a SIGN_VERIFY key is fine; Encrypt on it is InvalidKeyUsageException (S22)', () => {
    const sign = { keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' } as const;
    expect(call('kms:Sign', sign).outcome).toBe('Allowed');
    expect(call('kms:Encrypt', sign).outcome).toBe('InvalidKeyUsageException');
  });

  it('GenerateMac needs a GENERATE_VERIFY_MAC key (S22)', () => {
    expect(call('kms:GenerateMac').outcome).toBe('InvalidKeyUsageException');
    expect(
      call('kms:GenerateMac', { keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' }).outcome,
    ).toBe('Allowed');
  });

  it('key usage is checked only for authorized calls (A1)', () => {
    const r = run({ requests: [request({ action: 'kms:Sign' })] });
    expect(r.outcome).toBe('AccessDeniedException');
  });
});
