import type { Lesson } from '../types';
import {
  FINANCE,
  GRANT_ID,
  KEY,
  auditGrant,
  financeDecrypt,
  financeStatement,
  scenario,
} from './06-policyOrGrant.scenario';

export const policyOrGrantLesson: Lesson = {
  id: 'policy-or-grant',
  number: 6,
  title: 'Key policy or grant?',
  summary:
    'Choose between a key policy statement and a grant: long-term access for roles in the policy, temporary and narrowly scoped access in grants that can be removed without touching the policy.',
  sources: [
    {
      title: 'Grants in AWS KMS',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grants.html',
    },
    {
      title: 'Key policies in AWS KMS',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    },
    {
      title: 'CreateGrant (grant operations)',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html',
    },
    {
      title: 'Retiring and revoking grants',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html',
    },
  ],
  steps: [
    {
      id: 'long-term-role',
      title: 'Standing access belongs in the policy',
      text: 'The `ReportingApp` role decrypts reports every night and will for years. Its access is a statement in the key policy, `ReportingAppUsesKey`, that anyone reading the policy can see and review.',
      scenario,
      request: 'reporting-decrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'ReportingAppUsesKey' },
    },
    {
      id: 'temporary-need',
      title: 'A need for one week',
      text: 'An external auditor must read the files of case AUD-42 this week, and nothing else. The key policy names the `ReportingApp` role and Alice; the auditor has no IAM policy for the key and no grant.\n\nThe auditor asks to decrypt an AUD-42 file. What does KMS answer?',
      reveal:
        'The auditor is **denied**, implicitly: nothing gives them access yet. The question is where to give it.',
      request: 'auditor-decrypt-case',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'grant-for-audit',
      title: 'A grant fits',
      text: 'Editing the shared key policy for a one-week need risks breaking the reporting role’s statement. Alice creates a grant instead: grantee the auditor, operation `Decrypt`, constraint `EncryptionContextSubset: {"case": "AUD-42"}`, and the auditor as retiring principal so they can retire it when done.\n\nThe auditor’s decryption of an AUD-42 file is allowed by the grant. The console shows how Alice will find the grant with `list-grants` and remove it with `revoke-grant` when the week is over (the revocation takes effect after a brief delay, usually less than five minutes).',
      change: [{ op: 'add', path: '/grants', value: [auditGrant] }],
      request: 'auditor-decrypt-case',
      expect: { outcome: 'Allowed', decision: 'Allow' },
      console: [
        { line: `aws kms list-grants --profile Alice --key-id ${KEY}`, contains: GRANT_ID },
        { line: `aws kms revoke-grant --profile Alice --key-id ${KEY} --grant-id ${GRANT_ID}` },
      ],
    },
    {
      id: 'auditor-reads-hr-9',
      title: 'A file from another case',
      text: 'The auditor’s grant allows `Decrypt` with the constraint `EncryptionContextSubset: {"case": "AUD-42"}`. The auditor asks to decrypt a file from case HR-9, whose encryption context is `{"case": "HR-9"}`.\n\nWhat does KMS answer?',
      reveal:
        'The auditor is **denied**, implicitly: the request’s context does not include `case: AUD-42`, so the grant does not apply. A grant allows only what it says.',
      request: 'auditor-decrypt-other-case',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'grant-removed',
      title: 'Done: remove the grant',
      text: 'At the end of the week the grant is retired (or revoked). The auditor’s access is gone, and the key policy never changed, so the reporting role could not have been affected.',
      change: [{ op: 'remove', path: '/grants/0' }],
      request: 'auditor-decrypt-case',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'grant-for-deletion',
      title: 'A grant for ScheduleKeyDeletion',
      text: 'The operations a grant may list are called **grant operations**: the cryptographic operations, `DescribeKey`, `GetPublicKey`, `CreateGrant` and `RetireGrant`. Alice’s statement lets her call `CreateGrant`. She asks for a grant that gives the auditor `ScheduleKeyDeletion`.\n\nWhat does KMS answer?',
      reveal:
        'KMS answers `ValidationException`: Alice is authorized to call `CreateGrant`, but `ScheduleKeyDeletion` is not a grant operation, so the request is invalid. Grants carry use, never administration.',
      request: 'alice-grant-deletion',
      predict: true,
      expect: { outcome: 'ValidationException', decision: 'Allow' },
    },
    {
      id: 'new-team-in-policy',
      title: 'A new team: back to the policy',
      text: 'The finance team’s `FinanceApp` role will encrypt and decrypt for years. That is standing access, so it gets its own statement, `FinanceAppUsesKey`, in the key policy (or an IAM policy, through the account statement).',
      change: [
        { op: 'add', path: '/keys/0/policy/Statement/-', value: financeStatement },
        { op: 'add', path: '/principals/-', value: { arn: FINANCE, name: 'FinanceApp role' } },
        { op: 'add', path: '/requests/-', value: financeDecrypt },
      ],
      request: 'finance-decrypt',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'FinanceAppUsesKey' },
    },
  ],
  checkpoints: [
    {
      id: 'auditor',
      question: 'An auditor must decrypt the files of one case for a week. What fits best?',
      choices: [
        {
          text: 'A new key policy statement, removed next week',
          why: 'It works, but edits the shared policy twice and risks the other statements; a grant is made for this.',
        },
        {
          text: 'An IAM policy with kms:*',
          why: 'Far broader than one case and one operation, and it needs the account statement.',
        },
        'A grant for Decrypt with an encryption-context constraint, retired when done',
      ],
      answer: 2,
      explanation:
        'Grants suit temporary, specific access: they are created and removed through the API without editing the key policy, and constraints keep them narrow.',
      demonstrate: { step: 'grant-for-audit', shows: { outcome: 'Allowed', decision: 'Allow' } },
    },
    {
      id: 'new-role',
      question: 'An application role will use the key every day for years. What fits best?',
      choices: [
        'A key policy statement (or an IAM policy the key policy enables)',
        {
          text: 'A grant',
          why: 'Grants suit temporary, narrow access; standing access is easier to review in a policy.',
        },
        {
          text: 'A grant token passed on every call',
          why: 'A grant token only bridges the moments before a new grant propagates.',
        },
      ],
      answer: 0,
      explanation:
        'Long-term access for known roles belongs in policies, where it is visible and reviewed with the key.',
      demonstrate: {
        step: 'new-team-in-policy',
        shows: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'FinanceAppUsesKey' },
      },
    },
    {
      id: 'admin-grant',
      question:
        'Alice may call CreateGrant. She asks for a grant that lets someone schedule the key’s deletion. What does KMS answer?',
      choices: [
        {
          text: 'Allowed: a grant can carry any KMS operation',
          why: 'Only grant operations can be in a grant; administrative operations cannot.',
        },
        {
          text: 'AccessDeniedException: Alice may not create it',
          why: 'Alice is authorized to call CreateGrant; the request itself is invalid.',
        },
        'ValidationException: ScheduleKeyDeletion is not a grant operation',
      ],
      answer: 2,
      explanation:
        'CreateGrant accepts only grant operations; anything else fails with ValidationException. Administrative permissions go in the key policy.',
      demonstrate: {
        step: 'grant-for-deletion',
        shows: { outcome: 'ValidationException', decision: 'Allow' },
      },
    },
  ],
};
