import type { Lesson } from '../types';
import {
  allowStatement,
  enableIamStatement,
  iamPolicy,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

const OWNER = '111122223333';
const OTHER = '444455556666';
const KEY = `arn:aws:kms:eu-west-1:${OWNER}:key/1a2b3c4d-0000-4000-8000-000000000008`;
const REPORTER = `arn:aws:iam::${OTHER}:role/Reporter`;
const INTERN = `arn:aws:iam::${OTHER}:role/Intern`;

/** The step-1 scenario: a key in the security account, callers in the analytics account. */
const scenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 8: a key shared with another account',
  accounts: [
    { id: OWNER, name: 'Security (owns the key)' },
    { id: OTHER, name: 'Analytics (calls the key)' },
  ],
  principals: [
    {
      arn: REPORTER,
      name: 'Reporter role (analytics account)',
      policies: [
        iamPolicy('UseSharedReportsKey', {
          Sid: 'ReporterUsesSharedKey',
          Effect: 'Allow',
          Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:DescribeKey'],
          Resource: KEY,
        }),
      ],
    },
    { arn: INTERN, name: 'Intern role (analytics account, no KMS policy)' },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/shared-reports'],
      description: 'Reports key in the security account',
      policy: policyDocument(enableIamStatement(OWNER)),
    },
  ],
  requests: [
    { id: 'reporter-decrypt', principal: REPORTER, action: 'kms:Decrypt', key: KEY },
    { id: 'reporter-encrypt', principal: REPORTER, action: 'kms:Encrypt', key: KEY },
    { id: 'intern-decrypt', principal: INTERN, action: 'kms:Decrypt', key: KEY },
    {
      id: 'reporter-schedule-deletion',
      principal: REPORTER,
      action: 'kms:ScheduleKeyDeletion',
      key: KEY,
    },
  ],
};

/** The key-policy statement that lets the analytics account in. */
const letAnalyticsIn = allowStatement('AnalyticsAccountMayDecrypt', `arn:aws:iam::${OTHER}:root`, [
  'kms:Decrypt',
  'kms:DescribeKey',
]);

