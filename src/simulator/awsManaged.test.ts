import { describe, expect, it } from 'vitest';
import { addAwsManagedKey } from './awsManaged';
import { call } from './call';
import { ACCOUNT, ALICE, fixture } from './testing';

const setup = () => {
  const s = addAwsManagedKey(fixture(), 'ebs', ACCOUNT);
  const key = s.scenario.keys.find((k) => k.aliases.includes('alias/aws/ebs'));
  if (!key) throw new Error('no key');
  return { s, arn: key.arn };
};

describe('AWS managed keys with the policy AWS gives them', () => {
  it('are created once per service, by AWS, rotating yearly', () => {
    const { s, arn } = setup();
    expect(addAwsManagedKey(s, 'ebs', ACCOUNT)).toBe(s);
    const m = call(s, ALICE, 'DescribeKey', { KeyId: 'alias/aws/ebs' }).response?.KeyMetadata;
    expect(m).toMatchObject({ Arn: arn, KeyManager: 'AWS', KeyState: 'Enabled' });
    expect(call(s, ALICE, 'GetKeyRotationStatus', { KeyId: arn }).response).toMatchObject({
      KeyRotationEnabled: true,
    });
  });

  it('an administrator with kms:* in IAM can read but not change or delete them', () => {
    const { s, arn } = setup();
    expect(call(s, ALICE, 'GetKeyPolicy', { KeyId: arn }).error).toBeUndefined();
    expect(call(s, ALICE, 'ListGrants', { KeyId: arn }).error).toBeUndefined();
    for (const op of ['DisableKey', 'ScheduleKeyDeletion', 'PutKeyPolicy', 'DisableKeyRotation']) {
      const r = call(s, ALICE, op, {
        KeyId: arn,
        Policy: '{"Version":"2012-10-17","Statement":[]}',
      });
      expect(r.error?.code).toBe('AccessDeniedException');
      expect(r.error?.message).toContain('because no resource-based policy allows');
    }
  });

  it('can be used only through the service (kms:ViaService)', () => {
    const { s, arn } = setup();
    expect(call(s, ALICE, 'Encrypt', { KeyId: arn, Plaintext: 'x' }).error?.code).toBe(
      'AccessDeniedException',
    );
    const via = call(
      s,
      ALICE,
      'Encrypt',
      { KeyId: arn, Plaintext: 'x' },
      {
        'kms:ViaService': 'ec2.us-east-1.amazonaws.com',
      },
    );
    expect(via.error).toBeUndefined();
  });
});
