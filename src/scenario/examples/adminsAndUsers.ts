import {
  enableIamStatement,
  keyAdministratorsStatement,
  keyUsersStatement,
  persistentResourcesStatement,
} from '../keyPolicyStatements';
import type { Json } from '../types';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/KeyAdmin`;
const APP = `arn:aws:iam::${ACCOUNT}:role/OrdersApp`;

/**
 * The console's default key policy: key administrators manage the key but cannot use it; key users
 * use it but cannot manage it; grants for AWS resources only when a service asks.
 */
export const adminsAndUsersExample = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Separation of duties: administrators and users',
  description:
    'This key has the policy the AWS console writes when you choose key administrators and key users. The **KeyAdmin** role can describe, disable, tag and schedule deletion of the key, and change its policy, but it cannot encrypt or decrypt: no statement gives it a cryptographic action. The **OrdersApp** role can encrypt, decrypt and generate data keys, but cannot disable or delete the key.\n\nThe last statement lets key users create grants only when an AWS service such as EBS asks on their behalf (`kms:GrantIsForAWSResource`), so a direct CreateGrant call from the app is denied. Note that an administrator could still edit the key policy to give itself use of the key: separation of duties in a key policy is only as strong as the control over `kms:PutKeyPolicy`.',
  accounts: [{ id: ACCOUNT, name: 'Orders' }],
  principals: [
    { arn: ADMIN, name: 'Key administrator' },
    { arn: APP, name: 'Orders application' },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/orders'],
      description: 'Orders data key',
      policy: {
        Version: '2012-10-17',
        Id: 'key-consolepolicy-3',
        Statement: [
          enableIamStatement(ACCOUNT),
          keyAdministratorsStatement(ADMIN),
          keyUsersStatement(APP),
          persistentResourcesStatement(APP),
        ],
      },
    },
  ],
  requests: [
    {
      id: 'admin-decrypt',
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/KeyAdmin/alice`,
      action: 'kms:Decrypt',
      key: 'alias/orders',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'admin-disable',
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/KeyAdmin/alice`,
      action: 'kms:DisableKey',
      key: KEY,
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'app-encrypt',
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/OrdersApp/worker-1`,
      action: 'kms:Encrypt',
      key: 'alias/orders',
      encryptionContext: { order: '1001' },
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'app-schedule-deletion',
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/OrdersApp/worker-1`,
      action: 'kms:ScheduleKeyDeletion',
      key: KEY,
      parameters: { PendingWindowInDays: 7 },
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'app-create-grant-directly',
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/OrdersApp/worker-1`,
      action: 'kms:CreateGrant',
      key: KEY,
      parameters: { GranteePrincipal: APP, Operations: ['Decrypt'] },
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'ebs-creates-grant-for-app',
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/OrdersApp/worker-1`,
      action: 'kms:CreateGrant',
      key: KEY,
      parameters: { GranteePrincipal: APP, Operations: ['Decrypt'] },
      context: {
        'kms:GrantIsForAWSResource': true,
        'kms:ViaService': 'ec2.us-east-1.amazonaws.com',
      },
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
  ],
} satisfies Record<string, Json>;
