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
      id: 'scp-allow-grants-nothing',
      title: 'An SCP that allows everything grants nothing',
      text: 'The SCP `FullAWSAccess` allows `"*"` on `"*"`. Eve has no IAM policy at all.\n\nPredict: with an SCP allowing every action, can Eve decrypt?',
      request: 'eve-decrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'scp-deny',
      title: 'An SCP that denies',
      text: 'The security team attaches `NoKeyDeletion` to `ou-prod`. Its statement `DenyKeyDeletion` denies `kms:ScheduleKeyDeletion` for every principal in the accounts below.\n\nDana’s IAM policy still allows deleting the key, and the key policy still enables it. Predict: may she schedule its deletion?',
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
      id: 'boundary-limits',
      title: 'A permissions boundary',
      text: 'A permissions boundary is a ceiling set on one user or role: an action must be allowed by both the identity’s policies and its boundary. Dana now has the boundary `DecryptOnlyBoundary`, which allows `kms:Decrypt`, `kms:DescribeKey` and `kms:GenerateDataKey`.\n\nHer IAM policy allows `kms:Encrypt`. Predict: can she encrypt?',
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
      id: 'session-policy',
      title: 'A session policy',
      text: 'When an application assumes the `Analyst` role, it can pass a session policy that narrows this one session. The role’s policy `AnalystUsesKey` allows encrypt and decrypt; the session `nightly-report` was started with `OnlyDecryptThisSession`, which allows only `kms:Decrypt`.\n\nThe session asks to encrypt and is denied: the session gets the overlap of the role’s policies and the session policy.',
      request: 'analyst-encrypt',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'endpoint-policy',
      title: 'A VPC endpoint policy',
      text: 'Requests sent through a VPC interface endpoint for AWS KMS must also pass the endpoint’s policy. This endpoint’s policy `DecryptThroughThisEndpoint` allows only `kms:Decrypt` on this key, for callers of this account.\n\nDana’s `DescribeKey` is allowed by her IAM policy and her boundary, but it came through the endpoint, and the endpoint does not allow it.',
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
        'Every SCP above an account allows "*". A user in it has no IAM policy, and the key policy only enables IAM policies. Can the user decrypt?',
      choices: ['Yes, the SCP allows it', 'No'],
      answer: 1,
      explanation:
        'An SCP never grants permissions; it only sets the maximum for the accounts below it. Without an IAM policy or a key policy statement, the request is implicitly denied.',
      demonstrate: {
        step: 'scp-allow-grants-nothing',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'boundary-alone',
      question:
        'A user’s permissions boundary allows kms:GenerateDataKey, but the user’s IAM policy does not. Can the user generate a data key?',
      choices: ['Yes, the boundary allows it', 'No'],
      answer: 1,
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
      choices: ['The SCP', 'The permissions boundary', 'The VPC endpoint policy', 'None of them'],
      answer: 3,
      explanation:
        'All four are guardrails: each can only restrict. Access itself comes from the key policy, IAM policies (when the key policy enables them) or grants.',
      demonstrate: {
        step: 'boundary-grants-nothing',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
  ],
};
