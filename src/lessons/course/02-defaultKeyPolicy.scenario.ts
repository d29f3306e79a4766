/** Lesson 2's scenario: a key with the console's default key policy and four callers. */
import {
  enableIamStatement,
  iamPolicy,
  keyAdministratorsStatement,
  keyUsersStatement,
  persistentResourcesStatement,
} from '../../scenario/keyPolicyStatements';

export const ACCOUNT = '111122223333';
export const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000002`;
/** Key administrator. */
export const KIM = `arn:aws:iam::${ACCOUNT}:user/Kim`;
/** Key user. */
export const UMA = `arn:aws:iam::${ACCOUNT}:user/Uma`;
/** Named nowhere in the key policy; has an IAM policy. */
export const DEV = `arn:aws:iam::${ACCOUNT}:user/Dev`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/BackupRole`;

/**
 * The statements the KMS console writes (key-policy-default.html): the account statement, key
 * administrators, key users, and the persistent-resources statement for grants made by services.
 */
const policy = {
  Version: '2012-10-17',
  Id: 'key-consolepolicy-3',
  Statement: [
    enableIamStatement(ACCOUNT),
    keyAdministratorsStatement(KIM),
    keyUsersStatement(UMA),
    persistentResourcesStatement(UMA),
  ],
};

/** The policy Kim puts: the same, with her added to the key users statement. */
export const policyWithKim = {
  ...policy,
  Statement: policy.Statement.map((st) =>
    st.Sid === 'Allow use of the key' ? { ...st, Principal: { AWS: [UMA, KIM] } } : st,
  ),
};

/** A grant for the backup role to decrypt, as EBS would ask for one. */
const grantParameters = { GranteePrincipal: ROLE, Operations: ['Decrypt'] };

export const scenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 2: the default key policy',
  principals: [
    { arn: KIM, name: 'Kim (key administrator)' },
    { arn: UMA, name: 'Uma (key user)' },
    {
      arn: DEV,
      name: 'Dev (IAM policy only)',
      policies: [
        iamPolicy('DecryptTheKey', {
          Sid: 'DevDecrypts',
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: KEY,
        }),
      ],
    },
  ],
  keys: [{ arn: KEY, aliases: ['alias/customer-records'], policy }],
  requests: [
    { id: 'uma-encrypt', principal: UMA, action: 'kms:Encrypt', key: KEY },
    { id: 'uma-decrypt', principal: UMA, action: 'kms:Decrypt', key: KEY },
    { id: 'kim-decrypt', principal: KIM, action: 'kms:Decrypt', key: KEY },
    { id: 'kim-disable', principal: KIM, action: 'kms:DisableKey', key: KEY },
    {
      id: 'kim-put-policy',
      principal: KIM,
      action: 'kms:PutKeyPolicy',
      key: KEY,
      parameters: { PolicyName: 'default', Policy: policyWithKim },
    },
    {
      id: 'uma-create-grant',
      principal: UMA,
      action: 'kms:CreateGrant',
      key: KEY,
      parameters: grantParameters,
    },
    {
      id: 'uma-create-grant-via-ebs',
      principal: UMA,
      action: 'kms:CreateGrant',
      key: KEY,
      parameters: grantParameters,
      context: {
        'kms:GrantIsForAWSResource': true,
        'kms:ViaService': 'ec2.eu-west-1.amazonaws.com',
      },
    },
    { id: 'dev-decrypt', principal: DEV, action: 'kms:Decrypt', key: KEY },
  ],
};
