import { describe, expect, it } from 'vitest';
import { addAwsManagedKey } from './awsManaged';
import { viaPort } from './testing/crypto';
import { ACCOUNT, ALICE, fixture } from './testing';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

const setup = () => {
  const s = addAwsManagedKey(fixture(), 'ebs', ACCOUNT);
  const key = s.scenario.keys.find((k) => k.aliases.includes('alias/aws/ebs'));
  if (!key) throw new Error('no key');
  return { s, arn: key.arn };
};

describe('AWS managed keys with the policy AWS gives them', () => {
  it('are created once per service, by AWS, rotating yearly', async () => {
    const { s, arn } = setup();
    expect(addAwsManagedKey(s, 'ebs', ACCOUNT)).toBe(s);
    const m = (await call(s, ALICE, 'DescribeKey', { KeyId: 'alias/aws/ebs' })).response
      ?.KeyMetadata;
    expect(m).toMatchObject({ Arn: arn, KeyManager: 'AWS', KeyState: 'Enabled' });
    expect((await call(s, ALICE, 'GetKeyRotationStatus', { KeyId: arn })).response).toMatchObject({
      KeyRotationEnabled: true,
    });
  });

  it('an administrator with kms:* in IAM can read but not change or delete them', async () => {
    const { s, arn } = setup();
    expect((await call(s, ALICE, 'GetKeyPolicy', { KeyId: arn })).error).toBeUndefined();
    expect((await call(s, ALICE, 'ListGrants', { KeyId: arn })).error).toBeUndefined();
    for (const op of ['DisableKey', 'ScheduleKeyDeletion', 'PutKeyPolicy', 'DisableKeyRotation']) {
      const r = await call(s, ALICE, op, {
        KeyId: arn,
        Policy: '{"Version":"2012-10-17","Statement":[]}',
      });
      expect(r.error?.code).toBe('AccessDeniedException');
      expect(r.error?.message).toContain('because no resource-based policy allows');
    }
  });

  it('can be used only through the service (kms:ViaService)', async () => {
    const { s, arn } = setup();
    expect((await call(s, ALICE, 'Encrypt', { KeyId: arn, Plaintext: 'eA==' })).error?.code).toBe(
      'AccessDeniedException',
    );
    const via = await call(
      s,
      ALICE,
      'Encrypt',
      { KeyId: arn, Plaintext: 'eA==' },
      {
        'kms:ViaService': 'ec2.us-east-1.amazonaws.com',
      },
    );
    expect(via.error).toBeUndefined();
  });
});
