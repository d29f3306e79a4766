import type { Json, Scenario } from '../scenario/types';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

/** A statement that mostly does not match, with a condition, so the engine does real work. */
function statement(doc: number, i: number, resourceBased: boolean): Record<string, Json> {
  const s: Record<string, Json> = {
    Sid: `D${doc}S${i}`,
    Effect: i % 7 === 0 ? 'Deny' : 'Allow',
    Action: i % 3 === 0 ? ['kms:Encrypt', 'kms:GenerateDataKey*'] : `kms:Describe${i}`,
    Resource: resourceBased ? '*' : KEY,
    Condition: { StringEquals: { [`kms:EncryptionContext:k${i}`]: `v${i}` } },
  };
  if (resourceBased) s.Principal = { AWS: `arn:aws:iam::${ACCOUNT}:user/U${i}` };
  return s;
}

/**
 * The large case: 20 documents of 50 statements each (one key policy and 19 identity
 * policies of the caller), one request.
 */
export function largeScenario(documents = 20, statements = 50): Scenario {
  const policy = (d: number, rb: boolean): Json => ({
    Version: '2012-10-17',
    Statement: Array.from({ length: statements }, (_, i) => statement(d, i, rb)),
  });
  const keyPolicy = policy(0, true) as { Statement: Json[] };
  keyPolicy.Statement.unshift({
    Sid: 'Enable IAM User Permissions',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
    Action: 'kms:*',
    Resource: '*',
  });
  const alice = `arn:aws:iam::${ACCOUNT}:user/Alice`;
  return {
    format: 'kms-playground/scenario',
    version: 1,
    accounts: [],
    groups: [],
    grants: [],
    vpcEndpoints: [],
    keys: [
      {
        arn: KEY,
        aliases: [],
        state: 'Enabled',
        keySpec: 'SYMMETRIC_DEFAULT',
        keyUsage: 'ENCRYPT_DECRYPT',
        origin: 'AWS_KMS',
        multiRegion: false,
        keyManager: 'CUSTOMER',
        tags: {},
        policy: keyPolicy as Json,
      },
    ],
    principals: [
      {
        arn: alice,
        groups: [],
        tags: {},
        policies: Array.from({ length: documents - 1 }, (_, d) => ({
          name: `p${d + 1}`,
          document: policy(d + 1, false),
        })),
      },
    ],
    requests: [
      {
        principal: alice,
        action: 'kms:Encrypt',
        key: KEY,
        encryptionContext: { k3: 'v3' },
        grantTokens: [],
        context: {},
        deriveContext: true,
        parameters: {},
      },
    ],
  };
}
