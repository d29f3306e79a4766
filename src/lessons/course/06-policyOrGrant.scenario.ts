/** Lesson 6's scenario: a reporting role with long-term access and an auditor who needs a week. */
import {
  allowStatement,
  enableIamStatement,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

export const ACCOUNT = '111122223333';
export const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000006`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
export const ALICE = `arn:aws:iam::${ACCOUNT}:user/Alice`;
export const REPORTING = `arn:aws:iam::${ACCOUNT}:role/ReportingApp`;
export const AUDITOR = `arn:aws:iam::${ACCOUNT}:user/Auditor`;
export const FINANCE = `arn:aws:iam::${ACCOUNT}:role/FinanceApp`;
export const GRANT_ID = '6a1e7c0de0000000000000000000000000000000000000000000000000000006';

/** A Decrypt request for a file encrypted under the given case's encryption context. */
const decryptCase = (id: string, principal: string, caseId: string) => ({
  id,
  principal,
  action: 'kms:Decrypt',
  key: KEY,
  encryptionContext: { case: caseId },
  parameters: { CiphertextBlob: { key: KEY, encryptionContext: { case: caseId } } },
});

/** The auditor's grant: Decrypt, only for files of case AUD-42. */
export const auditGrant = {
  grantId: GRANT_ID,
  key: KEY,
  name: 'audit-aud-42',
  granteePrincipal: AUDITOR,
  retiringPrincipal: AUDITOR,
  operations: ['Decrypt'],
  constraints: { encryptionContextSubset: { case: 'AUD-42' } },
  issuingAccount: ROOT,
};

/** A key policy statement for the finance team's application role. */
export const financeStatement = allowStatement('FinanceAppUsesKey', FINANCE, [
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:GenerateDataKey*',
]);

export const financeDecrypt = decryptCase('finance-decrypt', FINANCE, 'FIN-7');

export const scenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 6: key policy or grant?',
  principals: [
    { arn: ALICE, name: 'Alice (key administrator)' },
    { arn: REPORTING, name: 'ReportingApp role' },
    { arn: AUDITOR, name: 'Auditor (external, for one week)' },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/case-files'],
      policy: policyDocument(
        enableIamStatement(ACCOUNT),
        allowStatement('AliceAdministersKey', ALICE, [
          'kms:Describe*',
          'kms:Get*',
          'kms:List*',
          'kms:Put*',
          'kms:CreateGrant',
          'kms:RevokeGrant',
          'kms:ScheduleKeyDeletion',
        ]),
        allowStatement('ReportingAppUsesKey', REPORTING, [
          'kms:Encrypt',
          'kms:Decrypt',
          'kms:GenerateDataKey*',
        ]),
      ),
    },
  ],
  requests: [
    decryptCase('reporting-decrypt', REPORTING, 'RPT-2026-01'),
    decryptCase('auditor-decrypt-case', AUDITOR, 'AUD-42'),
    decryptCase('auditor-decrypt-other-case', AUDITOR, 'HR-9'),
    {
      id: 'alice-grant-deletion',
      principal: ALICE,
      action: 'kms:CreateGrant',
      key: KEY,
      parameters: { GranteePrincipal: AUDITOR, Operations: ['ScheduleKeyDeletion'] },
    },
  ],
};
