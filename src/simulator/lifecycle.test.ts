import { describe, expect, it } from 'vitest';
import { viaPort } from './testing/crypto';
import { advance } from './clock';
import { ACCOUNT, ALICE, BOB, KEY_ARN, fixture } from './testing';
import type { SimulatorState } from './types';
import type { Json } from '../scenario/types';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

const keyOf = (s: SimulatorState, arn: string) => s.scenario.keys.find((k) => k.arn === arn);

/** Calls as Alice and expects success. */
async function ok(s: SimulatorState, op: string, params: Record<string, Json>) {
  const r = await call(s, ALICE, op, params);
  expect(r.error).toBeUndefined();
  return { state: r.state, response: r.response ?? {} };
}

describe('CreateKey', () => {
  it('makes an Enabled symmetric key with the default key policy', async () => {
    const { state, response } = await ok(fixture(), 'CreateKey', { Description: 'demo' });
    const m = response.KeyMetadata as Record<string, Json>;
    expect(m).toMatchObject({
      AWSAccountId: ACCOUNT,
      KeyState: 'Enabled',
      Enabled: true,
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      Description: 'demo',
      CreationDate: '2026-03-01T15:00:00+00:00',
    });
    const k = keyOf(state, m.Arn as string);
    expect(JSON.stringify(k?.policy)).toContain('Enable IAM User Permissions');
    expect(state.counters.keys).toBe(1);
  });

  it('is deterministic and makes distinct ids', async () => {
    const a = await ok(fixture(), 'CreateKey', {});
    const b = await ok(a.state, 'CreateKey', {});
    const again = await ok(fixture(), 'CreateKey', {});
    expect(again.response).toEqual(a.response);
    expect(b.response).not.toEqual(a.response);
  });

  it('origin EXTERNAL starts PendingImport; multi-Region ids begin with mrk-', async () => {
    const ext = (await ok(fixture(), 'CreateKey', { Origin: 'EXTERNAL' })).response
      .KeyMetadata as Record<string, Json>;
    expect(ext.KeyState).toBe('PendingImport');
    const mrk = (await ok(fixture(), 'CreateKey', { MultiRegion: true })).response
      .KeyMetadata as Record<string, Json>;
    expect(mrk.KeyId).toMatch(/^mrk-[0-9a-f]{32}$/);
    expect(mrk.MultiRegion).toBe(true);
  });

  it('refuses a policy that would lock the caller out, unless bypassed', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: BOB }, Action: 'kms:*', Resource: '*' }],
    });
    // Alice's own IAM policy is not enough: the key policy must let her call PutKeyPolicy again.
    const r = await call(fixture(), ALICE, 'CreateKey', { Policy: policy });
    expect(r.error?.code).toBe('MalformedPolicyDocumentException');
    expect(r.state.scenario.keys).toHaveLength(3);
    await ok(fixture(), 'CreateKey', { Policy: policy, BypassPolicyLockoutSafetyCheck: true });
  });

  it('asymmetric keys: usage must suit the spec; signing keys list signing algorithms', async () => {
    const rsa = (await ok(fixture(), 'CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }))
      .response.KeyMetadata as Record<string, Json>;
    expect(rsa).toMatchObject({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
    expect(rsa.SigningAlgorithms).toContain('RSASSA_PSS_SHA_256');
    expect(
      (
        await call(fixture(), ALICE, 'CreateKey', {
          KeySpec: 'ECC_NIST_P256',
          KeyUsage: 'ENCRYPT_DECRYPT',
        })
      ).error?.code,
    ).toBe('ValidationException');
    const hmac = (await ok(fixture(), 'CreateKey', { KeySpec: 'HMAC_256' })).response
      .KeyMetadata as Record<string, Json>;
    expect(hmac).toMatchObject({
      KeyUsage: 'GENERATE_VERIFY_MAC',
      MacAlgorithms: ['HMAC_SHA_256'],
    });
  });

  it('rejects bad key specs and HMAC usage mismatches', async () => {
    expect((await call(fixture(), ALICE, 'CreateKey', { KeySpec: 'AES_999' })).error?.code).toBe(
      'ValidationException',
    );
    expect(
      (
        await call(fixture(), ALICE, 'CreateKey', {
          KeySpec: 'HMAC_256',
          KeyUsage: 'ENCRYPT_DECRYPT',
        })
      ).error?.code,
    ).toBe('ValidationException');
  });

  it('is denied to a caller without kms:CreateKey', async () => {
    expect((await call(fixture(), BOB, 'CreateKey', {})).error?.code).toBe('AccessDeniedException');
  });
});

describe('key states', () => {
  it('DisableKey / EnableKey', async () => {
    const d = await ok(fixture(), 'DisableKey', { KeyId: KEY_ARN });
    expect(keyOf(d.state, KEY_ARN)?.state).toBe('Disabled');
    expect(
      (await call(d.state, ALICE, 'Encrypt', { KeyId: KEY_ARN, Plaintext: 'eA==' })).error?.code,
    ).toBe('DisabledException');
    const e = await ok(d.state, 'EnableKey', { KeyId: KEY_ARN });
    expect(keyOf(e.state, KEY_ARN)?.state).toBe('Enabled');
  });

  it('ScheduleKeyDeletion: 7-30 days, PendingDeletion with a deletion date', async () => {
    expect(
      (
        await call(fixture(), ALICE, 'ScheduleKeyDeletion', {
          KeyId: KEY_ARN,
          PendingWindowInDays: 6,
        })
      ).error?.code,
    ).toBe('ValidationException');
    const r = await ok(fixture(), 'ScheduleKeyDeletion', {
      KeyId: KEY_ARN,
      PendingWindowInDays: 7,
    });
    expect(r.response).toEqual({
      KeyId: KEY_ARN,
      DeletionDate: '2026-03-08T15:00:00+00:00',
      KeyState: 'PendingDeletion',
      PendingWindowInDays: 7,
    });
    const m = (await ok(r.state, 'DescribeKey', { KeyId: KEY_ARN })).response.KeyMetadata as Record<
      string,
      Json
    >;
    expect(m).toMatchObject({ KeyState: 'PendingDeletion', PendingDeletionWindowInDays: 7 });
    expect(
      (await call(r.state, ALICE, 'Encrypt', { KeyId: KEY_ARN, Plaintext: 'eA==' })).error?.code,
    ).toBe('KMSInvalidStateException');
  });

  it('CancelKeyDeletion leaves the key Disabled; cancelling an Enabled key fails', async () => {
    const s = (await ok(fixture(), 'ScheduleKeyDeletion', { KeyId: KEY_ARN })).state;
    const c = await ok(s, 'CancelKeyDeletion', { KeyId: KEY_ARN });
    expect(c.response).toEqual({ KeyId: KEY_ARN });
    expect(keyOf(c.state, KEY_ARN)?.state).toBe('Disabled');
    expect(c.state.keyMeta[KEY_ARN]?.deletionDate).toBeUndefined();
    expect(
      (await call(fixture(), ALICE, 'CancelKeyDeletion', { KeyId: KEY_ARN })).error?.code,
    ).toBe('KMSInvalidStateException');
  });

  it('the key is deleted when its waiting period ends, with its aliases and grants', async () => {
    let s = (
      await ok(fixture(), 'CreateGrant', {
        KeyId: KEY_ARN,
        GranteePrincipal: BOB,
        Operations: ['Encrypt'],
      })
    ).state;
    s = (await ok(s, 'ScheduleKeyDeletion', { KeyId: KEY_ARN, PendingWindowInDays: 7 })).state;
    expect(keyOf(advance(s, 7 * 86400 - 1), KEY_ARN)).toBeDefined();
    const gone = advance(s, 7 * 86400);
    expect(keyOf(gone, KEY_ARN)).toBeUndefined();
    expect(gone.scenario.grants).toHaveLength(0);
    expect((await call(gone, ALICE, 'DescribeKey', { KeyId: KEY_ARN })).error?.code).toBe(
      'NotFoundException',
    );
    expect((await call(gone, ALICE, 'DescribeKey', { KeyId: 'alias/app' })).error?.code).toBe(
      'NotFoundException',
    );
  });
});
