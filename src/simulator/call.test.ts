import { describe, expect, it } from 'vitest';
import { viaPort } from './testing/crypto';
import { advance } from './clock';
import { ALICE, BOB, IMPORTED_ARN, KEY_ARN, MANAGED_ARN, fixture } from './testing';
import type { SimulatorState } from './types';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call, run } = viaPort();

const keyOf = (s: SimulatorState, arn: string) => s.scenario.keys.find((k) => k.arn === arn);

describe('call: the engine decides', () => {
  it('a denied call changes nothing but the audit trail', async () => {
    const s = fixture();
    const r = await call(s, BOB, 'DisableKey', { KeyId: KEY_ARN });
    expect(r.error?.code).toBe('AccessDeniedException');
    expect(r.error?.message).toMatch(/^User: .*Bob is not authorized to perform: kms:DisableKey/);
    expect(r.evaluation?.decision).toBe('ImplicitDeny');
    expect({ ...r.state, audit: [] }).toEqual(s);
    expect(r.state.audit).toHaveLength(1);
  });

  it('an unknown operation is refused and audited, in the words the console prints', async () => {
    const r = await call(fixture(), ALICE, 'FlyToTheMoon', {});
    expect(r.error).toEqual({
      code: 'UnsupportedOperationException',
      message: 'FlyToTheMoon is not simulated by the playground (see "aws kms help").',
    });
    expect((await run(fixture(), 'aws kms describe-custom-key-stores')).output).toBe(
      'An error occurred (UnsupportedOperationException) when calling the DescribeCustomKeyStores operation: DescribeCustomKeyStores is not simulated by the playground (see "aws kms help").',
    );
    expect(r.evaluation).toBeNull();
    expect(r.state.audit[0]?.errorCode).toBe('UnsupportedOperationException');
  });

  it('an unknown key is NotFoundException', async () => {
    const r = await call(fixture(), ALICE, 'DescribeKey', { KeyId: 'alias/nope' });
    expect(r.error?.code).toBe('NotFoundException');
  });

  it('aws:CurrentTime follows the clock unless set', async () => {
    const s = fixture();
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: BOB },
          Action: 'kms:DescribeKey',
          Resource: '*',
          Condition: { DateLessThan: { 'aws:CurrentTime': '2026-03-02T00:00:00Z' } },
        },
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
    const put = await call(s, ALICE, 'PutKeyPolicy', { KeyId: KEY_ARN, Policy: policy });
    expect(put.error).toBeUndefined();
    expect((await call(put.state, BOB, 'DescribeKey', { KeyId: KEY_ARN })).error).toBeUndefined();
    const later = advance(put.state, 86400);
    expect((await call(later, BOB, 'DescribeKey', { KeyId: KEY_ARN })).error?.code).toBe(
      'AccessDeniedException',
    );
    const set = await call(
      later,
      BOB,
      'DescribeKey',
      { KeyId: KEY_ARN },
      {
        'aws:CurrentTime': '2026-03-01T16:00:00Z',
      },
    );
    expect(set.error).toBeUndefined();
  });
});

describe('AWS managed keys refuse what AWS refuses', () => {
  const refused: [string, Record<string, unknown>][] = [
    [
      'PutKeyPolicy',
      {
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'kms:*', Resource: '*' },
          ],
        }),
      },
    ],
    ['DisableKey', {}],
    ['ScheduleKeyDeletion', { PendingWindowInDays: 7 }],
    ['DisableKeyRotation', {}],
    ['EnableKeyRotation', {}],
    ['TagResource', { Tags: [{ TagKey: 'a', TagValue: 'b' }] }],
  ];
  it.each(refused)('%s is refused even when policies allow it', async (op, params) => {
    const s = fixture();
    const r = await call(s, ALICE, op, { KeyId: MANAGED_ARN, ...(params as object) });
    expect(r.error?.code).toBe('UnsupportedOperationException');
    expect({ ...r.state, audit: [] }).toEqual(s);
  });

  it('its policy can be read and its rotation is on', async () => {
    const s = fixture();
    expect(
      (await call(s, ALICE, 'GetKeyPolicy', { KeyId: MANAGED_ARN })).response?.Policy,
    ).toContain('kms:*');
    expect(
      (await call(s, ALICE, 'GetKeyRotationStatus', { KeyId: MANAGED_ARN })).response,
    ).toMatchObject({
      KeyRotationEnabled: true,
      RotationPeriodInDays: 365,
    });
  });

  it('rotates automatically every year as the clock moves', async () => {
    const s = advance(fixture(), 366 * 86400);
    const r = await call(s, ALICE, 'ListKeyRotations', { KeyId: MANAGED_ARN });
    expect(r.response?.Rotations).toEqual([
      expect.objectContaining({
        RotationType: 'AUTOMATIC',
        RotationDate: '2027-03-01T15:00:00+00:00',
      }),
    ]);
  });
});

describe('imported key material', () => {
  it('cannot rotate automatically; rotates on demand only to new material imported first; lists its key materials (S57)', async () => {
    const s = fixture();
    expect((await call(s, ALICE, 'EnableKeyRotation', { KeyId: IMPORTED_ARN })).error?.code).toBe(
      'UnsupportedOperationException',
    );
    expect((await call(s, ALICE, 'RotateKeyOnDemand', { KeyId: IMPORTED_ARN })).error?.code).toBe(
      'KMSInvalidStateException',
    );
    const list = await call(s, ALICE, 'ListKeyRotations', { KeyId: IMPORTED_ARN });
    expect(list.error).toBeUndefined();
    expect(list.response?.Rotations).toEqual([]);
  });

  it('DeleteImportedKeyMaterial leaves the key PendingImport; then crypto fails', async () => {
    const r = await call(fixture(), ALICE, 'DeleteImportedKeyMaterial', { KeyId: IMPORTED_ARN });
    expect(r.error).toBeUndefined();
    expect(keyOf(r.state, IMPORTED_ARN)?.state).toBe('PendingImport');
    const e = await call(r.state, ALICE, 'Encrypt', { KeyId: IMPORTED_ARN, Plaintext: 'eA==' });
    expect(e.error?.code).toBe('KMSInvalidStateException');
  });

  it('DeleteImportedKeyMaterial is not for AWS_KMS keys', async () => {
    const r = await call(fixture(), ALICE, 'DeleteImportedKeyMaterial', { KeyId: KEY_ARN });
    expect(r.error?.code).toBe('UnsupportedOperationException');
  });
});
