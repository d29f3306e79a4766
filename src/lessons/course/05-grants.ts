import type { Lesson } from '../types';
import { BOB, KEY, bobsGrant, scenario } from './05-grants.scenario';

const bobEncrypts = `aws kms encrypt --profile Bob --key-id ${KEY} --plaintext aGVsbG8=`;

export const grantsLesson: Lesson = {
  id: 'grants',
  number: 5,
  title: 'Grants',
  summary:
    'Give a principal use of a key with a grant, make it work at once with a grant token, limit it to operations and an encryption context, limit who may create grants, and remove it by retiring or revoking.',
  sources: [
    {
      title: 'Grants in AWS KMS',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grants.html',
    },
    {
      title: 'Creating grants',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/create-grant-overview.html',
    },
    {
      title: 'Using a grant token',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html',
    },
    {
      title: 'Retiring and revoking grants',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html',
    },
    {
      title: 'Controlling access to grants',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grant-authorization.html',
    },
  ],
  steps: [
    {
      id: 'walkthrough',
      title: 'A grant from the command line',
      text: 'Bob has no IAM policy and the key policy does not name him. Alice’s statement `AliceCreatesGrants` lets her call `CreateGrant`. Grants are made with the API or CLI, not in the console’s policy editor.\n\nPredict Bob’s encryption, then run the console: it is denied, Alice creates a grant for Bob with the operation `Encrypt`, Bob is still denied without the grant token (the grant has not propagated yet) but encrypts with it, Alice lists the grant and revokes it, and Bob is denied again.',
      scenario,
      request: 'bob-encrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      console: [
        { line: bobEncrypts, error: 'AccessDeniedException' },
        {
          line: `aws kms create-grant --profile Alice --key-id ${KEY} --grantee-principal ${BOB} --operations Encrypt`,
          capture: { token: 'GrantToken', grantId: 'GrantId' },
        },
        { line: bobEncrypts, error: 'AccessDeniedException' },
        { line: `${bobEncrypts} --grant-tokens \${token}`, contains: 'CiphertextBlob' },
        {
          line: `aws kms list-grants --profile Alice --key-id ${KEY}`,
          contains: `"GranteePrincipal": "${BOB}"`,
        },
        { line: `aws kms revoke-grant --profile Alice --key-id ${KEY} --grant-id \${grantId}` },
        { line: `${bobEncrypts} --grant-tokens \${token}`, error: 'AccessDeniedException' },
      ],
    },
    {
      id: 'not-yet-consistent',
      title: 'Eventual consistency',
      text: 'The grant is now part of the scenario: grantee Bob, operation `Encrypt`, created moments ago (`propagated: false`). KMS is eventually consistent: a new grant can take a short while (usually under five minutes) to take effect everywhere, and until then a request that relies on it may fail. The playground shows that worst case: an unpropagated grant counts only with its token.\n\nBob encrypts **without** the grant token. Allowed?',
      change: [{ op: 'add', path: '/grants', value: [bobsGrant] }],
      request: 'bob-encrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'grant-token',
      title: 'The grant token',
      text: '`CreateGrant` returns a grant token. Passed in `GrantTokens`, it lets the grantee use the new grant at once, before it has propagated. Bob’s encryption with the token is allowed by the grant.',
      request: 'bob-encrypt-with-token',
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'propagated',
      title: 'Once the grant has propagated',
      text: 'A few minutes later the grant is everywhere: Bob no longer needs the token, and his plain encryption is allowed, just as if a policy allowed it.',
      change: [{ op: 'replace', path: '/grants/0/propagated', value: true }],
      request: 'bob-encrypt',
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'only-listed-operations',
      title: 'Only the listed operations',
      text: 'The grant lists one operation, `Encrypt`. Can Bob decrypt what he encrypted?',
      request: 'bob-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'constraint',
      title: 'A grant constraint',
      text: 'Alice replaces the grant with one for `Encrypt` and `Decrypt` that carries the constraint `EncryptionContextSubset: {"project": "apollo"}`: every request must include that pair in its encryption context.\n\nBob encrypts with no encryption context. Allowed?',
      change: [
        { op: 'replace', path: '/grants/0/operations', value: ['Encrypt', 'Decrypt'] },
        {
          op: 'add',
          path: '/grants/0/constraints',
          value: { encryptionContextSubset: { project: 'apollo' } },
        },
      ],
      request: 'bob-encrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'constraint-met',
      title: 'The constraint met',
      text: 'With `{"project": "apollo"}` as encryption context, the grant allows Bob’s encryption.',
      request: 'bob-encrypt-apollo',
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'grants-cannot-deny',
      title: 'Grants only allow',
      text: 'A grant can add permissions; it cannot take any away, and it cannot beat a deny. Add `NoEncryptForBob` to the key policy, a `Deny` on `kms:Encrypt` for Bob. His grant is unchanged, and his encryption meets the explicit deny.',
      change: [
        {
          op: 'add',
          path: '/keys/0/policy/Statement/-',
          value: {
            Sid: 'NoEncryptForBob',
            Effect: 'Deny',
            Principal: { AWS: BOB },
            Action: 'kms:Encrypt',
            Resource: '*',
          },
        },
      ],
      request: 'bob-encrypt-apollo',
      expect: {
        outcome: 'AccessDeniedException',
        decision: 'ExplicitDeny',
        decidingSid: 'NoEncryptForBob',
      },
    },
    {
      id: 'limit-grant-creation',
      title: 'Limit what grants may carry',
      text: 'The deny is removed. Whoever may call `CreateGrant` may put **any** grant operation in a grant, even ones they cannot use themselves. Alice’s statement gets a condition: `ForAllValues:StringEquals` on `kms:GrantOperations` with `Encrypt`, `Decrypt` and `DescribeKey`.\n\nAlice tries a grant for Bob with `Encrypt` and `CreateGrant`. Allowed?',
      change: [
        { op: 'remove', path: '/keys/0/policy/Statement/3' },
        {
          op: 'add',
          path: '/keys/0/policy/Statement/1/Condition',
          value: {
            'ForAllValues:StringEquals': {
              'kms:GrantOperations': ['Encrypt', 'Decrypt', 'DescribeKey'],
            },
          },
        },
      ],
      request: 'alice-grant-with-create-grant',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'child-grant',
      title: 'Grants that create grants',
      text: 'A grant that includes `CreateGrant` lets its grantee create further grants. Bob’s grant now lists `Encrypt`, `Decrypt` and `CreateGrant` under the apollo constraint. Bob creates a grant for Carol with `Decrypt`, keeping the constraint: allowed by his grant.',
      change: [
        {
          op: 'replace',
          path: '/grants/0/operations',
          value: ['Encrypt', 'Decrypt', 'CreateGrant'],
        },
      ],
      request: 'bob-grants-carol-decrypt',
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'child-cannot-exceed',
      title: 'Never more than the parent',
      text: 'A grant created from a grant may carry only the parent’s operations, with constraints at least as strict. Bob asks for Carol to get `Decrypt` and `GenerateDataKey`.\n\nPredict.',
      request: 'bob-grants-carol-more',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'retire',
      title: 'Retiring: the clean-up when work is done',
      text: 'A grant is removed by **retiring** or **revoking** it. Retiring is meant for when the grant is no longer needed. The grant names Dan as its **retiring principal**, so Dan may retire it without any policy.',
      request: 'dan-retires',
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'grantee-cannot-retire',
      title: 'Who may retire',
      text: 'The grantee may retire its own grant only when the grant lists the `RetireGrant` operation. Bob’s does not. May Bob retire it?',
      request: 'bob-retires',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'revoke',
      title: 'Revoking: cancelling from the key’s side',
      text: 'Revoking is for cancelling a grant that should stop working, typically by a key administrator. It needs `kms:RevokeGrant` on the key, which `AliceManagesGrants` gives Alice. Once a grant is gone, so are the permissions it gave, with no policy to edit.',
      request: 'alice-revokes',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AliceManagesGrants' },
    },
  ],
  checkpoints: [
    {
      id: 'token',
      question:
        'Bob’s grant was created seconds ago. He calls Encrypt without a grant token. What can happen, and what makes it reliable?',
      choices: [
        'It always works; grants take effect at once',
        'It may be denied until the grant propagates; passing the grant token makes it work at once',
        'It is denied until the key policy names Bob',
      ],
      answer: 1,
      explanation:
        'KMS is eventually consistent. The grant token from CreateGrant lets the grantee use the grant immediately.',
      demonstrate: {
        step: 'not-yet-consistent',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'grant-deny',
      question:
        'Bob has a grant for Encrypt; the key policy has a Deny on kms:Encrypt for Bob. Result?',
      choices: ['Allowed by the grant', 'Explicit deny: grants cannot override a deny'],
      answer: 1,
      explanation: 'Grants only allow. An explicit deny in any applicable policy wins over them.',
      demonstrate: {
        step: 'grants-cannot-deny',
        shows: { outcome: 'AccessDeniedException', decision: 'ExplicitDeny' },
      },
    },
    {
      id: 'child',
      question:
        'Bob’s grant lists Encrypt, Decrypt and CreateGrant. Can he create a grant for Carol with Decrypt and GenerateDataKey?',
      choices: ['Yes', 'No, a child grant cannot have operations its parent lacks'],
      answer: 1,
      explanation:
        'A grant made from a grant may carry only a subset of the parent’s operations, under constraints at least as strict.',
      demonstrate: {
        step: 'child-cannot-exceed',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'retire-vs-revoke',
      question: 'Which statement is true?',
      choices: [
        'Only key administrators can retire grants',
        'The retiring principal named in a grant may retire it; revoking needs kms:RevokeGrant on the key',
        'Grants expire after 24 hours, so neither is needed',
      ],
      answer: 1,
      explanation:
        'Grants do not expire. Retiring is done by the retiring principal, a grantee whose grant allows RetireGrant, or the account that created it; revoking is a policy-controlled operation on the key.',
      demonstrate: { step: 'retire', shows: { outcome: 'Allowed', decision: 'Allow' } },
    },
  ],
};
