import type { Lesson } from '../types';
import { ADMIN_ACTIONS, APP, KEY, SAM, scenario } from './03-separationOfDuties.scenario';

export const separationOfDutiesLesson: Lesson = {
  id: 'separation-of-duties',
  number: 3,
  title: 'Separation of duties',
  summary:
    'Split a key policy so that the people who administer a key cannot use it and the application that uses it cannot administer it, and find the permissions that quietly undo the split.',
  sources: [
    {
      title: 'RBAC for AWS KMS',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rbac.html',
    },
    {
      title: 'Least-privilege permissions',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html',
    },
    {
      title: 'Default key policy (key administrators)',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    },
    {
      title: 'AWS global condition keys (aws:PrincipalArn)',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
    },
  ],
  steps: [
    {
      id: 'sam-decrypts',
      title: 'The administrator and a payroll file',
      text: 'Sam, a security engineer, is the key administrator: the `KeyAdministrators` statement lets him describe, enable, disable, tag, delete and re-policy the key. The `PayrollApp` role is the key user (`KeyUsers`).\n\nSam wants to read a payroll file and calls `Decrypt`. What does KMS answer?',
      reveal:
        'Sam is **denied**, implicitly: his statement lists administrative actions, and `kms:Decrypt` is not one of them. Administering a key and using it are different actions.',
      scenario,
      request: 'sam-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'admin-administers',
      title: 'But he runs the key',
      text: 'Scheduling the key’s deletion is an administrative action, and `KeyAdministrators` allows it. Sam keeps the key healthy without ever seeing the data it protects.',
      request: 'sam-schedule-deletion',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'KeyAdministrators' },
    },
    {
      id: 'app-disables',
      title: 'The application and the key’s state',
      text: 'The payroll application encrypts and decrypts all day. Its role calls `DisableKey`. What does KMS answer?',
      reveal: 'The role is **denied**, implicitly: `KeyUsers` lists cryptographic actions only.',
      request: 'app-disable',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'user-uses',
      title: 'It only uses the key',
      text: 'The role’s decryption is allowed by `KeyUsers`. Two statements, two duties, no overlap.',
      request: 'app-decrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'KeyUsers' },
    },
    {
      id: 'create-star',
      title: 'Sam and a wider wildcard',
      text: 'The console’s administrator statement also lists `kms:Create*`. Add it to Sam’s statement.\n\nSam calls `CreateGrant`, naming **himself** as the grantee with `Encrypt` and `Decrypt`. What does KMS answer?',
      hint: 'Which actions does `kms:Create*` match?',
      reveal:
        'KMS **allows** it: `kms:Create*` matches `kms:CreateGrant`, and a grant can name any grantee with any grant operation. The console plays it out: Sam’s encryption is refused, he grants himself `Encrypt` and `Decrypt`, and with the grant token the same call goes through.',
      change: [
        {
          op: 'replace',
          path: '/keys/0/policy/Statement/1/Action',
          value: [...ADMIN_ACTIONS, 'kms:Create*'],
        },
      ],
      request: 'sam-grant-himself',
      predict: true,
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'KeyAdministrators' },
      console: [
        {
          line: `aws kms encrypt --profile Sam --key-id ${KEY} --plaintext aGVsbG8=`,
          error: 'AccessDeniedException',
        },
        {
          line: `aws kms create-grant --profile Sam --key-id ${KEY} --grantee-principal ${SAM} --operations Encrypt Decrypt`,
          capture: { samToken: 'GrantToken' },
        },
        {
          line: `aws kms encrypt --profile Sam --key-id ${KEY} --plaintext aGVsbG8= --grant-tokens \${samToken}`,
          contains: 'CiphertextBlob',
        },
      ],
    },
    {
      id: 'no-create-grant',
      title: 'Name the actions, not a wildcard',
      text: 'Replace `kms:Create*` with the one create action an administrator needs here, `kms:CreateAlias`. Sam’s grant request is now implicitly denied.\n\nOne power is left: `kms:PutKeyPolicy`. Whoever holds it can rewrite the split. It can be narrowed too, with a `Deny` on `kms:PutKeyPolicy` for everyone but a break-glass role, or with an SCP, but someone must keep it (the lockout safety check sees to that). Keep that set small and watch its calls in the audit trail.',
      change: [
        {
          op: 'replace',
          path: '/keys/0/policy/Statement/1/Action',
          value: [...ADMIN_ACTIONS, 'kms:CreateAlias'],
        },
      ],
      request: 'sam-grant-himself',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'olivia-decrypts',
      title: 'The IAM side of the key',
      text: 'Olivia is not named in the key policy. She is an IAM administrator (`"Action": "*"`), and the key policy keeps the account statement, with `kms:*`.\n\nOlivia calls `Decrypt` on payroll data. What does KMS answer?',
      reveal:
        'KMS **allows** it, with her IAM statement `AdminEverything`: the account statement lets IAM policies give access to the key, so an IAM administrator gets both duties. The next step closes that gap.',
      request: 'olivia-decrypt',
      predict: true,
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AdminEverything' },
    },
    {
      id: 'only-the-app-decrypts',
      title: 'Deny everyone but the application',
      text: 'With `kms:*` in both the key policy and an IAM policy, a principal gets both duties. Keep the account statement (it stops the key from becoming unmanageable) and add a deny: `OnlyPayrollAppUsesTheKey` denies the cryptographic actions and `kms:CreateGrant` to every principal whose `aws:PrincipalArn` is not the PayrollApp role.\n\nOlivia’s decryption now meets an explicit deny, which no IAM allow can override.',
      change: [
        {
          op: 'add',
          path: '/keys/0/policy/Statement/-',
          value: {
            Sid: 'OnlyPayrollAppUsesTheKey',
            Effect: 'Deny',
            Principal: '*',
            Action: [
              'kms:Encrypt',
              'kms:Decrypt',
              'kms:ReEncrypt*',
              'kms:GenerateDataKey*',
              'kms:CreateGrant',
            ],
            Resource: '*',
            Condition: { ArnNotEquals: { 'aws:PrincipalArn': APP } },
          },
        },
      ],
      request: 'olivia-decrypt',
      expect: {
        outcome: 'AccessDeniedException',
        decision: 'ExplicitDeny',
        decidingSid: 'OnlyPayrollAppUsesTheKey',
      },
    },
    {
      id: 'app-still-decrypts',
      title: 'The application is untouched',
      text: 'For a session of the PayrollApp role, `aws:PrincipalArn` is the role’s ARN, so the deny does not match and `KeyUsers` still allows its decryption.',
      request: 'app-decrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'KeyUsers' },
    },
  ],
  checkpoints: [
    {
      id: 'admin-decrypt',
      question:
        'Sam is named only in a statement listing administrative actions (Describe*, Enable*, Disable*, Put*, ScheduleKeyDeletion, ...). What does KMS answer when he calls Decrypt?',
      choices: [
        {
          text: 'Allowed: administrators can do everything',
          why: 'A key policy allows only the actions it lists for each principal.',
        },
        'AccessDeniedException: no statement allows him kms:Decrypt',
        {
          text: 'AccessDeniedException: administrators are explicitly denied use',
          why: 'There is no Deny statement here; nothing allows him, which is an implicit deny.',
        },
      ],
      answer: 1,
      explanation:
        'A key policy allows only the actions it lists for each principal. Administering a key and using it are different actions, until a wildcard such as kms:Create* or kms:Put* hands over a way to use it.',
      demonstrate: {
        step: 'sam-decrypts',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'create-wildcard',
      question:
        'Which entry in an administrator statement lets the administrator give themselves use of the key without changing the policy?',
      choices: [
        'kms:Create* (it matches kms:CreateGrant)',
        { text: 'kms:Describe*', why: 'Describe actions only read the key’s metadata.' },
        {
          text: 'kms:TagResource',
          why: 'Tags change who an ABAC policy matches only if a policy uses them; here none does.',
        },
        {
          text: 'kms:Enable*',
          why: 'EnableKey and EnableKeyRotation change the key’s state, not who may use it.',
        },
      ],
      answer: 0,
      explanation:
        'kms:Create* includes kms:CreateGrant. Someone who may create grants may create one for themselves with Decrypt in it.',
      demonstrate: {
        step: 'create-star',
        shows: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'KeyAdministrators' },
      },
    },
    {
      id: 'iam-admin',
      question:
        'The key policy keeps the account statement (kms:*) and separates Sam from the application. Olivia has AdministratorAccess in IAM. What does KMS answer when she decrypts?',
      choices: [
        {
          text: 'AccessDeniedException: she is not in the key policy',
          why: 'The account statement lets IAM policies give access to the key, and hers allows everything.',
        },
        {
          text: 'AccessDeniedException: IAM administrators never get KMS data access',
          why: 'KMS has no such rule; the policies decide.',
        },
        'Allowed: the account statement lets her IAM policy allow it',
      ],
      answer: 2,
      explanation:
        'The account statement hands the key to IAM. Anyone whose IAM policies allow kms:* on the key gets both duties unless a deny in the key policy stops them.',
      demonstrate: {
        step: 'olivia-decrypts',
        shows: { outcome: 'Allowed', decision: 'Allow' },
      },
    },
  ],
};
