import type { Lesson } from '../types';
import {
  accountStatement,
  leeDeny,
  niaByResourceAlias,
  scenario,
} from './04-iamAndKeyPolicy.scenario';

export const iamAndKeyPolicyLesson: Lesson = {
  id: 'iam-and-key-policy',
  number: 4,
  title: 'IAM policies and the key policy together',
  summary:
    'Tell when an IAM policy can give access to a KMS key and when it cannot: the key policy must let IAM speak for the key, both sides must allow the same request, and a deny on either side wins.',
  sources: [
    {
      title: 'IAM policies for AWS KMS',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies.html',
    },
    {
      title: 'Default key policy (allows access to the account and enables IAM policies)',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    },
    {
      title: 'Use aliases to control access to KMS keys',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/alias-authorization.html',
    },
    {
      title: 'Policy evaluation logic',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    },
  ],
  steps: [
    {
      id: 'iam-allow-alone',
      title: 'An IAM allow on its own',
      text: 'Ravi’s IAM policy `LedgerKeyUse` allows `kms:Encrypt` and `kms:Decrypt` on the ledger key, by its key ARN. The key policy names only `KeyAdmin` and Lee, and has no account statement.\n\nFor most AWS resources an IAM allow is enough. Can Ravi encrypt with this key?',
      scenario,
      request: 'ravi-encrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'key-policy-alone',
      title: 'A key policy allow on its own',
      text: 'The other way round works: Lee has no IAM policy at all, yet `AllowLeeToUseTheKey` names him, and in his own account that is enough for his encryption to be allowed.\n\nA key policy is the one policy every request to the key needs; IAM policies only ever help when it lets them.',
      request: 'lee-encrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AllowLeeToUseTheKey' },
    },
    {
      id: 'enable-iam',
      title: 'Let IAM speak for the key',
      text: 'Add the account statement `Enable IAM User Permissions` (principal `arn:aws:iam::111122223333:root`, `kms:*`). It names no user; it says that IAM policies in this account may give access to the key.\n\nRavi’s encryption is now allowed, and the statement that allowed it is his IAM statement `RaviUsesLedgerKey`.',
      change: [{ op: 'add', path: '/keys/0/policy/Statement/-', value: accountStatement }],
      request: 'ravi-encrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'RaviUsesLedgerKey' },
    },
    {
      id: 'iam-decides-actions',
      title: 'The account statement is not a blank cheque',
      text: 'The account statement lists `kms:*`. Does that mean Ravi may now schedule the key’s deletion?',
      request: 'ravi-schedule-deletion',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'alias-in-resource',
      title: 'IAM policies name keys by key ARN',
      text: 'Nia’s IAM policy allows `kms:Encrypt` on `arn:aws:kms:eu-west-1:111122223333:alias/ledger`, and she calls Encrypt with `alias/ledger`.\n\nAn alias ARN in `Resource` means the alias itself (for alias operations), never the key behind it. Predict her result.',
      request: 'nia-encrypt-by-alias',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'alias-in-condition',
      title: 'Use the alias in a condition',
      text: 'To scope an IAM policy by alias, put key ARNs in `Resource` and the alias in a condition: `kms:ResourceAliases` holds the aliases of the key being used. Nia’s rewritten statement allows her call.',
      change: [{ op: 'replace', path: '/principals/2/policies/0', value: niaByResourceAlias }],
      request: 'nia-encrypt-by-alias',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'NiaUsesLedger' },
    },
    {
      id: 'narrow-account-statement',
      title: 'Both sides must allow the same action',
      text: 'Narrow the account statement to `kms:Encrypt` and `kms:DescribeKey`. Ravi’s IAM policy still allows `kms:Decrypt`.\n\nCan he decrypt?',
      change: [
        {
          op: 'replace',
          path: '/keys/0/policy/Statement/2/Action',
          value: ['kms:Encrypt', 'kms:DescribeKey'],
        },
      ],
      request: 'ravi-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'iam-deny-wins',
      title: 'A deny on either side wins',
      text: 'Lee is named in the key policy. Attach an IAM policy to him with `LeeMayNotEncrypt`, a `Deny` on `kms:Encrypt`. An explicit deny in any policy that applies ends the evaluation, whatever the key policy allows.',
      change: [{ op: 'add', path: '/principals/1/policies', value: [leeDeny] }],
      request: 'lee-encrypt',
      expect: {
        outcome: 'AccessDeniedException',
        decision: 'ExplicitDeny',
        decidingSid: 'LeeMayNotEncrypt',
      },
    },
  ],
  checkpoints: [
    {
      id: 'iam-allow-alone',
      question:
        'A user’s IAM policy allows kms:Decrypt on a key, but the key policy neither names the user nor enables IAM policies. Can the user decrypt?',
      choices: ['Yes', 'No'],
      answer: 1,
      explanation:
        'KMS needs the key policy to allow every request, directly or by enabling IAM policies with the account statement. Without either, the IAM allow has no effect.',
      demonstrate: {
        step: 'iam-allow-alone',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'key-policy-without-iam',
      question:
        'The key policy names Lee and allows kms:Encrypt; Lee has no IAM policy. Same account. Can he encrypt?',
      choices: ['Yes, the key policy is enough', 'No, he also needs an IAM policy'],
      answer: 0,
      explanation:
        'A key policy statement that names a principal of the key’s own account allows the request by itself.',
      demonstrate: {
        step: 'key-policy-alone',
        shows: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AllowLeeToUseTheKey' },
      },
    },
    {
      id: 'both-sides',
      question:
        'The account statement allows only kms:Encrypt and kms:DescribeKey. An IAM policy allows kms:Decrypt on the key. Is kms:Decrypt allowed?',
      choices: ['Yes, IAM allows it', 'No, the key policy does not pass kms:Decrypt to IAM'],
      answer: 1,
      explanation:
        'With the account statement, an IAM policy can only allow what the account statement also allows for the same request.',
      demonstrate: {
        step: 'narrow-account-statement',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'deny-wins',
      question:
        'The key policy allows Lee to encrypt. His IAM policy denies kms:Encrypt. What is the decision?',
      choices: ['Allowed', 'Implicit deny', 'Explicit deny'],
      answer: 2,
      explanation: 'An explicit deny in any applicable policy overrides every allow.',
      demonstrate: {
        step: 'iam-deny-wins',
        shows: { outcome: 'AccessDeniedException', decision: 'ExplicitDeny' },
      },
    },
  ],
};
