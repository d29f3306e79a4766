import type { Lesson } from '../types';
import { ACCOUNT, KEY, allow, doc, guardrailsScenario } from './09-guardrails.scenario';

export const guardrailsLesson: Lesson = {
  id: 'guardrails',
  number: 9,
  title: 'Guardrails: SCPs, boundaries, session policies, endpoint policies',
  summary:
    'Service control policies, permissions boundaries, session policies and VPC endpoint policies set the outer limits of what a caller may do. Each of them can only take permissions away; none of them gives access to a key on its own.',
  sources: [
    {
      title: 'Service control policies (SCPs)',
      url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
    },
    {
      title: 'Permissions boundaries for IAM entities',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
    },
    {
      title: 'Policies and permissions in IAM (session policies)',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html',
    },
    {
      title: 'Connect to AWS KMS through a VPC endpoint (endpoint policies)',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-vpc-endpoint.html',
    },
    {
      title: 'Policy evaluation logic',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    },
  ],
  steps: [
    {
      id: 'baseline',
      title: 'Before any guardrail',
      text: 'The key policy enables IAM policies, and Dana’s IAM policy `DanaUsesKey` allows her to encrypt, decrypt, describe and schedule deletion of the key. Her account sits in the organization unit `ou-prod`, where every level has the default SCP `FullAWSAccess`.\n\nDana decrypts: allowed by her IAM policy, which the key policy lets count.',
      scenario: guardrailsScenario,
      request: 'dana-decrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'DanaUsesKey' },
    },
    {
      id: 'eve-decrypts',
      title: 'An SCP that allows every action',
      text: 'The SCP `FullAWSAccess` allows `"*"` on `"*"`. Eve, in the same account as Dana, has no IAM policy at all, and the key policy does not name her.\n\nEve asks to decrypt. What does KMS answer?',
      reveal:
        'Eve is **denied**, implicitly. An SCP never gives permissions: it only sets the most that IAM policies in the accounts below it may give. With no IAM policy and no key policy statement for her, nothing allows her.',
      request: 'eve-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'scp-on-key-deletion',
      title: 'An SCP with a Deny',
      text: 'The security team attaches `NoKeyDeletion` to `ou-prod`. Its statement `DenyKeyDeletion` denies `kms:ScheduleKeyDeletion` for every principal in the accounts below.\n\nDana’s IAM policy allows `kms:ScheduleKeyDeletion` on the key, and the key policy enables IAM policies.\n\nDana schedules the key’s deletion. What does KMS answer?',
      reveal:
        'Dana is **denied**, explicitly, by the SCP’s `DenyKeyDeletion`: an explicit deny in an SCP applies to every principal of the accounts below, whatever the key policy and IAM policies allow. The console’s message names the service control policy.',
      change: [
        {
          op: 'add',
          path: '/organization/policies/-',
          value: {
            id: 'p-NoKeyDeletion',
            type: 'SCP',
            name: 'NoKeyDeletion',
            targets: ['ou-prod'],
            document: doc({
              Sid: 'DenyKeyDeletion',
              Effect: 'Deny',
              Action: 'kms:ScheduleKeyDeletion',
              Resource: '*',
            }),
          },
        },
      ],
      request: 'dana-schedule-deletion',
      predict: true,
      expect: {
        outcome: 'AccessDeniedException',
        decision: 'ExplicitDeny',
        decidingSid: 'DenyKeyDeletion',
      },
      console: [
        {
          line: `aws kms schedule-key-deletion --key-id ${KEY} --pending-window-in-days 7 --profile Dana`,
          error: 'AccessDeniedException',
          contains: 'service control policy',
        },
      ],
    },
    {
      id: 'dana-encrypts-with-boundary',
      title: 'A permissions boundary',
      text: 'A permissions boundary is a ceiling set on one user or role: an action needs an allow in both the identity’s policies and its boundary. Dana now has the boundary `DecryptOnlyBoundary`, which allows `kms:Decrypt`, `kms:DescribeKey` and `kms:GenerateDataKey`.\n\nHer IAM policy allows `kms:Encrypt`, and she asks to encrypt. What does KMS answer?',
      reveal:
        'Dana is **denied**, implicitly: her boundary does not allow `kms:Encrypt`, so her IAM allow does not take effect.',
      change: [
        {
          op: 'add',
          path: '/principals/0/permissionsBoundary',
          value: doc(
            allow(
              'DecryptOnlyBoundary',
              ['kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKey'],
              '*',
            ),
          ),
        },
      ],
      request: 'dana-encrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'boundary-grants-nothing',
      title: 'A boundary does not grant',
      text: 'The boundary allows `kms:GenerateDataKey`, but nothing in Dana’s IAM policy does. A boundary only says how far her permissions may reach; it adds none, so the request is denied.',
      request: 'dana-generate-data-key',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'analyst-session-encrypts',
      title: 'A session policy',
      text: 'When an application assumes the `Analyst` role, it can pass a session policy that narrows this one session. The role’s policy `AnalystUsesKey` allows encrypt and decrypt; the session `nightly-report` was started with `OnlyDecryptThisSession`, which allows `kms:Decrypt`.\n\nThe session asks to encrypt. What does KMS answer?',
      reveal:
        'The session is **denied**, implicitly: a session gets the overlap of the role’s policies and the session policy, and the session policy does not list `kms:Encrypt`.',
      request: 'analyst-encrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'endpoint-policy',
      sources: [
        {
          title: 'Connect to AWS KMS through a VPC endpoint',
          url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-vpc-endpoint.html',
        },
      ],
      title: 'A VPC endpoint policy',
      text: 'A VPC interface endpoint for AWS KMS (AWS PrivateLink) lets instances in a VPC reach KMS over private addresses, with no internet gateway, NAT device or public IP, and adds a gate of its own: requests sent through it must also pass the endpoint’s policy. This endpoint’s policy `DecryptThroughThisEndpoint` allows only `kms:Decrypt` on this key, for callers of this account.\n\nDana’s `DescribeKey` is allowed by her IAM policy and her boundary, but it came through the endpoint, and the endpoint does not allow it.',
      change: [
        {
          op: 'add',
          path: '/vpcEndpoints/0/policy',
          value: doc({
            Sid: 'DecryptThroughThisEndpoint',
            Effect: 'Allow',
            Principal: '*',
            Action: 'kms:Decrypt',
            Resource: KEY,
            Condition: { StringEquals: { 'aws:PrincipalAccount': ACCOUNT } },
          }),
        },
      ],
      request: 'dana-describe-via-endpoint',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'all-guardrails-pass',
      title: 'Through every gate',
      text: 'Dana decrypts through the same endpoint. The SCPs allow it, her IAM policy and her boundary allow it, the endpoint policy allows it and the key policy lets her IAM policy count: every layer says yes, so the request is allowed.',
      request: 'dana-decrypt-via-endpoint',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'DanaUsesKey' },
    },
  ],
  checkpoints: [
    {
      id: 'scp-allow-alone',
      question:
        'Every SCP above an account allows "*". A user in it has no IAM policy, and the key policy only enables IAM policies. What does KMS answer when the user decrypts?',
      choices: [
        {
          text: 'Allowed: the SCP allows it',
          why: 'An SCP never gives permissions; it only caps what IAM policies may give.',
        },
        'AccessDeniedException, an implicit deny',
        {
          text: 'AccessDeniedException, an explicit deny from the SCP',
          why: 'FullAWSAccess has no Deny; nothing allows the user, which is implicit.',
        },
      ],
      answer: 1,
      explanation:
        'An SCP never grants permissions; it only sets the maximum for the accounts below it. Without an IAM policy or a key policy statement, the request is implicitly denied.',
      demonstrate: {
        step: 'eve-decrypts',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'boundary-alone',
      question:
        'A user’s permissions boundary allows kms:GenerateDataKey, but the user’s IAM policy does not. Can the user generate a data key?',
      choices: [
        {
          text: 'Yes, the boundary allows it',
          why: 'A boundary only limits; it adds no permission.',
        },
        {
          text: 'Yes, if the key policy enables IAM policies',
          why: 'The key policy lets IAM policies count, but no IAM policy allows it.',
        },
        'No: the identity policy must allow it too',
      ],
      answer: 2,
      explanation:
        'The effective permissions are what both the identity policy and the boundary allow. A boundary on its own gives nothing.',
      demonstrate: {
        step: 'boundary-grants-nothing',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'which-grants',
      question:
        'Which of these can, on its own, give a principal permission to use a KMS key: an SCP, a permissions boundary, a session policy or a VPC endpoint policy?',
      choices: [
        'None of them',
        { text: 'The SCP', why: 'SCPs only set a maximum for the accounts below them.' },
        {
          text: 'The permissions boundary',
          why: 'A boundary is a ceiling for one identity; it adds nothing.',
        },
        {
          text: 'The VPC endpoint policy',
          why: 'An endpoint policy is one more gate for requests through the endpoint.',
        },
      ],
      answer: 0,
      explanation:
        'All four are guardrails: each can only restrict. Access itself comes from the key policy, IAM policies (when the key policy enables them) or grants.',
      demonstrate: {
        step: 'boundary-grants-nothing',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'why-privatelink',
      question: 'Why would you send KMS requests through a VPC interface endpoint?',
      choices: [
        {
          text: 'Requests through an endpoint skip the key policy',
          why: 'Every request still needs the key policy; the endpoint policy is an extra gate.',
        },
        {
          text: 'An endpoint makes KMS answer faster by caching keys',
          why: 'An endpoint is a network path; it caches nothing.',
        },
        'Instances reach KMS over private addresses, with no internet path, and the endpoint policy adds a gate',
      ],
      answer: 2,
      explanation:
        'An interface endpoint (AWS PrivateLink) keeps traffic to KMS on private addresses, and its policy can narrow what goes through it; policies can require it with aws:SourceVpce.',
      demonstrate: {
        step: 'endpoint-policy',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
  ],
};
