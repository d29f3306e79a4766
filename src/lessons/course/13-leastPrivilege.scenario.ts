/** The scenario of lesson 13: a key policy that grew by accretion, to be reviewed and tightened. */
import {
  allowStatement,
  enableIamStatement,
  iamPolicy,
  keyAdministratorActionsWithout,
  keyAdministratorsStatement,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

export const ACCOUNT = '111122223333';
export const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000013`;
export const KEY_ADMIN = `arn:aws:iam::${ACCOUNT}:user/KeyAdmin`;
export const DEV = `arn:aws:iam::${ACCOUNT}:user/Dev`;
export const APP = `arn:aws:iam::${ACCOUNT}:role/CustomerApp`;
const CONTRACTOR = `arn:aws:iam::${ACCOUNT}:user/Contractor`;
/** Someone in another account, who controls that account's IAM policies. */
export const MALLORY = 'arn:aws:iam::444455556666:user/Mallory';

/** The statement that lets the application use the key, and nothing else. */
export const appUsesKey = allowStatement('AppUsesKey', APP, [
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:GenerateDataKey',
]);

/** A key policy that leaves nobody able to change it again (the lockout the safety check refuses). */
export const lockedOutPolicy = policyDocument(
  appUsesKey,
  allowStatement('DevTestsTheKey', DEV, ['kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt']),
);

export const leastPrivilegeScenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 13: reviewing a key policy',
  accounts: [
    { id: ACCOUNT, name: 'Customer records' },
    { id: '444455556666', name: 'Someone else’s account' },
  ],
  principals: [
    { arn: KEY_ADMIN, name: 'KeyAdmin (key administrator)' },
    { arn: DEV, name: 'Dev (developer of the application)' },
    { arn: APP, name: 'CustomerApp role (the application)' },
    { arn: CONTRACTOR, name: 'Contractor' },
    {
      arn: MALLORY,
      name: 'Mallory (another account, her own IAM policies)',
      policies: [
        iamPolicy('AnyKmsKeyAnywhere', {
          Sid: 'MalloryTriesEverything',
          Effect: 'Allow',
          Action: ['kms:Decrypt', 'kms:Encrypt'],
          Resource: '*',
        }),
      ],
    },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/customer-records'],
      policy: {
        Version: '2012-10-17',
        Statement: [
          enableIamStatement(ACCOUNT),
          // The console's administrators statement from before kms:RotateKeyOnDemand was added.
          keyAdministratorsStatement(
            KEY_ADMIN,
            'KeyAdministrators',
            keyAdministratorActionsWithout('kms:RotateKeyOnDemand'),
          ),
          {
            Sid: 'AnyoneCanDecrypt',
            Effect: 'Allow',
            Principal: '*',
            Action: 'kms:Decrypt',
            Resource: '*',
          },
          allowStatement('DevFullAccess', DEV, 'kms:*'),
          {
            Sid: 'EveryoneButTheContractor',
            Effect: 'Allow',
            NotPrincipal: { AWS: CONTRACTOR },
            Action: 'kms:Encrypt',
            Resource: '*',
          },
        ],
      },
    },
  ],
  requests: [
    { id: 'mallory-decrypt', principal: MALLORY, action: 'kms:Decrypt', key: KEY },
    { id: 'dev-schedule-deletion', principal: DEV, action: 'kms:ScheduleKeyDeletion', key: KEY },
    { id: 'app-encrypt', principal: APP, action: 'kms:Encrypt', key: KEY },
  ],
};
