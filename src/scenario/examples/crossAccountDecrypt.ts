import type { Json } from '../types';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/3b4c5d6e-7f80-4912-a3b4-c5d6e7f80912';
const REPORT_BUILDER = 'arn:aws:iam::444455556666:role/ReportBuilder';

/**
 * Cross-account use needs two yeses: the key policy in the key's account must let the other
 * account in, and an IAM policy in the caller's account must pass the permission on.
 */
export const crossAccountDecryptExample = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Cross-account decrypt: both accounts must agree',
  description:
    "The key lives in the security account (111122223333). Its key policy lets the analytics account (444455556666) call `Decrypt` and `DescribeKey`, nothing more.\n\nThat opens the door only as far as the analytics account's own IAM policies allow. The ReportBuilder role has a policy for `Decrypt` and `Encrypt` on this key: its decrypt succeeds, but its encrypt is refused because the key policy never granted `Encrypt` to the other account. The Intern role has no IAM policy for the key, so even `Decrypt` is implicitly denied: the key policy alone is not enough for a caller in another account.",
  accounts: [
    { id: '111122223333', name: 'Security (key owner)' },
    { id: '444455556666', name: 'Analytics' },
  ],
  principals: [
    {
      arn: REPORT_BUILDER,
      name: 'ReportBuilder role',
      policies: [
        {
          name: 'UseSecurityAccountKey',
          document: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'ExternalKeyUse',
                Effect: 'Allow',
                Action: ['kms:Decrypt', 'kms:Encrypt'],
                Resource: KEY,
              },
            ],
          },
        },
      ],
    },
    { arn: 'arn:aws:iam::444455556666:role/Intern', name: 'Intern role (no KMS policy)' },
  ],
  keys: [
    {
      arn: KEY,
      description: 'Shared reporting key',
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Enable IAM User Permissions',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:root' },
            Action: 'kms:*',
            Resource: '*',
          },
          {
            Sid: 'AnalyticsAccountMayDecrypt',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::444455556666:root' },
            Action: ['kms:Decrypt', 'kms:DescribeKey'],
            Resource: '*',
          },
        ],
      },
    },
  ],
  requests: [
    {
      id: 'report-builder-decrypt',
      principal: 'arn:aws:sts::444455556666:assumed-role/ReportBuilder/nightly-run',
      action: 'kms:Decrypt',
      key: KEY,
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'report-builder-encrypt',
      principal: 'arn:aws:sts::444455556666:assumed-role/ReportBuilder/nightly-run',
      action: 'kms:Encrypt',
      key: KEY,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'intern-decrypt',
      principal: 'arn:aws:sts::444455556666:assumed-role/Intern/first-day',
      action: 'kms:Decrypt',
      key: KEY,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
  ],
} satisfies Json;
