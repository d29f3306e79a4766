import type { Lesson } from '../types';
import {
  allowStatement,
  enableIamStatement,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

const SECURITY = '111122223333';
const ANALYTICS = '444455556666';
const KEY = `arn:aws:kms:eu-west-1:${SECURITY}:key/f1a1f1a1-0000-4000-8000-000000000014`;
const REPORTER = `arn:aws:iam::${ANALYTICS}:role/Reporter`;
const KEY_ADMIN = `arn:aws:iam::${SECURITY}:user/KeyAdmin`;
const GRANT_ID = 'f1a1000000000000000000000000000000000000000000000000000000000014';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const decrypt = (id: string, quarter: string) => ({
  id,
  principal: REPORTER,
  action: 'kms:Decrypt',
  key: KEY,
  encryptionContext: { quarter },
});

/** A key in the security account, a grant for a role of the analytics account, an organization. */
const scenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Final assessment: a grant across accounts, under an SCP',
  organization: {
    units: [{ id: 'ou-analytics', parent: 'r-root', name: 'Analytics' }],
    policies: [
      {
        id: 'p-FullAWSAccess',
        type: 'SCP',
        name: 'FullAWSAccess',
        targets: ['r-root', 'ou-analytics', SECURITY, ANALYTICS],
        document: doc({ Sid: 'FullAWSAccess', Effect: 'Allow', Action: '*', Resource: '*' }),
      },
    ],
  },
  accounts: [
    { id: SECURITY, name: 'Security (owns the key)', parent: 'r-root' },
    { id: ANALYTICS, name: 'Analytics', parent: 'ou-analytics' },
  ],
  principals: [
    { arn: KEY_ADMIN, name: 'KeyAdmin (security account)' },
    { arn: REPORTER, name: 'Reporter role (analytics account, no IAM policy)' },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/quarterly-reports'],
      policy: policyDocument(
        enableIamStatement(SECURITY),
        allowStatement('KeyAdminManagesGrants', KEY_ADMIN, [
          'kms:CreateGrant',
          'kms:ListGrants',
          'kms:RevokeGrant',
          'kms:DescribeKey',
        ]),
      ),
    },
  ],
  grants: [
    {
      grantId: GRANT_ID,
      key: KEY,
      name: 'reporter-reads-q3',
      granteePrincipal: REPORTER,
      operations: ['Decrypt'],
      constraints: { encryptionContextSubset: { quarter: '2026-Q3' } },
      issuingAccount: `arn:aws:iam::${SECURITY}:root`,
      propagated: true,
    },
  ],
  requests: [decrypt('reporter-decrypt-q3', '2026-Q3'), decrypt('reporter-decrypt-q4', '2026-Q4')],
};

