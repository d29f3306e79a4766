import type { Lesson } from '../types';
import {
  allowStatement,
  enableIamStatement,
  iamPolicy,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000001`;
const ANA = `arn:aws:iam::${ACCOUNT}:user/Ana`;
const BOB = `arn:aws:iam::${ACCOUNT}:user/Bob`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;

/** The step-1 scenario: a key whose policy names only Ana. */
const scenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 1: the key policy decides',
  principals: [
    { arn: ANA, name: 'Ana (created the key; named in its policy)' },
    {
      arn: BOB,
      name: 'Bob (IAM administrator)',
      policies: [
        iamPolicy('AdministratorAccess', {
          Sid: 'Everything',
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
        }),
      ],
    },
    { arn: ROOT, name: 'The account root user' },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/payroll'],
      description: 'Created by Ana',
      policy: policyDocument(
        allowStatement('AllowAnaToUseTheKey', ANA, ['kms:Encrypt', 'kms:Decrypt']),
        // The lockout safety check refuses a new key's policy unless it lets the caller (Ana) put
        // a policy again later (CreateKey, Policy parameter).
        allowStatement('AllowAnaToManageTheKey', ANA, [
          'kms:PutKeyPolicy',
          'kms:GetKeyPolicy',
          'kms:DescribeKey',
        ]),
      ),
    },
  ],
  requests: [
    { id: 'ana-encrypt', principal: ANA, action: 'kms:Encrypt', key: KEY },
    { id: 'bob-encrypt', principal: BOB, action: 'kms:Encrypt', key: KEY },
    { id: 'root-decrypt', principal: ROOT, action: 'kms:Decrypt', key: KEY },
    { id: 'bob-put-policy', principal: BOB, action: 'kms:PutKeyPolicy', key: KEY },
  ],
};

export const keyPolicyLesson: Lesson = {
  id: 'key-policy-basics',
  number: 1,
  title: 'What a key policy is',
  summary:
    'Every KMS key has exactly one key policy, and it is the primary control: nobody, not even the account root user, gets access to the key unless its policy lets them, directly or by letting IAM policies and grants give it.',
  sources: [
    {
      title: 'Key policies in AWS KMS',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    },
    {
      title: 'Default key policy',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    },
    {
      title: 'CreateKey (the Policy parameter and the lockout safety check)',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html',
    },
  ],
  steps: [
    {
      id: 'named-principal',
      title: 'One key, one policy',
      text: 'A KMS key carries exactly one **key policy**, a resource policy attached to the key itself. Ana created this key and wrote its policy: `AllowAnaToUseTheKey` lets her encrypt and decrypt, and `AllowAnaToManageTheKey` lets her read and replace the policy. KMS insisted on the second one: when you create a key with a policy, the policy must let you change it later, unless you explicitly bypass that **lockout safety check**.\n\nAna asks to encrypt with the key. Watch the decision map: the key policy’s statement matches her, the action and the key.',
      scenario,
      request: 'ana-encrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AllowAnaToUseTheKey' },
    },
    {
      id: 'bob-and-the-key',
      title: 'An IAM administrator and the key',
      text: 'Bob is the account’s IAM administrator: his IAM policy allows every action on every resource (`"Action": "*"`). The key policy does not mention him.\n\nBob asks to encrypt with the key. What does KMS answer?',
      hint: 'Which document has the last word over a KMS key, and does it let IAM policies speak for it?',
      reveal:
        'Bob is **denied**, implicitly. His IAM policy never counted: for a KMS key an IAM policy takes effect only when the key policy lets the account’s IAM policies speak for it, and this one does not.',
      request: 'bob-encrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'why-bob-was-denied',
      title: 'Why Bob was denied',
      text: 'The same holds for key management: Bob cannot change the policy to let himself in. Being an IAM administrator, or even creating a key, gives no access of its own: only what the key policy says counts. Ana can still change the policy, because the lockout safety check made sure of it when she created the key.',
      request: 'bob-put-policy',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'root-user-decrypts',
      title: 'The account root user',
      text: 'Most AWS resources trust the account’s root user. The key policy names Ana and nobody else.\n\nThe root user asks to decrypt with the key. What does KMS answer?',
      reveal:
        'The root user is **denied** like anyone else: a KMS key does not trust its account unless the key policy says so. This is why the default key policy gives the account (`:root`) access: without it, a key whose named principals are all gone could not be managed at all, until AWS Support steps in.',
      request: 'root-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'ana-edits-the-policy',
      sources: [
        {
          title: 'PutKeyPolicy (API reference): BypassPolicyLockoutSafetyCheck',
          url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html',
        },
      ],
      title: 'Ana edits her policy',
      text: 'Ana decides the key needs less: she calls `PutKeyPolicy` with a policy that keeps `AllowAnaToUseTheKey` and drops `AllowAnaToManageTheKey`. Her current policy lets her call `PutKeyPolicy`, and she does not set `BypassPolicyLockoutSafetyCheck`.\n\nWhat does KMS answer?',
      hint: 'After this change, who could ever call PutKeyPolicy on this key?',
      reveal:
        'KMS refuses the new policy with `MalformedPolicyDocumentException`: her request is authorized, but the **lockout safety check** finds that the new policy would not let her put a policy again, and nobody else either. The same check runs on `CreateKey`; only `BypassPolicyLockoutSafetyCheck` skips it, and AWS advises against using it casually.',
      change: [
        {
          op: 'add',
          path: '/requests/-',
          value: {
            id: 'ana-put-policy',
            principal: ANA,
            action: 'kms:PutKeyPolicy',
            key: KEY,
            parameters: {
              Policy: policyDocument(
                allowStatement('AllowAnaToUseTheKey', ANA, ['kms:Encrypt', 'kms:Decrypt']),
              ),
            },
          },
        },
      ],
      request: 'ana-put-policy',
      predict: true,
      expect: {
        outcome: 'MalformedPolicyDocumentException',
        decision: 'Allow',
        decidingSid: 'AllowAnaToManageTheKey',
      },
    },
    {
      id: 'give-the-account-access',
      title: 'Letting IAM policies count',
      text: 'The statement KMS puts in its default key policy gives the account (`arn:aws:iam::111122223333:root`) access to the key. That does not hand the key to every user: it lets **IAM policies** in the account grant access.\n\nWith it added, Bob’s administrator policy now counts, and his encryption is allowed, this time by the combination of the key policy and his IAM policy.',
      change: [
        {
          op: 'add',
          path: '/keys/0/policy/Statement/-',
          value: enableIamStatement(ACCOUNT),
        },
      ],
      request: 'bob-encrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'Everything' },
    },
  ],
  checkpoints: [
    {
      id: 'how-many-policies',
      question: 'How many key policies does a KMS key have?',
      choices: [
        {
          text: 'One per principal that uses it',
          why: 'Principals are named inside the policy; the key holds one policy document.',
        },
        {
          text: 'None until you attach one',
          why: 'KMS attaches a default key policy when you create a key without one.',
        },
        'Exactly one',
        {
          text: 'As many as you like',
          why: 'That is true of IAM policies on a user, not of key policies.',
        },
      ],
      answer: 2,
      explanation:
        'Every KMS key has exactly one key policy. KMS writes a default one when you create a key without giving one.',
      demonstrate: {
        step: 'named-principal',
        shows: { outcome: 'Allowed', decidingSid: 'AllowAnaToUseTheKey' },
      },
    },
    {
      id: 'iam-allow-alone',
      question:
        'An IAM policy allows kms:Encrypt on every resource, but the key policy neither names the user nor enables IAM policies. What does KMS answer when the user encrypts?',
      choices: [
        'AccessDeniedException: the IAM allow does not count, and nothing else allows it',
        {
          text: 'Allowed: the IAM policy allows it',
          why: 'For a KMS key, an IAM policy only counts when the key policy lets IAM policies in.',
        },
        {
          text: 'AccessDeniedException: the key policy’s silence is an explicit deny',
          why: 'Silence is never explicit: an explicit deny needs a Deny statement that matches.',
        },
      ],
      answer: 0,
      explanation:
        'IAM policies only count for a KMS key when its key policy enables them (the account statement). Without it, the request is implicitly denied.',
      demonstrate: {
        step: 'bob-and-the-key',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'root-user',
      question: 'Can the account root user use a key whose policy does not mention the account?',
      choices: [
        {
          text: 'Yes, the root user can do anything',
          why: 'That holds for most AWS resources, not for KMS keys: the key policy decides.',
        },
        {
          text: 'Yes, if the root user created the key',
          why: 'Creating a key gives no access of its own; only the key policy counts.',
        },
        'No: the key policy does not let the account in',
      ],
      answer: 2,
      explanation:
        'Key policies are the primary control of KMS keys. Unless the key policy allows the account or the root user, the root user has no access.',
      demonstrate: {
        step: 'root-user-decrypts',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'lockout-check',
      question:
        'Ana creates a key with a policy that lets her encrypt and decrypt, and nothing else. What does KMS do?',
      choices: [
        {
          text: 'Creates the key; Ana can fix the policy later',
          why: 'Nobody could fix it: the policy lets nobody call PutKeyPolicy.',
        },
        'Refuses the policy, unless she bypasses the lockout safety check',
        {
          text: 'Creates the key and adds the account statement for her',
          why: 'KMS adds a default policy only when you give none; it never edits yours.',
        },
      ],
      answer: 1,
      explanation:
        'The lockout safety check refuses a key policy that would not let the caller put a policy again later (MalformedPolicyDocumentException), unless the caller sets BypassPolicyLockoutSafetyCheck. That is why Ana’s policy has AllowAnaToManageTheKey.',
      demonstrate: {
        step: 'ana-edits-the-policy',
        shows: { outcome: 'MalformedPolicyDocumentException', decision: 'Allow' },
      },
    },
  ],
};
