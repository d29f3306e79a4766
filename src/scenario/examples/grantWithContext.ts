import type { Json } from '../types';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4';
const SESSION = 'arn:aws:sts::111122223333:assumed-role/InvoiceWorker/job-17';

const ciphertext = (tenant: string) => ({
  CiphertextBlob: { key: KEY, encryptionContext: { tenant } },
});

/**
 * A grant gives a role use of a key without touching any policy, and its constraint ties that
 * use to one tenant's encryption context.
 */
export const grantWithContextExample = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Grant limited to one tenant by encryption context',
  description:
    "Neither the key policy nor any IAM policy mentions the InvoiceWorker role. It can use the key only through a grant, and the grant carries an `encryptionContextSubset` constraint: the request's encryption context must include `tenant=acme`, and may hold more pairs.\n\nDecrypting an Acme invoice succeeds (the extra `invoice` pair is fine under a subset constraint). Decrypting another tenant's data, or calling without any encryption context, is implicitly denied. `DescribeKey` succeeds without a context: grant constraints apply only to operations that take an encryption context.",
  principals: [{ arn: 'arn:aws:iam::111122223333:role/InvoiceWorker', name: 'InvoiceWorker role' }],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/invoices'],
      policy: {
        Version: '2012-10-17',
        Id: 'key-default-1',
        Statement: [
          {
            Sid: 'Enable IAM User Permissions',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:root' },
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      },
    },
  ],
  grants: [
    {
      grantId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
      key: KEY,
      name: 'invoice-worker-acme',
      granteePrincipal: 'arn:aws:iam::111122223333:role/InvoiceWorker',
      operations: ['Decrypt', 'GenerateDataKey', 'DescribeKey'],
      constraints: { encryptionContextSubset: { tenant: 'acme' } },
      issuingAccount: 'arn:aws:iam::111122223333:root',
    },
  ],
  requests: [
    {
      id: 'decrypt-acme-invoice',
      principal: SESSION,
      action: 'kms:Decrypt',
      key: KEY,
      encryptionContext: { tenant: 'acme', invoice: 'INV-2024-0042' },
      parameters: {
        CiphertextBlob: {
          key: KEY,
          encryptionContext: { tenant: 'acme', invoice: 'INV-2024-0042' },
        },
      },
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'decrypt-other-tenant',
      principal: SESSION,
      action: 'kms:Decrypt',
      key: KEY,
      encryptionContext: { tenant: 'globex' },
      parameters: ciphertext('globex'),
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'generate-data-key-without-context',
      principal: SESSION,
      action: 'kms:GenerateDataKey',
      key: 'alias/invoices',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'describe-key',
      principal: SESSION,
      action: 'kms:DescribeKey',
      key: KEY,
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
  ],
} satisfies Json;
