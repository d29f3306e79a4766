/** Lesson 4's scenario: one key, three users with different mixes of IAM and key policy. */
import {
  allowStatement,
  enableIamStatement,
  iamPolicy,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

export const ACCOUNT = '111122223333';
export const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000004`;
export const ALIAS_ARN = `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/ledger`;
/** Has an IAM policy for the key; not named in the key policy. */
export const RAVI = `arn:aws:iam::${ACCOUNT}:user/Ravi`;
/** Named in the key policy; no IAM policy. */
export const LEE = `arn:aws:iam::${ACCOUNT}:user/Lee`;
/** IAM policy that names the alias instead of the key. */
export const NIA = `arn:aws:iam::${ACCOUNT}:user/Nia`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:user/KeyAdmin`;

export const scenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 4: IAM policies and the key policy together',
  principals: [
    {
      arn: RAVI,
      name: 'Ravi (IAM policy only)',
      policies: [
        iamPolicy('LedgerKeyUse', {
          Sid: 'RaviUsesLedgerKey',
          Effect: 'Allow',
          Action: ['kms:Encrypt', 'kms:Decrypt'],
          Resource: KEY,
        }),
      ],
    },
    { arn: LEE, name: 'Lee (named in the key policy)' },
    {
      arn: NIA,
      name: 'Nia (IAM policy naming the alias)',
      policies: [
        iamPolicy('LedgerByAlias', {
          Sid: 'NiaUsesLedger',
          Effect: 'Allow',
          Action: 'kms:Encrypt',
          Resource: ALIAS_ARN,
        }),
      ],
    },
    { arn: ADMIN, name: 'KeyAdmin' },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/ledger'],
      policy: policyDocument(
        allowStatement('KeyAdministrators', ADMIN, [
          'kms:Describe*',
          'kms:Put*',
          'kms:Get*',
          'kms:List*',
        ]),
        allowStatement('AllowLeeToUseTheKey', LEE, ['kms:Encrypt', 'kms:Decrypt']),
      ),
    },
  ],
  requests: [
    { id: 'ravi-encrypt', principal: RAVI, action: 'kms:Encrypt', key: KEY },
    { id: 'ravi-decrypt', principal: RAVI, action: 'kms:Decrypt', key: KEY },
    {
      id: 'ravi-schedule-deletion',
      principal: RAVI,
      action: 'kms:ScheduleKeyDeletion',
      key: KEY,
      parameters: { PendingWindowInDays: 7 },
    },
    { id: 'lee-encrypt', principal: LEE, action: 'kms:Encrypt', key: KEY },
    { id: 'nia-encrypt-by-alias', principal: NIA, action: 'kms:Encrypt', key: 'alias/ledger' },
  ],
};

/** The account statement, as the default key policy writes it. */
export const accountStatement = enableIamStatement(ACCOUNT);

/** Nia's policy rewritten: key ARNs in Resource, the alias in a condition. */
export const niaByResourceAlias = iamPolicy('LedgerByAlias', {
  Sid: 'NiaUsesLedger',
  Effect: 'Allow',
  Action: 'kms:Encrypt',
  Resource: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/*`,
  Condition: { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/ledger' } },
});

/** An IAM deny for Lee. */
export const leeDeny = iamPolicy('NoLedgerEncrypt', {
  Sid: 'LeeMayNotEncrypt',
  Effect: 'Deny',
  Action: 'kms:Encrypt',
  Resource: KEY,
});
