import type { Json } from '../types';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

/**
 * The programmatic default key policy only hands the key to the account; IAM policies then
 * decide who in the account may use it. Dana has one, Eli has none.
 */
export const defaultKeyPolicyExample = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Default key policy: IAM decides',
  description:
    "The key carries the policy KMS writes when you create a key without one: a single statement giving the account (`arn:aws:iam::111122223333:root`) every KMS action. That statement does not let any user in the account use the key by itself; it lets the account's **IAM policies** do so.\n\nDana's IAM policy allows encrypting, decrypting and generating data keys with this key, so those calls succeed, even when she names the key by its alias. She may not schedule the key's deletion, because nothing allows it. Eli has no IAM policy at all, so every call he makes is implicitly denied.",
  principals: [
    {
      arn: 'arn:aws:iam::111122223333:user/Dana',
      name: 'Dana (report writer)',
      policies: [
        {
          name: 'UseReportsKey',
          document: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'UseTheReportsKey',
                Effect: 'Allow',
                Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'],
                Resource: KEY,
              },
            ],
          },
        },
      ],
    },
    { arn: 'arn:aws:iam::111122223333:user/Eli', name: 'Eli (no KMS permissions)' },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/reports'],
      description: 'Encrypts monthly reports',
      policy: {
        Version: '2012-10-17',
        Id: 'key-default-1',
        Statement: [
          {
            Sid: 'Enable IAM User Permissions',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:root' },
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      },
    },
  ],
  requests: [
    {
      id: 'dana-encrypt-by-alias',
      principal: 'arn:aws:iam::111122223333:user/Dana',
      action: 'kms:Encrypt',
      key: 'alias/reports',
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'dana-decrypt',
      principal: 'arn:aws:iam::111122223333:user/Dana',
      action: 'kms:Decrypt',
      key: KEY,
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'dana-schedule-deletion',
      principal: 'arn:aws:iam::111122223333:user/Dana',
      action: 'kms:ScheduleKeyDeletion',
      key: KEY,
      parameters: { PendingWindowInDays: 7 },
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'eli-decrypt',
      principal: 'arn:aws:iam::111122223333:user/Eli',
      action: 'kms:Decrypt',
      key: KEY,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
  ],
} satisfies Json;
