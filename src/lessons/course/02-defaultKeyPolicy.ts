import type { Lesson } from '../types';
import { iamPolicy } from '../../scenario/keyPolicyStatements';
import { KEY, UMA, policyWithKim, scenario } from './02-defaultKeyPolicy.scenario';

export const defaultKeyPolicyLesson: Lesson = {
  id: 'default-key-policy',
  number: 2,
  title: 'The default key policy, statement by statement',
  summary:
    'Read the four statements the KMS console writes into a new key’s policy, say what each one lets which principal do, and predict what changes when one is removed.',
  sources: [
    {
      title: 'Default key policy',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    },
    {
      title: 'AWS KMS condition keys (kms:GrantIsForAWSResource)',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html',
    },
    {
      title: 'IAM policies for AWS KMS',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies.html',
    },
  ],
  steps: [
    {
      id: 'four-statements',
      title: 'Four statements',
      text: 'When you create a key in the KMS console and pick administrators and users, the console writes a policy with four statements:\n\n- `Enable IAM User Permissions`: the account, and through it IAM policies.\n- `Allow access for Key Administrators`: Kim may manage the key.\n- `Allow use of the key`: Uma may encrypt, decrypt and make data keys.\n- `Allow attachment of persistent resources`: Uma may create grants, but only for AWS services.\n\nUma encrypts: the key users statement names her and lists `kms:Encrypt`.',
      scenario,
      request: 'uma-encrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'Allow use of the key' },
    },
    {
      id: 'admin-cannot-use',
      title: 'Administrators manage, they do not use',
      text: 'Kim is the key administrator. Her statement lists `kms:Create*`, `kms:Put*`, `kms:Disable*`, `kms:ScheduleKeyDeletion` and more, but no cryptographic action.\n\nCan Kim decrypt with the key?',
      request: 'kim-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'admin-manages',
      title: 'What an administrator may do',
      text: 'Kim may do everything needed to run the key: describe it, enable and disable it, tag it, schedule its deletion, and change its policy. Here she disables it, allowed by `Allow access for Key Administrators`.',
      request: 'kim-disable',
      expect: {
        outcome: 'Allowed',
        decision: 'Allow',
        decidingSid: 'Allow access for Key Administrators',
      },
    },
    {
      id: 'admin-can-edit-policy',
      title: 'An administrator can rewrite the rules',
      text: '`kms:Put*` covers `kms:PutKeyPolicy`. Kim asks to replace the policy with a copy in which the key users statement names her too.\n\nPredict: may she?',
      request: 'kim-put-policy',
      predict: true,
      expect: {
        outcome: 'Allowed',
        decision: 'Allow',
        decidingSid: 'Allow access for Key Administrators',
      },
    },
    {
      id: 'admin-adds-herself',
      title: 'Kim makes herself a key user',
      text: 'KMS accepted the new policy: the key users statement now names both Uma and Kim, and her decryption is allowed by `Allow use of the key`.\n\nThis is why key administrators must be trusted people, and why changes to key policies are worth watching in the audit trail.',
      change: [{ op: 'replace', path: '/keys/0/policy', value: policyWithKim }],
      request: 'kim-decrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'Allow use of the key' },
    },
    {
      id: 'user-direct-grant',
      title: 'Grants for persistent resources',
      text: 'Kim undoes her change. The fourth statement lets Uma call `CreateGrant`, `ListGrants` and `RevokeGrant` only when `kms:GrantIsForAWSResource` is true. AWS sets it when an integrated service such as Amazon EBS creates the grant for a resource Uma attaches.\n\nUma calls `CreateGrant` herself, from the CLI. Allowed?',
      change: [{ op: 'replace', path: '/keys/0/policy/Statement/2/Principal/AWS', value: UMA }],
      request: 'uma-create-grant',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'user-grant-via-service',
      title: 'The same grant, asked for by EBS',
      text: 'Now EBS creates the grant while Uma attaches an encrypted volume: the request carries `kms:GrantIsForAWSResource = true` and `kms:ViaService = ec2.eu-west-1.amazonaws.com`. The condition holds and `Allow attachment of persistent resources` allows it.',
      request: 'uma-create-grant-via-ebs',
      expect: {
        outcome: 'Allowed',
        decision: 'Allow',
        decidingSid: 'Allow attachment of persistent resources',
      },
    },
    {
      id: 'account-statement',
      title: 'The account statement lets IAM policies count',
      text: 'Dev is named nowhere in the key policy, but his IAM policy allows `kms:Decrypt` on the key. The first statement, `Enable IAM User Permissions`, names the account (`:root`), which tells KMS to honour the account’s IAM policies. Dev’s decryption is allowed by his IAM statement `DevDecrypts`.',
      request: 'dev-decrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'DevDecrypts' },
    },
    {
      id: 'without-account-statement',
      title: 'Remove the account statement',
      text: 'Delete `Enable IAM User Permissions`. Dev’s IAM policy is unchanged.\n\nCan Dev still decrypt?',
      change: [{ op: 'remove', path: '/keys/0/policy/Statement/0' }],
      request: 'dev-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'iam-deny-still-works',
      title: 'IAM denies still count',
      text: 'Without the account statement, IAM **allows** have no effect on this key. IAM **denies** are different: an explicit deny anywhere wins. Uma gets an IAM policy with a `Deny` on `kms:Decrypt`, while the key users statement still allows her.\n\nPredict Uma’s decryption.',
      change: [
        {
          op: 'add',
          path: '/principals/1/policies',
          value: [
            iamPolicy('NoDecrypt', {
              Sid: 'UmaMayNotDecrypt',
              Effect: 'Deny',
              Action: 'kms:Decrypt',
              Resource: KEY,
            }),
          ],
        },
      ],
      request: 'uma-decrypt',
      predict: true,
      expect: {
        outcome: 'AccessDeniedException',
        decision: 'ExplicitDeny',
        decidingSid: 'UmaMayNotDecrypt',
      },
    },
  ],
  checkpoints: [
    {
      id: 'iam-allow-without-account-statement',
      question:
        'The key policy has no account statement. Dev’s IAM policy allows kms:Decrypt on the key. Can Dev decrypt?',
      choices: ['Yes', 'No: IAM allows only count when the key policy enables them'],
      answer: 1,
      explanation:
        'The account statement is what lets IAM policies give access to the key. Without it, an IAM allow has no effect and Dev is implicitly denied.',
      demonstrate: {
        step: 'without-account-statement',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'iam-deny-without-account-statement',
      question:
        'Same key policy, without the account statement. The key policy allows Uma to decrypt; her IAM policy denies kms:Decrypt. What happens?',
      choices: [
        'Allowed: IAM policies do not count for this key',
        'Denied by the explicit deny in her IAM policy',
        'Denied because nothing allows it',
      ],
      answer: 1,
      explanation:
        'The account statement is only needed for IAM allows. An explicit deny in an IAM policy applies to every request it matches, whatever the key policy says.',
      demonstrate: {
        step: 'iam-deny-still-works',
        shows: { outcome: 'AccessDeniedException', decision: 'ExplicitDeny' },
      },
    },
    {
      id: 'admin-power',
      question:
        'A key administrator in the default policy cannot decrypt. What keeps them from it?',
      choices: [
        'Nothing technical: kms:PutKeyPolicy lets them add themselves as a key user',
        'KMS never lets an administrator use a key',
        'The account statement',
      ],
      answer: 0,
      explanation:
        'The administrators statement allows kms:Put*, so an administrator can rewrite the policy to give themselves use. Choose administrators you trust and watch PutKeyPolicy calls.',
      demonstrate: {
        step: 'admin-adds-herself',
        shows: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'Allow use of the key' },
      },
    },
    {
      id: 'grant-for-aws-resource',
      question:
        'The key users may call CreateGrant only when kms:GrantIsForAWSResource is true. When is that?',
      choices: [
        'Whenever a key user calls CreateGrant',
        'When an integrated AWS service such as EBS creates the grant on their behalf',
        'Never; the statement is a placeholder',
      ],
      answer: 1,
      explanation:
        'AWS sets kms:GrantIsForAWSResource when a service integrated with KMS creates a grant for a resource. A user calling CreateGrant directly does not satisfy it.',
      demonstrate: {
        step: 'user-direct-grant',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
  ],
};
