/**
 * AWS managed keys (`aws/<service>`): created by an AWS service in the account, not by the user;
 * their policy is AWS's (readable, not changeable), they rotate every year and cannot be deleted
 * (KMS developer guide, "AWS managed keys"; editing-keys; rotate-keys).
 */
import type { Json, Key } from '../scenario/types';
import { uuidFrom } from './ids';
import type { SimulatorState } from './types';
import { addDays } from './clockMath';

/** The service endpoint that calls KMS for each alias (kms:ViaService values, S4). */
const VIA_SERVICE: Readonly<Record<string, string>> = {
  ebs: 'ec2',
  s3: 's3',
  rds: 'rds',
  lambda: 'lambda',
  dynamodb: 'dynamodb',
  secretsmanager: 'secretsmanager',
  sns: 'sns',
  sqs: 'sqs',
  ssm: 'ssm',
};

/** The key policy AWS gives an AWS managed key (shape as in the developer guide's aws/ebs example). */
export function awsManagedKeyPolicy(service: string, account: string, region: string): Json {
  const via = VIA_SERVICE[service] ?? service;
  return {
    Version: '2012-10-17',
    Id: `auto-${service}-2`,
    Statement: [
      {
        Sid: `Allow access through ${service.toUpperCase()} for all principals in the account that are authorized to use ${service.toUpperCase()}`,
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'kms:Encrypt',
          'kms:Decrypt',
          'kms:ReEncrypt*',
          'kms:GenerateDataKey*',
          'kms:CreateGrant',
          'kms:DescribeKey',
        ],
        Resource: '*',
        Condition: {
          StringEquals: {
            'kms:CallerAccount': account,
            'kms:ViaService': `${via}.${region}.amazonaws.com`,
          },
        },
      },
      {
        Sid: 'Allow direct access to key metadata to the account',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
        Resource: '*',
      },
    ],
  };
}

/**
 * What happens when a service first needs its AWS managed key in an account: the key `aws/<service>`
 * appears, Enabled, rotating yearly. Returns the state unchanged when the alias already exists.
 */
export function addAwsManagedKey(
  state: SimulatorState,
  service: string,
  account: string,
): SimulatorState {
  const alias = `alias/aws/${service}`;
  if (state.scenario.keys.some((k) => k.aliases.includes(alias) && k.arn.includes(`:${account}:`)))
    return state;
  const arn = `arn:aws:kms:${state.region}:${account}:key/${uuidFrom(`aws-managed|${account}|${state.region}|${service}`)}`;
  const key: Key = {
    arn,
    aliases: [alias],
    description: `Default key that protects my ${service.toUpperCase()} resources when no other key is defined`,
    state: 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    multiRegion: false,
    keyManager: 'AWS',
    tags: {},
    policy: awsManagedKeyPolicy(service, account, state.region),
  };
  return {
    ...state,
    scenario: { ...state.scenario, keys: [...state.scenario.keys, key] },
    keyMeta: {
      ...state.keyMeta,
      // Rotate-keys: AWS managed keys rotate automatically every year.
      [arn]: {
        creationDate: state.clock,
        rotationEnabled: true,
        rotationPeriodInDays: 365,
        nextRotationDate: addDays(state.clock, 365),
        rotations: [],
      },
    },
  };
}
