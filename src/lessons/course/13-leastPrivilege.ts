import type { Lesson } from '../types';
import {
  KEY,
  KEY_ADMIN,
  appUsesKey,
  leastPrivilegeScenario,
  lockedOutPolicy,
} from './13-leastPrivilege.scenario';

export const leastPrivilegeLesson: Lesson = {
  id: 'least-privilege-review',
  number: 13,
  title: 'Least privilege: reviewing and tightening a key policy',
  summary:
    'Review a key policy the way an auditor would: use the playground’s warnings to find statements open to everyone, read what each broad grant really allows, tighten them, and keep the key manageable.',
  sources: [
    {
      title: 'Least-privilege permissions (AWS KMS)',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html',
    },
    {
      title: 'Best practices for IAM policies (AWS KMS)',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
    },
    {
      title: 'Default key policy',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    },
    {
      title: 'AWS JSON policy elements: NotPrincipal',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html',
    },
    {
      title: 'PutKeyPolicy (API reference): the policy lockout safety check',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html',
    },
  ],
  steps: [
    {
      id: 'review-the-warnings',
      title: 'Start with the warnings',
      text: 'This key protects customer records, and its policy has grown one request at a time. The playground flags two statements:\n\n- `AnyoneCanDecrypt` allows `Principal: "*"` with no condition (**PublicAllow**): every principal of every AWS account.\n- `EveryoneButTheContractor` uses `NotPrincipal` with `Allow` (**NotPrincipalWithAllow**): everyone except one user.\n\nMallory works in another account and gave herself an IAM policy for `kms:Decrypt` on any key. Predict: can she decrypt with this key?',
      scenario: leastPrivilegeScenario,
      request: 'mallory-decrypt',
      predict: true,
      diagnostics: ['PublicAllow', 'NotPrincipalWithAllow'],
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AnyoneCanDecrypt' },
    },
    {
      id: 'what-kms-star-gives',
      title: 'Read what a broad grant allows',
      text: '`DevFullAccess` gives the developer `kms:*`. He needs to test encryption; `kms:*` also lets him replace the key policy, disable the key or schedule its deletion.\n\nPredict: may Dev schedule the deletion of the customer-records key?',
      request: 'dev-schedule-deletion',
      predict: true,
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'DevFullAccess' },
    },
    {
      id: 'close-the-open-doors',
      title: 'Name the principals',
      text: 'The only caller that really needs to decrypt and encrypt is the application role. `AnyoneCanDecrypt` is replaced by `AppUsesKey`, which names the `CustomerApp` role and the three actions it calls, and `EveryoneButTheContractor` is removed.\n\nThe warnings are gone, and Mallory is now denied: the key policy no longer lets her account in.',
      change: [
        { op: 'replace', path: '/keys/0/policy/Statement/2', value: appUsesKey },
        { op: 'remove', path: '/keys/0/policy/Statement/4' },
      ],
      request: 'mallory-decrypt',
      diagnostics: [],
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'no-warning-is-not-enough',
      title: 'No warnings is not least privilege',
      text: 'The playground has no warning left, yet `DevFullAccess` still gives Dev everything. A linter recognises risky shapes, such as public principals; it cannot know what each person’s job needs. That part of the review is yours: for every statement, ask who it names and which actions they actually call.',
      request: 'dev-schedule-deletion',
      diagnostics: [],
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'DevFullAccess' },
    },
    {
      id: 'trim-to-the-job',
      title: 'Trim to the job',
      text: '`DevFullAccess` becomes `DevTestsTheKey`: `kms:DescribeKey`, `kms:Encrypt` and `kms:Decrypt`, what testing needs. Key management stays with KeyAdmin (`KeyAdministrators`), who in turn cannot use the key.\n\nDev’s request to delete the key is now denied; in the console he can still describe the key.',
      change: [
        { op: 'replace', path: '/keys/0/policy/Statement/3/Sid', value: 'DevTestsTheKey' },
        {
          op: 'replace',
          path: '/keys/0/policy/Statement/3/Action',
          value: ['kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt'],
        },
      ],
      request: 'dev-schedule-deletion',
      diagnostics: [],
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      console: [
        { line: `aws kms describe-key --key-id ${KEY} --profile Dev`, contains: KEY },
        {
          line: `aws kms schedule-key-deletion --key-id ${KEY} --profile Dev`,
          error: 'AccessDeniedException',
        },
      ],
    },
    {
      id: 'too-tight',
      title: 'Not so tight that nobody can manage it',
      text: 'Tightening can go too far. KeyAdmin tries to replace the policy with one that keeps only `AppUsesKey` and `DevTestsTheKey`, dropping the account statement and the administrators. The playground warns **KeyPolicyLockout**: nobody could ever change that policy again.\n\nKMS refuses such a policy with `MalformedPolicyDocumentException` unless the caller explicitly bypasses its lockout safety check.',
      change: [
        {
          op: 'add',
          path: '/requests/-',
          value: {
            id: 'admin-puts-locked-out-policy',
            principal: KEY_ADMIN,
            action: 'kms:PutKeyPolicy',
            key: KEY,
            parameters: { Policy: lockedOutPolicy },
          },
        },
      ],
      request: 'admin-puts-locked-out-policy',
      predict: true,
      diagnostics: ['KeyPolicyLockout'],
      expect: { outcome: 'MalformedPolicyDocumentException', decision: 'Allow' },
      console: [
        {
          line: `aws kms put-key-policy --key-id ${KEY} --policy '${JSON.stringify(lockedOutPolicy)}' --profile KeyAdmin`,
          error: 'MalformedPolicyDocumentException',
        },
      ],
    },
  ],
  checkpoints: [
    {
      id: 'principal-star',
      question:
        'A key policy statement allows Principal "*" to call kms:Decrypt, with no condition. Who can decrypt?',
      choices: [
        'Only principals of the key’s account',
        'Any principal of any AWS account whose own policies allow it',
        'Nobody: "*" needs a condition to match',
      ],
      answer: 1,
      explanation:
        'Without a condition such as kms:CallerAccount or aws:PrincipalOrgID, "*" matches every AWS principal. Someone in another account only needs an IAM policy in their own account, which they control.',
      demonstrate: {
        step: 'review-the-warnings',
        shows: { outcome: 'Allowed', decision: 'Allow' },
      },
    },
    {
      id: 'no-warnings',
      question: 'The playground shows no warnings for a key policy. Is it least privilege?',
      choices: [
        'Yes, the warnings cover every risk',
        'Not necessarily: a statement may still give someone more actions than their job needs',
      ],
      answer: 1,
      explanation:
        'Warnings catch known risky shapes. Whether Dev needs kms:* is a question about his job, which only a reviewer can answer.',
      demonstrate: {
        step: 'no-warning-is-not-enough',
        shows: { outcome: 'Allowed', decision: 'Allow' },
      },
    },
    {
      id: 'lockout',
      question:
        'An administrator puts a key policy in which no statement allows kms:PutKeyPolicy to anyone. What does KMS do?',
      choices: [
        'Accepts it; the root user can always fix it later',
        'Refuses it with MalformedPolicyDocumentException (the lockout safety check)',
      ],
      answer: 1,
      explanation:
        'The safety check refuses a policy that would stop the caller from changing it again, unless BypassPolicyLockoutSafetyCheck is set. A policy that nobody may change leaves the key unmanageable.',
      demonstrate: {
        step: 'too-tight',
        shows: { outcome: 'MalformedPolicyDocumentException' },
      },
    },
  ],
};
