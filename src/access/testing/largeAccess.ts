/**
 * The benchmark case: 50 principals × 10 keys (× every KMS permission on a key). Each key
 * has a realistic key policy (IAM delegation, administrators, users, a ViaService condition, an
 * encryption-context condition), each principal an identity policy, and some keys grants with an
 * encryption context constraint, so the matrix does the work a real account would make it do.
 */
import {
  keyAdministratorActionsWithout,
  keyAdministratorsStatement,
} from '../../scenario/keyPolicyStatements';
import type { Json, Scenario } from '../../scenario/types';

const ACCOUNT = '111122223333';

const keyArn = (k: number) =>
  `arn:aws:kms:us-east-1:${ACCOUNT}:key/${String(k).padStart(8, '0')}-1111-4222-8333-444455556666`;
const roleArn = (p: number) => `arn:aws:iam::${ACCOUNT}:role/App${p}`;

function keyPolicy(k: number): Json {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
      keyAdministratorsStatement(
        [roleArn(k), roleArn(k + 10)],
        'Key administrators',
        keyAdministratorActionsWithout('kms:RotateKeyOnDemand'),
      ),
      {
        Sid: 'Key users through S3',
        Effect: 'Allow',
        Principal: { AWS: [roleArn(k + 20), roleArn(k + 30)] },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
      },
      {
        Sid: 'Tenant users',
        Effect: 'Allow',
        Principal: { AWS: roleArn(k + 40) },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:EncryptionContext:tenant': `t${k}` } },
      },
      {
        Sid: 'No deletion outside admins',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 'kms:ScheduleKeyDeletion',
        Resource: '*',
        Condition: { StringNotLike: { 'aws:PrincipalArn': roleArn(k) } },
      },
    ],
  };
}

function identityPolicy(p: number): Json {
  const keys = [p % 10, (p + 3) % 10].map(keyArn);
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action:
          p % 2 === 0
            ? ['kms:Decrypt', 'kms:DescribeKey']
            : ['kms:Encrypt', 'kms:GenerateDataKey*'],
        Resource: keys,
      },
      ...(p % 5 === 0
        ? [
            {
              Effect: 'Allow',
              Action: 'kms:Sign',
              Resource: '*',
              Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
            },
          ]
        : []),
    ],
  };
}

/** 50 roles × 10 keys, with grants on every other key. */
export function largeAccessScenario(principals = 50, keys = 10): Scenario {
  return {
    format: 'kms-playground/scenario',
    version: 1,
    title: `${principals} principals × ${keys} keys`,
    accounts: [],
    groups: [],
    vpcEndpoints: [],
    requests: [],
    principals: Array.from({ length: principals }, (_, p) => ({
      arn: roleArn(p),
      groups: [],
      tags: {},
      policies: [{ name: `app${p}`, document: identityPolicy(p) }],
    })),
    keys: Array.from({ length: keys }, (_, k) => ({
      arn: keyArn(k),
      aliases: [`alias/key-${k}`],
      state: 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      multiRegion: false,
      keyManager: 'CUSTOMER',
      tags: {},
      policy: keyPolicy(k),
    })),
    grants: Array.from({ length: keys }, (_, k) => k)
      .filter((k) => k % 2 === 0)
      .map((k) => ({
        grantId: `${String(k).padStart(4, '0')}${'ab'.repeat(30)}`,
        key: keyArn(k),
        granteePrincipal: roleArn((k * 7 + 5) % principals),
        operations: ['Decrypt', 'Encrypt', 'GenerateDataKey', 'DescribeKey'],
        constraints: { encryptionContextSubset: { project: `p${k}` } },
        propagated: true,
      })),
  };
}
