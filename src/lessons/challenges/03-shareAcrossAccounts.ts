import type { Challenge } from '../challenges';
import {
  allowStatement,
  enableIamStatement,
  iamPolicy,
  policyDocument,
} from '../../scenario/keyPolicyStatements';
import {
  A,
  B,
  C,
  KEY_POLICY_STATEMENTS,
  OUTSIDER,
  SOURCES,
  key,
  outsiderPolicy,
  role,
  scenarioOf,
} from './common';

// 3. Share a key with another account.
const REPORTER = role('Reporter', B);
const TRAINEE = role('Trainee', B);
const K3 = key(3);
export const shareAcrossAccounts: Challenge = {
  id: 'share-across-accounts',
  number: 3,
  title: 'Share a key with another account',
  brief:
    'The analytics account (444455556666) needs to decrypt reports encrypted under `alias/reports` in the security account (111122223333). Its administrators have given the `Reporter` role an IAM policy for `kms:Decrypt` and `kms:Encrypt` on the key; the `Trainee` role there has no KMS policy.\n\nEdit the **key policy**: Reporter must decrypt, but not encrypt; the Trainee gets nothing until the analytics account gives it an IAM policy; and no other account may get in.',
  hint: 'Name the analytics account (its `:root`) in a statement for `kms:Decrypt` only: across accounts, the caller’s IAM policy and the key policy must both allow.',
  sources: [SOURCES.external],
  scenario: scenarioOf('Challenge 3: share a key with another account', {
    accounts: [
      { id: A, name: 'Security (owns the key)' },
      { id: B, name: 'Analytics' },
      { id: C, name: 'Someone else’s account' },
    ],
    principals: [
      {
        arn: REPORTER,
        name: 'Reporter role (analytics)',
        policies: [
          iamPolicy('UseReportsKey', {
            Sid: 'ReporterUsesReportsKey',
            Effect: 'Allow',
            Action: ['kms:Decrypt', 'kms:Encrypt'],
            Resource: K3,
          }),
        ],
      },
      { arn: TRAINEE, name: 'Trainee role (analytics, no KMS policy)' },
      { arn: OUTSIDER, name: 'Outsider (another account)', policies: [outsiderPolicy] },
    ],
    keys: [{ arn: K3, aliases: ['alias/reports'], policy: policyDocument(enableIamStatement(A)) }],
    requests: [
      { id: 'reporter-decrypt', principal: REPORTER, action: 'kms:Decrypt', key: K3 },
      { id: 'reporter-encrypt', principal: REPORTER, action: 'kms:Encrypt', key: K3 },
      { id: 'trainee-decrypt', principal: TRAINEE, action: 'kms:Decrypt', key: K3 },
      { id: 'outsider-decrypt', principal: OUTSIDER, action: 'kms:Decrypt', key: K3 },
    ],
  }),
  requirements: [
    { request: 'reporter-decrypt', want: 'allow', label: 'Reporter decrypts' },
    { request: 'reporter-encrypt', want: 'deny', label: 'Reporter encrypts' },
    { request: 'trainee-decrypt', want: 'deny', label: 'The Trainee decrypts' },
    { request: 'outsider-decrypt', want: 'deny', label: 'The outsider decrypts' },
  ],
  forbiddenWarnings: ['PublicAllow'],
  solution: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: allowStatement('AnalyticsMayDecrypt', `arn:aws:iam::${B}:root`, 'kms:Decrypt'),
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: allowStatement('AnalyticsMayUse', `arn:aws:iam::${B}:root`, 'kms:*'),
    },
  ],
};
