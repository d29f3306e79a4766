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
      id: 'ravi-encrypts',
      title: 'Ravi’s IAM policy',
      text: 'Ravi’s IAM policy `LedgerKeyUse` allows `kms:Encrypt` and `kms:Decrypt` on the ledger key, by its key ARN. The key policy names `KeyAdmin` and Lee, and has no account statement.\n\nRavi asks to encrypt with the key. What does KMS answer?',
      hint: 'For most AWS resources an IAM allow would do. What is different about a KMS key?',
      reveal:
        'Ravi is **denied**, implicitly. For a KMS key an IAM allow counts only when the key policy lets IAM policies in, with the account statement; this key policy does not.',
      scenario,
      request: 'ravi-encrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'key-policy-alone',
      sources: [
        {
          title: 'KMS key access and permissions',
          url: 'https://docs.aws.amazon.com/kms/latest/developerguide/control-access.html',
        },
      ],
      title: 'A key policy allow on its own',
      text: 'The other way round works: Lee has no IAM policy at all, yet `AllowLeeToUseTheKey` names him, and in his own account that is enough for his encryption to be allowed.\n\nSo every allow for this key comes from the key policy itself, from an IAM policy the key policy lets count, or from a grant (lesson 5), which someone the key policy allowed must have created. IAM policies only ever help when the key policy lets them.',
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
      id: 'ravi-schedules-deletion',
      title: 'What the account statement passes on',
      text: 'The account statement lists `kms:*`. Ravi’s IAM policy lists `kms:Encrypt` and `kms:Decrypt`.\n\nRavi calls `ScheduleKeyDeletion` on the key. What does KMS answer?',
      reveal:
        'Ravi is **denied**, implicitly. The account statement lets IAM policies speak for the key; it gives no user anything itself. Ravi’s IAM policy does not list `kms:ScheduleKeyDeletion`, so nothing allows it.',
      request: 'ravi-schedule-deletion',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'nia-encrypts-by-alias',
      title: 'An alias ARN in an IAM policy',
      text: 'Nia’s IAM policy allows `kms:Encrypt` on `arn:aws:kms:eu-west-1:111122223333:alias/ledger`, and she calls Encrypt with `alias/ledger`.\n\nWhat does KMS answer?',
      hint: 'For `Encrypt`, which resource does KMS authorize: the alias, or the key behind it?',
      reveal:
        'Nia is **denied**, implicitly. An alias ARN in `Resource` means the alias itself (for alias operations such as `CreateAlias`), never the key behind it; `Encrypt` is authorized on the key.',
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
      id: 'account-statement-edited',
      title: 'Edit the account statement',
      text: 'Change the account statement’s actions to `kms:Encrypt` and `kms:DescribeKey`. Ravi’s IAM policy allows `kms:Encrypt` and `kms:Decrypt`.\n\nRavi asks to decrypt. What does KMS answer?',
      reveal:
        'Ravi is **denied**, implicitly. Both sides must allow the same request: the key policy passes only `kms:Encrypt` and `kms:DescribeKey` on to IAM, so his IAM allow for `kms:Decrypt` does not count.',
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
        'A user’s IAM policy allows kms:Decrypt on a key, but the key policy neither names the user nor enables IAM policies, and no grant names the user. What does KMS answer when the user decrypts?',
      choices: [
        {
          text: 'Allowed: the IAM policy allows it',
          why: 'An IAM allow counts for a KMS key only when the key policy lets IAM policies in.',
        },
        {
          text: 'AccessDeniedException, an explicit deny',
          why: 'No Deny statement matches; nothing allows it.',
        },
        'AccessDeniedException, an implicit deny',
      ],
      answer: 2,
      explanation:
        'Every allow for a KMS key comes from the key policy, an IAM policy the key policy enables (the account statement), or a grant. Here there is none of them, so the IAM allow has no effect.',
      demonstrate: {
        step: 'ravi-encrypts',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'key-policy-without-iam',
      question:
        'The key policy names Lee and allows kms:Encrypt; Lee has no IAM policy. Same account. What does KMS answer when he encrypts?',
      choices: [
        {
          text: 'AccessDeniedException: he also needs an IAM policy',
          why: 'In the key’s own account, a key policy statement naming the principal is enough.',
        },
        'Allowed: the key policy is enough',
        {
          text: 'AccessDeniedException, unless the account statement is there',
          why: 'The account statement lets IAM policies count; Lee needs none.',
        },
      ],
      answer: 1,
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
        'The account statement allows only kms:Encrypt and kms:DescribeKey. An IAM policy allows kms:Decrypt on the key. What does KMS answer to a kms:Decrypt from that user?',
      choices: [
        'AccessDeniedException: the key policy does not pass kms:Decrypt on to IAM',
        {
          text: 'Allowed: IAM allows it',
          why: 'With the account statement, an IAM allow counts only for what that statement also allows.',
        },
        {
          text: 'AccessDeniedException, an explicit deny from the account statement',
          why: 'The account statement is an Allow; leaving an action out denies nothing explicitly.',
        },
      ],
      answer: 0,
      explanation:
        'With the account statement, an IAM policy can only allow what the account statement also allows for the same request.',
      demonstrate: {
        step: 'account-statement-edited',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'deny-wins',
      question:
        'The key policy allows Lee to encrypt. His IAM policy denies kms:Encrypt. What is the decision?',
      choices: [
        {
          text: 'Allowed',
          why: 'An explicit deny in any policy that applies overrides every allow.',
        },
        'Explicit deny',
        { text: 'Implicit deny', why: 'A Deny statement matches: that is an explicit deny.' },
      ],
      answer: 1,
      explanation: 'An explicit deny in any applicable policy overrides every allow.',
      demonstrate: {
        step: 'iam-deny-wins',
        shows: { outcome: 'AccessDeniedException', decision: 'ExplicitDeny' },
      },
    },
  ],
};
