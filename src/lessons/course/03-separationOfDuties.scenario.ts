/** Lesson 3's scenario: a key administrator, an application role that uses the key, an IAM administrator. */

export const ACCOUNT = '111122223333';
export const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000003`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
/** Security engineer who administers the key. */
export const SAM = `arn:aws:iam::${ACCOUNT}:user/Sam`;
/** The payroll application's role: the only key user. */
export const APP = `arn:aws:iam::${ACCOUNT}:role/PayrollApp`;
/** IAM administrator (AdministratorAccess). */
export const OLIVIA = `arn:aws:iam::${ACCOUNT}:user/Olivia`;

/** Key administrators' actions without `kms:Create*` (and so without kms:CreateGrant). */
export const ADMIN_ACTIONS = [
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
];

export const scenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 3: separation of duties',
  principals: [
    { arn: SAM, name: 'Sam (key administrator)' },
    { arn: APP, name: 'PayrollApp role (key user)' },
    {
      arn: OLIVIA,
      name: 'Olivia (IAM administrator)',
      policies: [
        {
          name: 'AdministratorAccess',
          document: {
            Version: '2012-10-17',
            Statement: [{ Sid: 'AdminEverything', Effect: 'Allow', Action: '*', Resource: '*' }],
          },
        },
      ],
    },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/payroll-records'],
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Enable IAM User Permissions',
            Effect: 'Allow',
            Principal: { AWS: ROOT },
            Action: 'kms:*',
            Resource: '*',
          },
          {
            Sid: 'KeyAdministrators',
            Effect: 'Allow',
            Principal: { AWS: SAM },
            Action: ADMIN_ACTIONS,
            Resource: '*',
          },
          {
            Sid: 'KeyUsers',
            Effect: 'Allow',
            Principal: { AWS: APP },
            Action: [
              'kms:Encrypt',
              'kms:Decrypt',
              'kms:ReEncrypt*',
              'kms:GenerateDataKey*',
              'kms:DescribeKey',
            ],
            Resource: '*',
          },
        ],
      },
    },
  ],
  requests: [
    { id: 'sam-decrypt', principal: SAM, action: 'kms:Decrypt', key: KEY },
    {
      id: 'sam-schedule-deletion',
      principal: SAM,
      action: 'kms:ScheduleKeyDeletion',
      key: KEY,
      parameters: { PendingWindowInDays: 30 },
    },
    {
      id: 'sam-grant-himself',
      principal: SAM,
      action: 'kms:CreateGrant',
      key: KEY,
      parameters: { GranteePrincipal: SAM, Operations: ['Decrypt'] },
    },
    { id: 'app-decrypt', principal: APP, action: 'kms:Decrypt', key: KEY },
    { id: 'app-disable', principal: APP, action: 'kms:DisableKey', key: KEY },
    { id: 'olivia-decrypt', principal: OLIVIA, action: 'kms:Decrypt', key: KEY },
  ],
};
