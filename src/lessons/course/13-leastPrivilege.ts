import type { Lesson } from '../types';
import { keyAdministratorActionsWithout } from '../../scenario/keyPolicyStatements';
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
      text: 'This key protects customer records, and its policy has grown one request at a time. The playground flags two statements:\n\n- `AnyoneCanDecrypt` allows `Principal: "*"` with no condition (**PublicAllow**): every principal of every AWS account.\n- `EveryoneButTheContractor` uses `NotPrincipal` with `Allow` (**NotPrincipalWithAllow**): everyone except one user.\n\nMallory, in another account, gave herself an IAM policy for `kms:Decrypt` on any key. She asks to decrypt with this key. What does KMS answer?',
      reveal:
        'KMS **allows** it, with `AnyoneCanDecrypt`: `"*"` with no condition matches every AWS principal, and across accounts the only other yes needed is an IAM policy in the caller’s own account, which Mallory controls.',
      scenario: leastPrivilegeScenario,
      request: 'mallory-decrypt',
      predict: true,
      diagnostics: ['PublicAllow', 'NotPrincipalWithAllow'],
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AnyoneCanDecrypt' },
    },
    {
      id: 'what-kms-star-gives',
      title: 'Read what a wildcard covers',
      text: '`DevFullAccess` names the developer with `kms:*`. He needs to test encryption.\n\nDev calls `ScheduleKeyDeletion` on the customer-records key. What does KMS answer?',
      reveal:
        'KMS **allows** it, with `DevFullAccess`: `kms:*` also lets him replace the key policy, disable the key or schedule its deletion.',
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
      text: '`DevFullAccess` becomes `DevTestsTheKey`: `kms:DescribeKey`, `kms:Encrypt` and `kms:Decrypt`, what testing needs. Key management stays with KeyAdmin (`KeyAdministrators`), whose statement lists no cryptographic action (the next steps look at what it does list).\n\nDev’s request to delete the key is now denied; in the console he can still describe the key.',
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
      id: 'keyadmin-calls-create-grant',
      sources: [
        {
          title: 'Controlling access to grants',
          url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grant-authorization.html',
        },
      ],
      title: 'KeyAdmin and CreateGrant',
      text: '`KeyAdministrators` is the console’s administrators statement: `kms:Create*`, `kms:Describe*`, `kms:Enable*`, `kms:List*`, `kms:Put*`, `kms:Update*`, `kms:Revoke*`, `kms:Disable*`, `kms:Get*`, `kms:Delete*`, tagging and deletion scheduling.\n\nKeyAdmin calls `CreateGrant`, naming themselves as grantee with the operation `Decrypt`. What does KMS answer?',
      hint: 'Which actions does `kms:Create*` match?',
      reveal:
        'KMS **allows** it, with `KeyAdministrators`: `kms:Create*` covers `kms:CreateGrant`. A key administrator who “cannot use the key” can give themselves a grant that does, and `kms:Put*` lets them rewrite the policy. Least privilege means trimming the administrators too.',
      change: [
        {
          op: 'add',
          path: '/requests/-',
          value: {
            id: 'keyadmin-grants-themselves',
            principal: KEY_ADMIN,
            action: 'kms:CreateGrant',
            key: KEY,
            parameters: { GranteePrincipal: KEY_ADMIN, Operations: ['Decrypt'] },
          },
        },
      ],
      request: 'keyadmin-grants-themselves',
      predict: true,
      diagnostics: [],
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'KeyAdministrators' },
    },
    {
      id: 'name-the-admin-actions',
      title: 'Name the administrators’ actions',
      text: 'Replace `kms:Create*` in `KeyAdministrators` with `kms:CreateAlias`, the create action administering this key needs. KeyAdmin’s grant request is now implicitly denied. `kms:PutKeyPolicy` stays with the administrators (someone must be able to change the policy), so watch its calls in the audit trail.',
      change: [
        {
          op: 'replace',
          path: '/keys/0/policy/Statement/1/Action',
          value: [
            'kms:CreateAlias',
            ...keyAdministratorActionsWithout('kms:RotateKeyOnDemand', 'kms:Create*'),
          ],
        },
      ],
      request: 'keyadmin-grants-themselves',
      diagnostics: [],
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'keyadmin-puts-a-tighter-policy',
      title: 'A much tighter policy',
      text: 'KeyAdmin asks to replace the policy with one that keeps `AppUsesKey` and `DevTestsTheKey` and drops the account statement and the administrators. The playground warns **KeyPolicyLockout** on the new document.\n\nWhat does KMS answer?',
      reveal:
        'KMS refuses the policy with `MalformedPolicyDocumentException`: nobody could ever change it again, and the **lockout safety check** refuses such a policy unless the caller explicitly bypasses it. Tightening can go too far.',
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
        {
          text: 'Only principals of the key’s account',
          why: 'Without a condition such as kms:CallerAccount, "*" is not limited to one account.',
        },
        {
          text: 'Nobody: "*" needs a condition to match',
          why: '"*" matches every AWS principal on its own.',
        },
        'Any principal of any AWS account whose own policies allow it',
      ],
      answer: 2,
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
        'Not necessarily: a statement may still give someone more actions than their job needs',
        {
          text: 'Yes, the warnings cover every risk',
          why: 'A linter knows risky shapes, not what each person’s job needs.',
        },
        {
          text: 'Yes, if it has no Principal "*"',
          why: 'kms:* for one named developer is no warning and still far too much.',
        },
      ],
      answer: 0,
      explanation:
        'Warnings catch known risky shapes. Whether Dev needs kms:* is a question about his job, which only a reviewer can answer.',
      demonstrate: {
        step: 'no-warning-is-not-enough',
        shows: { outcome: 'Allowed', decision: 'Allow' },
      },
    },
    {
      id: 'admin-can-use',
      question:
        'KeyAdmin has the console’s administrators statement (kms:Create*, kms:Put*, …) and no cryptographic action. Can KeyAdmin end up decrypting?',
      choices: [
        {
          text: 'No: administrators cannot use the key',
          why: 'Nothing in KMS forbids it; only the listed actions decide.',
        },
        'Yes: kms:Create* covers CreateGrant, so KeyAdmin can grant themselves Decrypt',
        {
          text: 'Only with the root user’s approval',
          why: 'KMS has no approval step: the policy and grants decide.',
        },
      ],
      answer: 1,
      explanation:
        'kms:Create* includes kms:CreateGrant, and kms:Put* includes kms:PutKeyPolicy. Name the administrators’ create actions (kms:CreateAlias) to take the grant route away; someone keeps PutKeyPolicy, so watch it.',
      demonstrate: {
        step: 'keyadmin-calls-create-grant',
        shows: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'KeyAdministrators' },
      },
    },
    {
      id: 'lockout',
      question:
        'An administrator puts a key policy in which no statement allows kms:PutKeyPolicy to anyone. What does KMS do?',
      choices: [
        {
          text: 'Accepts it; the root user can always fix it later',
          why: 'The root user has no access the key policy does not give.',
        },
        {
          text: 'Accepts it and adds the account statement',
          why: 'KMS never edits a policy you give it.',
        },
        'Refuses it with MalformedPolicyDocumentException (the lockout safety check)',
      ],
      answer: 2,
      explanation:
        'The safety check refuses a policy that would stop the caller from changing it again, unless BypassPolicyLockoutSafetyCheck is set. A policy that nobody may change leaves the key unmanageable.',
      demonstrate: {
        step: 'keyadmin-puts-a-tighter-policy',
        shows: { outcome: 'MalformedPolicyDocumentException' },
      },
    },
  ],
};
