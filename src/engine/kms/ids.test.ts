import { describe, expect, it } from 'vitest';
import { accountOf, keyIdOf } from './ids';

// S28 (IAM JSON policy elements: Principal) writes principals as ARNs whose fifth field is the
// 12-digit account: arn:aws:iam::123456789012:root, …:role/role-name,
// arn:aws:sts::123456789012:assumed-role/role-name/role-session-name; and accepts a bare account id.
describe('accountOf: the account of an ARN as S28 writes principals', () => {
  it.each([
    ['arn:aws:iam::123456789012:root', '123456789012'],
    ['arn:aws:iam::123456789012:role/path/App', '123456789012'],
    ['arn:aws:sts::123456789012:assumed-role/App/session', '123456789012'],
    ['arn:aws-us-gov:iam::123456789012:user/Dana', '123456789012'],
    ['arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab', '444455556666'],
    ['arn:aws:kms:us-east-1:444455556666:alias/app:with:colons', '444455556666'],
    ['123456789012', '123456789012'],
  ])('%s → %s', (arn, account) => expect(accountOf(arn)).toBe(account));

  it.each([
    ['ec2.amazonaws.com'],
    ['*'],
    ['arn:aws:s3:::bucket/object'],
    ['arn:aws:iam::12345:root'],
    ['notarn:aws:iam::123456789012:root'],
    ['1234567890123'],
  ])('%s has no account', (arn) => expect(accountOf(arn)).toBeNull());
});

describe('keyIdOf', () => {
  it('takes the key id from a key ARN and leaves a bare id alone', () => {
    expect(keyIdOf('arn:aws:kms:us-east-1:111122223333:key/abc')).toBe('abc');
    expect(keyIdOf('abc')).toBe('abc');
  });
});
