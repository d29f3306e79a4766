/** Lesson 7's scenario: one key policy, one condition per statement. */
import {
  allowStatement,
  enableIamStatement,
  iamPolicy,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
export const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000007`;
export const ANA = `arn:aws:iam::${ACCOUNT}:user/Ana`;
export const BEN = `arn:aws:iam::${ACCOUNT}:user/Ben`;
export const CY = `arn:aws:iam::${ACCOUNT}:user/Cy`;
export const EVE = `arn:aws:iam::${OTHER_ACCOUNT}:user/Eve`;
const S3 = 's3.eu-west-1.amazonaws.com';
const EC2 = 'ec2.eu-west-1.amazonaws.com';
const OFFICE_IP = '203.0.113.25';
const HOME_IP = '198.51.100.7';
/** An address of the AWS service making the call (documentation range, for the example). */
const SERVICE_IP = '192.0.2.80';

const payroll = { department: 'payroll' };
const viaS3 = { 'kms:ViaService': S3, 'aws:ViaAWSService': true, 'aws:SourceIp': SERVICE_IP };

/** Deny every request from outside the office network (added in a later step). */
export const denyOutsideOffice = {
  Sid: 'DenyOutsideOfficeNetwork',
  Effect: 'Deny',
  Principal: '*',
  Action: 'kms:*',
  Resource: '*',
  Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
};

export const scenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 7: conditions',
  principals: [
    { arn: ANA, name: 'Ana (payroll clerk)' },
    { arn: BEN, name: 'Ben (uses the key through S3)' },
    { arn: CY, name: 'Cy' },
    {
      arn: EVE,
      name: 'Eve (another account)',
      policies: [
        iamPolicy('UseThatKey', {
          Sid: 'EveDecrypts',
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: KEY,
        }),
      ],
    },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/hr-data'],
      policy: policyDocument(
        enableIamStatement(ACCOUNT),
        allowStatement('AnaPayrollContextOnly', ANA, ['kms:Encrypt', 'kms:Decrypt'], {
          StringEquals: { 'kms:EncryptionContext:department': 'payroll' },
        }),
        allowStatement('BenThroughS3Only', BEN, ['kms:Decrypt', 'kms:GenerateDataKey'], {
          StringEquals: { 'kms:ViaService': S3 },
        }),
        allowStatement(
          'AccountThroughEbsOnly',
          '*',
          ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
          { StringEquals: { 'kms:CallerAccount': ACCOUNT, 'kms:ViaService': EC2 } },
        ),
        allowStatement('CyOnlyDepartmentContext', CY, 'kms:Decrypt', {
          'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['department'] },
        }),
      ),
    },
  ],
  requests: [
    {
      id: 'ana-encrypt-payroll',
      principal: ANA,
      action: 'kms:Encrypt',
      key: KEY,
      encryptionContext: payroll,
    },
    { id: 'ana-encrypt-no-context', principal: ANA, action: 'kms:Encrypt', key: KEY },
    {
      id: 'cy-decrypt-empty-context',
      principal: CY,
      action: 'kms:Decrypt',
      key: KEY,
      encryptionContext: {},
    },
    { id: 'ben-decrypt-direct', principal: BEN, action: 'kms:Decrypt', key: KEY },
    {
      id: 'ben-data-key-via-s3',
      principal: BEN,
      action: 'kms:GenerateDataKey',
      key: KEY,
      context: viaS3,
    },
    {
      id: 'eve-decrypt-via-ebs',
      principal: EVE,
      action: 'kms:Decrypt',
      key: KEY,
      context: { 'kms:ViaService': EC2, 'aws:ViaAWSService': true },
    },
    {
      id: 'ben-decrypt-via-ebs',
      principal: BEN,
      action: 'kms:Decrypt',
      key: KEY,
      context: { 'kms:ViaService': EC2, 'aws:ViaAWSService': true },
    },
    {
      id: 'ana-encrypt-from-home',
      principal: ANA,
      action: 'kms:Encrypt',
      key: KEY,
      encryptionContext: payroll,
      context: { 'aws:SourceIp': HOME_IP },
    },
    {
      id: 'ana-encrypt-from-office',
      principal: ANA,
      action: 'kms:Encrypt',
      key: KEY,
      encryptionContext: payroll,
      context: { 'aws:SourceIp': OFFICE_IP },
    },
  ],
};
