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
      sources: [
        {
          title: 'RevokeGrant (API reference)',
          url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_RevokeGrant.html',
        },
      ],
      title: 'A grant from the command line',
      text: 'Bob has no IAM policy and the key policy does not name him. Alice’s statement `AliceCreatesGrants` lets her call `CreateGrant`. Grants are made with the API or CLI, not in the console’s policy editor.\n\nBob asks to encrypt with the key, before any grant exists. What does KMS answer?',
      reveal:
        'Bob is **denied**, implicitly: nothing allows him. The console then plays the life of a grant: Alice creates one for Bob with the operation `Encrypt`; without the grant token Bob is refused (the grant has not propagated yet), with it he encrypts; Alice lists the grant and revokes it. A revocation is eventually consistent too: there might be a brief delay, usually less than five minutes, before the grant stops working everywhere.',
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
      ],
    },
    {
      id: 'grant-just-created',
      title: 'Eventual consistency',
      text: 'The grant is now part of the scenario: grantee Bob, operation `Encrypt`, created moments ago (`propagated: false`). KMS is eventually consistent: a new grant can take a short while (usually under five minutes) to take effect everywhere, and until then a request that relies on it may not find it. The playground models the worst case: an unpropagated grant counts only with its token.\n\nBob encrypts **without** the grant token. What does KMS answer?',
      reveal:
        'Bob is **denied**, implicitly: the grant has not propagated, and without its token KMS does not see it yet.',
      change: [{ op: 'add', path: '/grants', value: [bobsGrant] }],
      request: 'bob-encrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'grant-token',
      sources: [
        {
          title: 'CreateGrant (API reference): GranteePrincipal',
          url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html',
        },
      ],
      title: 'The grant token',
      text: 'A grantee may be an IAM user or role, an AWS account, or an AWS service principal, in this account or another. `CreateGrant` returns a grant token. Passed in `GrantTokens`, it lets the grantee use the new grant at once, before it has propagated. Bob’s encryption with the token is allowed by the grant.',
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
      id: 'bob-decrypts',
      title: 'Bob decrypts',
      text: 'The grant lists one operation, `Encrypt`. Bob asks to decrypt what he encrypted. What does KMS answer?',
      reveal: 'Bob is **denied**, implicitly: a grant allows only the operations it lists.',
      request: 'bob-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'constraint',
      title: 'A grant constraint',
      text: 'Alice replaces the grant with one for `Encrypt` and `Decrypt` that carries the constraint `EncryptionContextSubset: {"project": "apollo"}`: every request must include that pair in its encryption context.\n\nBob encrypts with no encryption context. What does KMS answer?',
      reveal:
        'Bob is **denied**, implicitly: his request has no `project: apollo` pair, so the grant’s constraint does not hold and the grant does not apply.',
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
      id: 'grant-operations-condition',
      title: 'A condition on grant operations',
      text: 'The deny is removed. Whoever may call `CreateGrant` may put **any** grant operation in a grant, including ones they have no use for themselves. Alice’s statement gets a condition: `ForAllValues:StringEquals` on `kms:GrantOperations` with `Encrypt`, `Decrypt` and `DescribeKey`.\n\nAlice asks for a grant for Bob with `Encrypt` and `CreateGrant`. What does KMS answer?',
      reveal:
        'Alice is **denied**, implicitly: `CreateGrant` is not in the list, so `ForAllValues` does not hold and her statement does not apply.',
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
      id: 'bob-grants-carol-more',
      title: 'A grant for Carol',
      text: 'Bob’s grant lists `Encrypt`, `Decrypt` and `CreateGrant`. Bob asks for a grant for Carol with `Decrypt` and `GenerateDataKey`, keeping the apollo constraint.\n\nWhat does KMS answer?',
      hint: 'Where does Bob’s permission to create grants come from, and what does it cover?',
      reveal:
        'Bob is **denied**, implicitly: a grant created from a grant may carry only the parent’s operations, with constraints at least as strict. His grant has no `GenerateDataKey`.',
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
      id: 'bob-retires',
      title: 'Bob retires his grant',
      text: 'Bob’s grant lists `Encrypt`, `Decrypt` and `CreateGrant`, and names Dan as its retiring principal. Bob calls `RetireGrant` on it. What does KMS answer?',
      reveal:
        'Bob is **denied**, implicitly: a grantee may retire its own grant only when the grant lists the `RetireGrant` operation, and Bob’s does not.',
      request: 'bob-retires',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'revoke',
      sources: [
        {
          title: 'RevokeGrant (API reference): a brief delay, usually less than five minutes',
          url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_RevokeGrant.html',
        },
        {
          title: 'Grants in AWS KMS (eventual consistency)',
          url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grants.html',
        },
      ],
      title: 'Revoking: cancelling from the key’s side',
      text: 'Revoking is for cancelling a grant that should stop working, typically by a key administrator. It needs `kms:RevokeGrant` on the key, which `AliceManagesGrants` gives Alice. Once a grant is gone, so are the permissions it gave, with no policy to edit. Not at the same instant, though: like creating a grant, revoking or retiring one is eventually consistent, and there might be a brief delay, usually less than five minutes, before it stops working everywhere.',
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
        {
          text: 'It always works; grants take effect at once',
          why: 'KMS is eventually consistent: a new grant can take a few minutes to be seen everywhere.',
        },
        {
          text: 'It is refused until the key policy names Bob',
          why: 'The grant is enough once KMS sees it; the key policy need not name Bob.',
        },
        'It may be refused until the grant propagates; passing the grant token makes it work at once',
      ],
      answer: 2,
      explanation:
        'KMS is eventually consistent. The grant token from CreateGrant lets the grantee use the grant immediately.',
      demonstrate: {
        step: 'grant-just-created',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'grant-deny',
      question:
        'Bob has a grant for Encrypt; the key policy has a Deny on kms:Encrypt for Bob. Result?',
      choices: [
        'Explicit deny: a grant cannot override a deny',
        {
          text: 'Allowed by the grant',
          why: 'Grants only add permissions; a matching Deny still wins.',
        },
        {
          text: 'Implicit deny: the grant is ignored while any Deny exists',
          why: 'The grant is not ignored; the matching Deny statement decides, explicitly.',
        },
      ],
      answer: 0,
      explanation: 'Grants only allow. An explicit deny in any applicable policy wins over them.',
      demonstrate: {
        step: 'grants-cannot-deny',
        shows: { outcome: 'AccessDeniedException', decision: 'ExplicitDeny' },
      },
    },
    {
      id: 'child',
      question:
        'Bob’s grant lists Encrypt, Decrypt and CreateGrant. What does KMS answer when he creates a grant for Carol with Decrypt and GenerateDataKey?',
      choices: [
        {
          text: 'Allowed: his grant includes CreateGrant',
          why: 'CreateGrant from a grant covers only the parent’s own operations.',
        },
        'AccessDeniedException: a child grant cannot have operations its parent lacks',
        {
          text: 'ValidationException: GenerateDataKey is not a grant operation',
          why: 'GenerateDataKey is a grant operation; the parent grant just does not have it.',
        },
      ],
      answer: 1,
      explanation:
        'A grant made from a grant may carry only a subset of the parent’s operations, under constraints at least as strict.',
      demonstrate: {
        step: 'bob-grants-carol-more',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'retire-vs-revoke',
      question: 'Which statement is true?',
      choices: [
        {
          text: 'Only key administrators can retire grants',
          why: 'The retiring principal, and a grantee whose grant lists RetireGrant, may retire without any policy.',
        },
        {
          text: 'Grants expire after 24 hours, so neither is needed',
          why: 'Grants do not expire; they stay until retired or revoked.',
        },
        {
          text: 'A revoked grant stops working at the same instant everywhere',
          why: 'Revoking is eventually consistent: there might be a brief delay, usually under five minutes.',
        },
        'The retiring principal named in a grant may retire it; revoking needs kms:RevokeGrant on the key',
      ],
      answer: 3,
      explanation:
        'Grants do not expire. Retiring is done by the retiring principal, a grantee whose grant allows RetireGrant, or the account that created it; revoking is a policy-controlled operation on the key. Either takes effect after a brief delay, usually less than five minutes.',
      demonstrate: { step: 'retire', shows: { outcome: 'Allowed', decision: 'Allow' } },
    },
  ],
};
