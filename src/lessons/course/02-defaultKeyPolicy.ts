import type { Lesson } from '../types';
import { iamPolicy } from '../../scenario/keyPolicyStatements';
import { KEY, KIM, UMA, policyWithKim, scenario } from './02-defaultKeyPolicy.scenario';

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
      title:
        'Control access to key deletion (the console’s “Allow key administrators to delete this key”)',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-adding-permission.html',
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
      text: 'When you create a key in the KMS console and pick administrators and users, the console writes a policy with four statements:\n\n- `Enable IAM User Permissions`: the account, and through it IAM policies.\n- `Allow access for Key Administrators`: Kim may manage the key.\n- `Allow use of the key`: Uma may encrypt, decrypt and make data keys.\n- `Allow attachment of persistent resources`: Uma may create grants, but only for AWS services.\n\nThe console also asks whether key administrators may delete the key: with that box cleared, `kms:ScheduleKeyDeletion` and `kms:CancelKeyDeletion` are left out of their statement.\n\nUma encrypts: the key users statement names her and lists `kms:Encrypt`.',
      scenario,
      request: 'uma-encrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'Allow use of the key' },
    },
    {
      id: 'kim-decrypts',
      title: 'The key administrator and the data',
      text: 'Kim is the key administrator. Her statement lists `kms:Create*`, `kms:Put*`, `kms:Disable*`, `kms:ScheduleKeyDeletion` and more, and no cryptographic action.\n\nKim asks to decrypt with the key. What does KMS answer?',
      reveal:
        'KMS **denies** her, implicitly: no statement lists `kms:Decrypt` for Kim. Keep the word “directly” in mind, though: the next steps show what an administrator can do about it.',
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
      id: 'kim-replaces-the-policy',
      title: 'Kim and the key policy',
      text: 'Kim asks to replace the key policy with a copy in which the key users statement names her too.\n\nWhat does KMS answer?',
      hint: 'Which actions does `kms:Put*` match?',
      reveal:
        'KMS **allows** it: `kms:Put*` covers `kms:PutKeyPolicy`, and the new policy passes the lockout safety check (Kim can still put a policy afterwards).',
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
      id: 'uma-calls-create-grant',
      title: 'Grants for persistent resources',
      text: 'Kim undoes her change. The fourth statement lets Uma call `CreateGrant`, `ListGrants` and `RevokeGrant` when `kms:GrantIsForAWSResource` is true. AWS sets it when an integrated service such as Amazon EBS creates the grant for a resource Uma attaches.\n\nUma calls `CreateGrant` herself, from the CLI. What does KMS answer?',
      reveal:
        'KMS **denies** it, implicitly: a call Uma makes herself does not carry `kms:GrantIsForAWSResource = true`, so the condition does not hold and no other statement allows her `CreateGrant`.',
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
      id: 'kim-calls-create-grant',
      sources: [
        {
          title: 'Default key policy: key administrators',
          url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
        },
        {
          title: 'Controlling access to grants',
          url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grant-authorization.html',
        },
      ],
      title: 'The key administrator and CreateGrant',
      text: 'Kim’s statement lists `kms:Create*`. She calls `CreateGrant` on the key, naming herself as the grantee, with the operation `Decrypt`.\n\nWhat does KMS answer?',
      hint: 'Which actions does `kms:Create*` match?',
      reveal:
        'KMS **allows** it, with `Allow access for Key Administrators`: `kms:Create*` covers `kms:CreateGrant`, and a grant lets its grantee decrypt. So the default administrators cannot use the key only until they give themselves a grant, or a new policy. To keep an administrator away from the data, list their actions without `kms:CreateGrant` (and watch `PutKeyPolicy`), or deny `kms:CreateGrant` to them.',
      change: [
        {
          op: 'add',
          path: '/requests/-',
          value: {
            id: 'kim-grants-herself',
            principal: KIM,
            action: 'kms:CreateGrant',
            key: KEY,
            parameters: { GranteePrincipal: KIM, Operations: ['Decrypt'] },
          },
        },
      ],
      request: 'kim-grants-herself',
      predict: true,
      expect: {
        outcome: 'Allowed',
        decision: 'Allow',
        decidingSid: 'Allow access for Key Administrators',
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
      id: 'account-statement-removed',
      title: 'Remove the account statement',
      text: 'Delete `Enable IAM User Permissions`. Dev’s IAM policy is unchanged.\n\nDev asks to decrypt. What does KMS answer?',
      reveal:
        'Dev is **denied**, implicitly. His IAM policy did not change, but it no longer counts: the account statement was what let IAM policies give access to this key.',
      change: [{ op: 'remove', path: '/keys/0/policy/Statement/0' }],
      request: 'dev-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'iam-deny-for-uma',
      title: 'An IAM Deny for Uma',
      text: 'The key policy has no account statement now. Uma gets an IAM policy with a `Deny` on `kms:Decrypt`; the key users statement in the key policy names her and lists `kms:Decrypt`.\n\nUma asks to decrypt. What does KMS answer?',
      hint: 'Does an IAM policy need the key policy’s permission to take something away?',
      reveal:
        'KMS **denies** her, explicitly, with `UmaMayNotDecrypt`. Without the account statement IAM **allows** do not count for this key, but IAM **denies** do: an explicit deny that matches wins wherever it is written.',
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
        'The key policy has no account statement. Dev’s IAM policy allows kms:Decrypt on the key. What does KMS answer when Dev decrypts?',
      choices: [
        {
          text: 'Allowed: his IAM policy allows it',
          why: 'An IAM allow counts for a KMS key only when the key policy lets IAM policies in.',
        },
        {
          text: 'AccessDeniedException, explicitly',
          why: 'No Deny statement matches Dev: nothing allows him, which is an implicit deny.',
        },
        'AccessDeniedException: IAM allows count only when the key policy enables them',
      ],
      answer: 2,
      explanation:
        'The account statement is what lets IAM policies give access to the key. Without it, an IAM allow has no effect and Dev is implicitly denied.',
      demonstrate: {
        step: 'account-statement-removed',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'iam-deny-without-account-statement',
      question:
        'Same key policy, without the account statement. The key policy allows Uma to decrypt; her IAM policy denies kms:Decrypt. What happens?',
      choices: [
        'Denied by the explicit deny in her IAM policy',
        {
          text: 'Allowed: IAM policies do not count for this key',
          why: 'Only IAM allows need the account statement; a Deny applies wherever it is written.',
        },
        {
          text: 'Denied because nothing allows it',
          why: 'The key users statement does allow her; what decides is a matching Deny.',
        },
      ],
      answer: 0,
      explanation:
        'The account statement is only needed for IAM allows. An explicit deny in an IAM policy applies to every request it matches, whatever the key policy says.',
      demonstrate: {
        step: 'iam-deny-for-uma',
        shows: { outcome: 'AccessDeniedException', decision: 'ExplicitDeny' },
      },
    },
    {
      id: 'admin-power',
      question:
        'A key administrator in the default policy has no cryptographic action in their statement. What keeps them from decrypting?',
      choices: [
        {
          text: 'KMS never lets an administrator use a key',
          why: 'KMS has no such rule: any principal the policy or a grant allows may use the key.',
        },
        {
          text: 'The account statement',
          why: 'The account statement lets IAM policies count; it takes nothing away from anyone.',
        },
        {
          text: 'The lockout safety check',
          why: 'That check only refuses policies nobody could change again.',
        },
        'Nothing technical: kms:Create* lets them grant themselves Decrypt, and kms:Put* lets them rewrite the policy',
      ],
      answer: 3,
      explanation:
        'The administrators statement allows kms:Create* (so kms:CreateGrant) and kms:Put* (so kms:PutKeyPolicy): an administrator can give themselves use with a grant or a new policy. Choose administrators you trust, leave CreateGrant out where they must not use the key, and watch CreateGrant and PutKeyPolicy calls.',
      demonstrate: {
        step: 'kim-calls-create-grant',
        shows: {
          outcome: 'Allowed',
          decision: 'Allow',
          decidingSid: 'Allow access for Key Administrators',
        },
      },
    },
    {
      id: 'grant-for-aws-resource',
      question:
        'The key users may call CreateGrant only when kms:GrantIsForAWSResource is true. When is that?',
      choices: [
        {
          text: 'Whenever a key user calls CreateGrant',
          why: 'A direct call does not carry the key as true: the condition would then be pointless.',
        },
        {
          text: 'Never; the statement is a placeholder',
          why: 'AWS sets the key for grants that integrated services create.',
        },
        'When an integrated AWS service such as EBS creates the grant on their behalf',
      ],
      answer: 2,
      explanation:
        'AWS sets kms:GrantIsForAWSResource when a service integrated with KMS creates a grant for a resource. A user calling CreateGrant directly does not satisfy it.',
      demonstrate: {
        step: 'uma-calls-create-grant',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
  ],
};
