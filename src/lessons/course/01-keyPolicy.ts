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
    { arn: ANA, name: 'Ana (named in the key policy)' },
    {
      arn: BOB,
      name: 'Bob (created the key; IAM administrator)',
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
      description: 'Created by Bob',
      policy: policyDocument(
        allowStatement('AllowAnaToUseTheKey', ANA, ['kms:Encrypt', 'kms:Decrypt']),
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
    'Every KMS key has exactly one key policy, and it is the primary control: nobody, not even the account root user or the key’s creator, can use the key unless the policy lets them.',
  sources: [
    {
      title: 'Key policies in AWS KMS',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    },
    {
      title: 'Default key policy',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    },
  ],
  steps: [
    {
      id: 'named-principal',
      title: 'One key, one policy',
      text: 'A KMS key carries exactly one **key policy**, a resource policy attached to the key itself. Here it has a single statement, `AllowAnaToUseTheKey`, naming Ana as the principal.\n\nAna asks to encrypt with the key. Watch the diagram: the key policy is the first place KMS looks, and its statement matches her, the action and the key.',
      scenario,
      request: 'ana-encrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AllowAnaToUseTheKey' },
    },
    {
      id: 'iam-admin-is-not-enough',
      title: 'An IAM administrator is not enough',
      text: 'Bob created the key and his IAM policy allows every action on every resource (`"Action": "*"`).\n\nDecide before you look: can Bob encrypt with the key?',
      request: 'bob-encrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'why-bob-was-denied',
      title: 'Why Bob was denied',
      text: 'Bob’s IAM policy never counted. For KMS, an IAM policy takes effect only when the **key policy** lets the account’s IAM policies speak for it, and this one does not. Creating a key gives its creator no lasting access either: only what the policy says counts.\n\nThe same holds for key management: Bob cannot even change the policy to let himself in.',
      request: 'bob-put-policy',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'root-has-no-access',
      title: 'Not even the root user',
      text: 'Most AWS resources trust the account’s root user. A KMS key does not: if the key policy gives the account nothing, the root user is denied like anyone else.\n\nPredict, then play: may the root user decrypt?',
      request: 'root-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
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
        'Exactly one',
        'One per principal that uses it',
        'None until you attach one',
        'As many as you like',
      ],
      answer: 0,
      explanation:
        'Every KMS key has exactly one key policy. KMS writes a default one when you create a key without giving one.',
      demonstrate: { step: 'named-principal' },
    },
    {
      id: 'iam-allow-alone',
      question:
        'An IAM policy allows kms:Encrypt on every resource, but the key policy neither names the user nor enables IAM policies. Can the user encrypt?',
      choices: ['Yes, the IAM policy allows it', 'No, the key policy gives IAM no say'],
      answer: 1,
      explanation:
        'IAM policies only count for a KMS key when its key policy enables them (the account statement). Without it, the request is implicitly denied.',
      demonstrate: {
        step: 'iam-admin-is-not-enough',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'root-user',
      question: 'Can the account root user use a key whose policy does not mention the account?',
      choices: ['Yes, the root user can do anything', 'No'],
      answer: 1,
      explanation:
        'Key policies are the primary control of KMS keys. Unless the key policy allows the account or the root user, the root user has no access.',
      demonstrate: {
        step: 'root-has-no-access',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
  ],
};
