/** Lesson 3's scenario: a key administrator, an application role that uses the key, an IAM administrator. */
import {
  enableIamStatement,
  iamPolicy,
  keyAdministratorActionsWithout,
  keyAdministratorsStatement,
  keyUsersStatement,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

export const ACCOUNT = '111122223333';
export const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000003`;
/** Security engineer who administers the key. */
export const SAM = `arn:aws:iam::${ACCOUNT}:user/Sam`;
/** The payroll application's role: the only key user. */
export const APP = `arn:aws:iam::${ACCOUNT}:role/PayrollApp`;
/** IAM administrator (AdministratorAccess). */
export const OLIVIA = `arn:aws:iam::${ACCOUNT}:user/Olivia`;

/** Key administrators' actions without `kms:Create*` (so no kms:CreateGrant) or kms:RotateKeyOnDemand. */
export const ADMIN_ACTIONS = keyAdministratorActionsWithout('kms:Create*', 'kms:RotateKeyOnDemand');

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
        iamPolicy('AdministratorAccess', {
          Sid: 'AdminEverything',
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
        }),
      ],
    },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/payroll-records'],
      policy: policyDocument(
        enableIamStatement(ACCOUNT),
        keyAdministratorsStatement(SAM, 'KeyAdministrators', ADMIN_ACTIONS),
        keyUsersStatement(APP, 'KeyUsers'),
      ),
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
