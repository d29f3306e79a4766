import type { Challenge } from '../challenges';
import { allowStatement, policyDocument } from '../../scenario/keyPolicyStatements';
import {
  A,
  C,
  KEY_POLICY_STATEMENTS,
  OUTSIDER,
  SOURCES,
  key,
  outsiderPolicy,
  role,
  scenarioOf,
  user,
} from './common';

// 1. Let the application in, and nobody else.
const APP = role('PayrollApp');
const INTERN = user('Intern');
const K1 = key(1);

export const letTheAppIn: Challenge = {
  id: 'let-the-app-in',
  number: 1,
  title: 'Let the application in, and nobody else',
  brief:
    'The `PayrollApp` role must encrypt and decrypt with `alias/payroll`. Today the key policy names only the key administrator, and the role has no IAM policy.\n\nEdit the **key policy** so that the role can do its job, and only its job: it must not manage the key, the Intern (same account, no KMS policy) must get nothing, and a user of another account who allows himself `kms:*` in his own IAM policy must get nothing either.',
  hint: 'Name the role as the principal of a new statement, with exactly the two actions it calls.',
  sources: [SOURCES.keyPolicies, SOURCES.leastPrivilege],
  scenario: scenarioOf('Challenge 1: let the application in', {
    accounts: [
      { id: A, name: 'Payroll' },
      { id: C, name: 'Someone else’s account' },
    ],
    principals: [
      { arn: user('KeyAdmin'), name: 'KeyAdmin (key administrator)' },
      { arn: APP, name: 'PayrollApp role' },
      { arn: INTERN, name: 'Intern (no KMS policy)' },
      { arn: OUTSIDER, name: 'Outsider (another account)', policies: [outsiderPolicy] },
    ],
    keys: [
      {
        arn: K1,
        aliases: ['alias/payroll'],
        policy: policyDocument(
          allowStatement('KeyAdministration', user('KeyAdmin'), [
            'kms:Describe*',
            'kms:Put*',
            'kms:Get*',
            'kms:Enable*',
            'kms:Disable*',
          ]),
        ),
      },
    ],
    requests: [
      { id: 'app-encrypt', principal: APP, action: 'kms:Encrypt', key: K1 },
      { id: 'app-decrypt', principal: APP, action: 'kms:Decrypt', key: K1 },
      { id: 'app-disable', principal: APP, action: 'kms:DisableKey', key: K1 },
      { id: 'intern-decrypt', principal: INTERN, action: 'kms:Decrypt', key: K1 },
      { id: 'outsider-decrypt', principal: OUTSIDER, action: 'kms:Decrypt', key: K1 },
    ],
  }),
  requirements: [
    { request: 'app-encrypt', want: 'allow', label: 'PayrollApp encrypts' },
    { request: 'app-decrypt', want: 'allow', label: 'PayrollApp decrypts' },
    { request: 'app-disable', want: 'deny', label: 'PayrollApp disables the key' },
    { request: 'intern-decrypt', want: 'deny', label: 'The Intern decrypts' },
    { request: 'outsider-decrypt', want: 'deny', label: 'The outsider decrypts' },
  ],
  forbiddenWarnings: ['PublicAllow'],
  solution: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: allowStatement('PayrollAppUsesKey', APP, ['kms:Encrypt', 'kms:Decrypt']),
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: { Sid: 'Everyone', Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' },
    },
  ],
};
