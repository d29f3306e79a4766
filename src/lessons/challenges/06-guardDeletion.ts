import type { Challenge } from '../challenges';
import { enableIamStatement, iamPolicy, policyDocument } from '../../scenario/keyPolicyStatements';
import { A, key, user, role, KEY_POLICY_STATEMENTS, scenarioOf, SOURCES } from './common';

// 6. Guard against deletion.
const OLIVIA = user('Olivia');
const BREAK_GLASS = role('BreakGlass');
const K6 = key(6);
const adminPolicy = (name: string) =>
  iamPolicy(name, { Sid: 'AdminEverything', Effect: 'Allow', Action: '*', Resource: '*' });
export const guardDeletion: Challenge = {
  id: 'guard-deletion',
  number: 6,
  title: 'Nobody deletes the key by accident',
  brief:
    'The key `alias/ledger` protects ten years of records. Its policy has the account statement, and several IAM administrators, Olivia among them, have `"Action": "*"`. Only the `BreakGlass` role (also an IAM administrator) should ever be able to schedule the key’s deletion.\n\nAdd one statement to the **key policy** so that Olivia can still use and manage the key otherwise, but only BreakGlass can schedule its deletion.',
  hint: 'An explicit deny wins over every allow. Match everyone whose `aws:PrincipalArn` is not the BreakGlass role.',
  sources: [SOURCES.evaluation, SOURCES.keyPolicies],
  scenario: scenarioOf('Challenge 6: nobody deletes the key by accident', {
    principals: [
      { arn: OLIVIA, name: 'Olivia (IAM administrator)', policies: [adminPolicy('Admin')] },
      { arn: BREAK_GLASS, name: 'BreakGlass role', policies: [adminPolicy('BreakGlassAdmin')] },
    ],
    keys: [{ arn: K6, aliases: ['alias/ledger'], policy: policyDocument(enableIamStatement(A)) }],
    requests: [
      {
        id: 'breakglass-schedule-deletion',
        principal: BREAK_GLASS,
        action: 'kms:ScheduleKeyDeletion',
        key: K6,
      },
      { id: 'olivia-encrypt', principal: OLIVIA, action: 'kms:Encrypt', key: K6 },
      { id: 'olivia-disable', principal: OLIVIA, action: 'kms:DisableKey', key: K6 },
      {
        id: 'olivia-schedule-deletion',
        principal: OLIVIA,
        action: 'kms:ScheduleKeyDeletion',
        key: K6,
      },
    ],
  }),
  requirements: [
    {
      request: 'breakglass-schedule-deletion',
      want: 'allow',
      label: 'BreakGlass schedules the deletion',
    },
    { request: 'olivia-encrypt', want: 'allow', label: 'Olivia encrypts' },
    { request: 'olivia-disable', want: 'allow', label: 'Olivia disables the key' },
    {
      request: 'olivia-schedule-deletion',
      want: 'deny',
      label: 'Olivia schedules the deletion',
    },
  ],
  forbiddenWarnings: ['PublicAllow'],
  solution: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: {
        Sid: 'OnlyBreakGlassDeletes',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 'kms:ScheduleKeyDeletion',
        Resource: '*',
        Condition: { ArnNotEquals: { 'aws:PrincipalArn': BREAK_GLASS } },
      },
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: {
        Sid: 'NobodyDeletes',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 'kms:ScheduleKeyDeletion',
        Resource: '*',
      },
    },
  ],
};