export const crossAccountLesson: Lesson = {
  id: 'cross-account-access',
  number: 8,
  title: 'Cross-account access',
  summary:
    'A caller in another account needs two yeses: the key policy in the key’s account must let that account (or the caller) in, and an IAM policy in the caller’s own account must pass the permission on.',
  sources: [
    {
      title: 'Allowing users in other accounts to use a KMS key',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html',
    },
    {
      title: 'AWS KMS permissions (the cross-account use column)',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html',
    },
    {
      title: 'Change a key policy',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying.html',
    },
  ],
  steps: [
    {
      id: 'reporter-decrypts',
      title: 'An IAM policy in another account',
      text: 'The key lives in the security account (111122223333). The `Reporter` role lives in the analytics account (444455556666), and its IAM policy `ReporterUsesSharedKey` allows `kms:Decrypt` on this exact key ARN. The key policy has one statement, the account statement for 111122223333.\n\nReporter asks to decrypt. What does KMS answer?',
      reveal:
        'Reporter is **denied**, implicitly. An IAM policy can never reach into another account’s key on its own: the key policy trusts only its own account, so the analytics account’s IAM policies do not count.',
      scenario,
      request: 'reporter-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'key-policy-lets-account-in',
      title: 'The key policy opens the door',
      text: 'The key’s owner decides who from outside may use it. Here the security account adds `AnalyticsAccountMayDecrypt` to the key policy, naming the analytics account (`arn:aws:iam::444455556666:root`) for `kms:Decrypt` and `kms:DescribeKey`.\n\nNow both sides agree, and Reporter’s decrypt is allowed.',
      change: [{ op: 'add', path: '/keys/0/policy/Statement/-', value: letAnalyticsIn }],
      request: 'reporter-decrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AnalyticsAccountMayDecrypt' },
    },
    {
      id: 'intern-decrypts',
      title: 'Another role of the analytics account',
      text: 'The `Intern` role is in the analytics account too. No IAM policy in that account gives it KMS permissions; the key policy names the analytics account.\n\nIntern asks to decrypt. What does KMS answer?',
      reveal:
        'Intern is **denied**, implicitly. Naming an account in a key policy does not give every role in it the key: it lets that account’s administrators delegate the permission with IAM policies, and nobody has.',
      request: 'intern-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'intern-named-in-the-key-policy',
      title: 'The Intern role named in the key policy',
      text: 'The key policy gets `InternNamedDirectly`, which names the Intern role itself for `kms:Decrypt`. Intern has no IAM policy.\n\nIntern asks to decrypt. What does KMS answer?',
      hint: 'Across accounts, how many policies must say yes?',
      reveal:
        'Intern is **denied**, implicitly. In its own account, a key policy that names a principal is enough; across accounts it is not: the caller’s account must allow the call with an IAM policy as well, and Intern has none.',
      change: [
        {
          op: 'add',
          path: '/keys/0/policy/Statement/-',
          value: allowStatement('InternNamedDirectly', INTERN, 'kms:Decrypt'),
        },
      ],
      request: 'intern-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'only-what-both-allow',
      title: 'Only what both sides allow',
      text: 'Reporter’s IAM policy also allows `kms:Encrypt`, but the key policy gave the analytics account only `kms:Decrypt` and `kms:DescribeKey`. The caller gets the overlap of the two, so encrypting is denied.',
      request: 'reporter-encrypt',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'management-stays-home',
      sources: [
        {
          title: 'AWS KMS permissions (the cross-account use column)',
          url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html',
        },
      ],
      title: 'Managing a key stays in its account',
      text: 'Only some operations work across accounts: the cryptographic ones, `DescribeKey`, `GetPublicKey`, `GetKeyRotationStatus`, and the operations on grants (`CreateGrant`, `ListGrants`, `RetireGrant`, `RevokeGrant`; not to be confused with lesson 6’s grant operations, the operations a grant may list). Key management does not. Here the key policy gives the analytics account `kms:*` and Reporter’s IAM policy allows `kms:ScheduleKeyDeletion`, yet the call fails.',
      change: [
        {
          op: 'replace',
          path: '/keys/0/policy/Statement/1/Action',
          value: 'kms:*',
        },
        {
          op: 'add',
          path: '/principals/0/policies/0/document/Statement/0/Action/-',
          value: 'kms:ScheduleKeyDeletion',
        },
      ],
      request: 'reporter-schedule-deletion',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'name-the-key-by-arn',
      title: 'Name another account’s key by its ARN',
      text: 'A key ID or alias name is looked up in the caller’s own account. To use a key in another account, give its key ARN (or alias ARN).\n\nThe console runs as Reporter: `describe-key` with the key ARN works, with the alias name `alias/shared-reports` KMS finds nothing in the analytics account.',
      console: [
        { line: `aws kms describe-key --key-id ${KEY} --profile Reporter`, contains: KEY },
        {
          line: 'aws kms describe-key --key-id alias/shared-reports --profile Reporter',
          error: 'NotFoundException',
        },
      ],
    },
  ],
  checkpoints: [
    {
      id: 'where-to-allow',
      question:
        'A role in account 444455556666 must decrypt with a key in account 111122223333. Where must the permission be given?',
      choices: [
        {
          text: 'In the key policy only',
          why: 'Across accounts, the caller’s account must also allow the call with an IAM policy.',
        },
        {
          text: 'In the role’s IAM policy only',
          why: 'An IAM policy cannot reach into another account’s key unless the key policy lets that account in.',
        },
        'In both: the key policy lets the account in, and an IAM policy in 444455556666 passes it on',
        {
          text: 'In an SCP of the organization',
          why: 'SCPs only limit; they never give permissions.',
        },
      ],
      answer: 2,
      explanation:
        'Cross-account access takes two policies: the key policy in the key’s account and an IAM policy in the caller’s account. Neither is enough alone. (A grant for the role, made by someone the key policy allows, is the other way in.)',
      demonstrate: {
        step: 'key-policy-lets-account-in',
        shows: { outcome: 'Allowed', decision: 'Allow' },
      },
    },
    {
      id: 'account-in-key-policy',
      question:
        'The key policy allows account 444455556666 to decrypt. A role in that account has no IAM policy for KMS. What does KMS answer when it decrypts?',
      choices: [
        'AccessDeniedException: nothing in its own account passes the permission on',
        {
          text: 'Allowed: its account is in the key policy',
          why: 'Naming the account lets its IAM policies give the permission; none does here.',
        },
        {
          text: 'AccessDeniedException, an explicit deny from the key policy',
          why: 'There is no Deny: nothing allows the role, which is an implicit deny.',
        },
      ],
      answer: 0,
      explanation:
        'Naming an account lets that account’s IAM policies grant the permission; a role without one gets nothing.',
      demonstrate: {
        step: 'intern-decrypts',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'key-id-across-accounts',
      question: 'How does a caller name a KMS key that lives in another account?',
      choices: [
        {
          text: 'By its alias name',
          why: 'An alias name is looked up in the caller’s own account and Region.',
        },
        'By its key ARN or alias ARN',
        {
          text: 'By its key ID',
          why: 'A key ID is looked up in the caller’s own account and Region.',
        },
      ],
      answer: 1,
      explanation:
        'Key IDs and alias names are resolved in the caller’s own account and Region; another account’s key needs its full ARN.',
      demonstrate: { step: 'name-the-key-by-arn' },
    },
    {
      id: 'management-across-accounts',
      question:
        'The key policy gives the analytics account kms:*, and a role there has kms:ScheduleKeyDeletion in its IAM policy. What does KMS answer when it schedules the key’s deletion?',
      choices: [
        {
          text: 'Allowed: both sides allow it',
          why: 'Key management operations do not work across accounts at all.',
        },
        {
          text: 'KMSInvalidStateException',
          why: 'The key’s state is fine; the operation is simply not available across accounts.',
        },
        'AccessDeniedException: key management stays in the key’s account',
      ],
      answer: 2,
      explanation:
        'Only the cryptographic operations, DescribeKey, GetPublicKey, GetKeyRotationStatus and the operations on grants work across accounts.',
      demonstrate: {
        step: 'management-stays-home',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
  ],
};