export const finalAssessmentLesson: Lesson = {
  id: 'final-assessment',
  number: 14,
  title: 'Final assessment: putting it together',
  summary:
    'Predict requests that mix the lessons: a grant used from another account, its constraint, an SCP over the caller’s account and the key’s state. Then take the final challenges, where you write the policies.',
  sources: [
    {
      title: 'Grants in AWS KMS',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grants.html',
    },
    {
      title: 'Allowing users in other accounts to use a KMS key',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html',
    },
    {
      title: 'Service control policies (SCPs)',
      url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
    },
    {
      title: 'Key states of AWS KMS keys',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html',
    },
  ],
  steps: [
    {
      id: 'reporter-and-the-grant',
      title: 'A grant for a role of another account',
      text: 'The key lives in the security account. KeyAdmin created a grant on it for the `Reporter` role of the analytics account: operation `Decrypt`, constraint `EncryptionContextSubset: {"quarter": "2026-Q3"}`; the grant has propagated. The key policy has the account statement (for the security account) and KeyAdmin’s statement. Reporter has **no IAM policy**; the analytics account’s SCP is `FullAWSAccess`.\n\nReporter decrypts a report whose context is `{"quarter": "2026-Q3"}`. What does KMS answer?',
      hint: 'Which of the three sources of an allow (key policy, IAM policy, grant) speaks for Reporter here?',
      reveal:
        'KMS **allows** it, by the grant. A grant is a permission of its own: its grantee needs no key policy statement and no IAM policy, and the grantee may be in another account. Guardrails over the caller’s account still apply, as the next steps show.',
      scenario,
      request: 'reporter-decrypt-q3',
      predict: true,
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'reporter-other-quarter',
      title: 'Another quarter',
      text: 'Reporter decrypts a report whose context is `{"quarter": "2026-Q4"}`, with the same grant. What does KMS answer?',
      reveal:
        'Reporter is **denied**, implicitly: the grant’s constraint asks for `quarter = 2026-Q3`, so the grant does not apply, and nothing else allows Reporter.',
      request: 'reporter-decrypt-q4',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'scp-over-analytics',
      title: 'An SCP over the analytics account',
      text: 'The organization attaches `NoDecryptInAnalytics` to the Analytics unit: a `Deny` on `kms:Decrypt` for every principal of the accounts below. The grant is unchanged.\n\nReporter decrypts the 2026-Q3 report. What does KMS answer?',
      hint: 'Does an SCP look at where the permission came from?',
      reveal:
        'Reporter is **denied**, explicitly, by the SCP’s `DenyDecrypt`: SCPs limit every principal of the accounts below them, whatever gives the permission, a grant included, and an explicit deny wins.',
      change: [
        {
          op: 'add',
          path: '/organization/policies/-',
          value: {
            id: 'p-NoDecryptInAnalytics',
            type: 'SCP',
            name: 'NoDecryptInAnalytics',
            targets: ['ou-analytics'],
            document: doc({
              Sid: 'DenyDecrypt',
              Effect: 'Deny',
              Action: 'kms:Decrypt',
              Resource: '*',
            }),
          },
        },
      ],
      request: 'reporter-decrypt-q3',
      predict: true,
      expect: {
        outcome: 'AccessDeniedException',
        decision: 'ExplicitDeny',
        decidingSid: 'DenyDecrypt',
      },
    },
    {
      id: 'key-disabled',
      title: 'The key’s state',
      text: 'The SCP is detached. Then someone in the security account disables the key (`disable-key`). The grant is unchanged.\n\nReporter decrypts the 2026-Q3 report. What does KMS answer?',
      reveal:
        'KMS answers `DisabledException`: the grant still authorizes Reporter, but a disabled key cannot be used for cryptographic operations. Authorization is one check among several.',
      change: [
        { op: 'remove', path: '/organization/policies/1' },
        { op: 'add', path: '/keys/0/state', value: 'Disabled' },
      ],
      request: 'reporter-decrypt-q3',
      predict: true,
      expect: { outcome: 'DisabledException', decision: 'Allow' },
    },
  ],
  checkpoints: [
    {
      id: 'grant-needs-iam',
      question:
        'A grant on a key in account A names a role of account B for Decrypt. The role has no IAM policy. What does KMS answer to its Decrypt that meets the grant’s constraint?',
      choices: [
        {
          text: 'AccessDeniedException: across accounts an IAM policy is always needed',
          why: 'That holds for key policy statements naming another account; a grant is a permission of its own.',
        },
        'Allowed: the grant is enough',
        {
          text: 'AccessDeniedException: grants cannot name principals of other accounts',
          why: 'A grantee may be a principal of another account.',
        },
      ],
      answer: 1,
      explanation:
        'A grant gives its grantee the operations it lists, without a key policy statement or an IAM policy, across accounts too. Guardrails such as SCPs still apply.',
      demonstrate: {
        step: 'reporter-and-the-grant',
        shows: { outcome: 'Allowed', decision: 'Allow' },
      },
    },
    {
      id: 'scp-over-grant',
      question:
        'The caller’s account is under an SCP that denies kms:Decrypt. The caller holds a grant for Decrypt on a key of another account. What happens?',
      choices: [
        {
          text: 'Allowed: SCPs do not apply to grants',
          why: 'SCPs limit the principals of their accounts, whatever gives the permission.',
        },
        {
          text: 'Allowed: SCPs only apply in the key’s account',
          why: 'An SCP applies to the principals of the accounts it is attached above.',
        },
        'AccessDeniedException: the SCP’s explicit deny wins',
      ],
      answer: 2,
      explanation:
        'An SCP sets the maximum for every principal of the accounts below it. Its explicit deny overrides any allow, a grant’s included.',
      demonstrate: {
        step: 'scp-over-analytics',
        shows: { outcome: 'AccessDeniedException', decision: 'ExplicitDeny' },
      },
    },
    {
      id: 'disabled-with-grant',
      question: 'A grantee calls Decrypt on a disabled key. What does KMS answer?',
      choices: [
        'DisabledException',
        {
          text: 'AccessDeniedException: disabling a key revokes its grants',
          why: 'Disabling keeps grants; it stops cryptographic use of the key.',
        },
        {
          text: 'Allowed: grants ignore the key state',
          why: 'No permission makes a disabled key usable.',
        },
      ],
      answer: 0,
      explanation:
        'The grant still authorizes the call, but a disabled key cannot be used for cryptographic operations until it is enabled again.',
      demonstrate: { step: 'key-disabled', shows: { outcome: 'DisabledException' } },
    },
  ],
};
