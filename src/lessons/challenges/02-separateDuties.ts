import type { Challenge } from '../challenges';
import {
  allowStatement,
  keyAdministratorActionsWithout,
  policyDocument,
} from '../../scenario/keyPolicyStatements';
import { key, user, role, KEY_POLICY_STATEMENTS, scenarioOf, SOURCES } from './common';

// 2. Separate the duties.
const SAM = user('Sam');
const K2 = key(2);
export const separateDuties: Challenge = {
  id: 'separate-the-duties',
  number: 2,
  title: 'Administrators manage, users use',
  brief:
    'Sam looks after the key `alias/records`, and `RecordsApp` uses it. Today one statement gives Sam `kms:*`, and the app nothing.\n\nRewrite the **key policy**: Sam must still be able to disable the key and schedule its deletion, the app must encrypt and decrypt, and neither may do the other’s job. Remember lesson 2: an administrator who may call `CreateGrant` can give himself a grant to decrypt.',
  hint: 'Two statements: one for Sam with administrative actions named one by one (no kms:Create*), one for the app with its two cryptographic actions.',
  sources: [SOURCES.defaultPolicy, SOURCES.leastPrivilege],
  scenario: scenarioOf('Challenge 2: separate the duties', {
    principals: [
      { arn: SAM, name: 'Sam (key administrator)' },
      { arn: role('RecordsApp'), name: 'RecordsApp role' },
    ],
    keys: [
      {
        arn: K2,
        aliases: ['alias/records'],
        policy: policyDocument(allowStatement('SamDoesEverything', SAM, 'kms:*')),
      },
    ],
    requests: [
      { id: 'sam-disable', principal: SAM, action: 'kms:DisableKey', key: K2 },
      { id: 'sam-schedule-deletion', principal: SAM, action: 'kms:ScheduleKeyDeletion', key: K2 },
      { id: 'app-encrypt', principal: role('RecordsApp'), action: 'kms:Encrypt', key: K2 },
      { id: 'app-decrypt', principal: role('RecordsApp'), action: 'kms:Decrypt', key: K2 },
      { id: 'sam-decrypt', principal: SAM, action: 'kms:Decrypt', key: K2 },
      {
        id: 'sam-grants-himself',
        principal: SAM,
        action: 'kms:CreateGrant',
        key: K2,
        parameters: { GranteePrincipal: SAM, Operations: ['Decrypt'] },
      },
      { id: 'app-disable', principal: role('RecordsApp'), action: 'kms:DisableKey', key: K2 },
    ],
  }),
  requirements: [
    { request: 'sam-disable', want: 'allow', label: 'Sam disables the key' },
    { request: 'sam-schedule-deletion', want: 'allow', label: 'Sam schedules its deletion' },
    { request: 'app-encrypt', want: 'allow', label: 'RecordsApp encrypts' },
    { request: 'app-decrypt', want: 'allow', label: 'RecordsApp decrypts' },
    { request: 'sam-decrypt', want: 'deny', label: 'Sam decrypts' },
    { request: 'sam-grants-himself', want: 'deny', label: 'Sam grants himself Decrypt' },
    { request: 'app-disable', want: 'deny', label: 'RecordsApp disables the key' },
  ],
  forbiddenWarnings: ['PublicAllow', 'KeyPolicyLockout'],
  solution: [
    {
      op: 'replace',
      path: '/keys/0/policy',
      value: policyDocument(
        allowStatement('SamAdministers', SAM, [
          'kms:CreateAlias',
          ...keyAdministratorActionsWithout('kms:Create*'),
        ]),
        allowStatement('RecordsAppUsesKey', role('RecordsApp'), ['kms:Encrypt', 'kms:Decrypt']),
      ),
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: allowStatement('RecordsAppUsesKey', role('RecordsApp'), [
        'kms:Encrypt',
        'kms:Decrypt',
      ]),
    },
  ],
};
