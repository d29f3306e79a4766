/**
 * A small scenario for the crypto tests: Alice may use both keys; Bob may only decrypt, and only
 * with the encryption context dept=it; a disabled key and an asymmetric signing key.
 */
import type { Json, Key, Scenario } from '../../scenario/types';

export const ACCOUNT = '111122223333';
export const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
export const KEY2_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`;
export const DISABLED_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/5555aaaa-55aa-55aa-55aa-5555aaaa5555`;
export const SIGNING_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/6666bbbb-66bb-66bb-66bb-6666bbbb6666`;
export const ALICE = `arn:aws:iam::${ACCOUNT}:user/Alice`;
export const BOB = `arn:aws:iam::${ACCOUNT}:user/Bob`;
export const CAROL = `arn:aws:iam::${ACCOUNT}:user/Carol`;

const policy = (...Statement: Record<string, unknown>[]): Json =>
  ({ Version: '2012-10-17', Statement }) as unknown as Json;

const alice = {
  Sid: 'Alice',
  Effect: 'Allow',
  Principal: { AWS: ALICE },
  Action: 'kms:*',
  Resource: '*',
};
const bobDecryptsIt = {
  Sid: 'BobDecryptsIt',
  Effect: 'Allow',
  Principal: { AWS: BOB },
  Action: 'kms:Decrypt',
  Resource: '*',
  Condition: { StringEquals: { 'kms:EncryptionContext:dept': 'it' } },
};

const key = (arn: string, over: Partial<Key> = {}): Key => ({
  arn,
  aliases: [],
  state: 'Enabled',
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  origin: 'AWS_KMS',
  multiRegion: false,
  keyManager: 'CUSTOMER',
  tags: {},
  policy: policy(alice, bobDecryptsIt),
  ...over,
});

/** The test scenario (no requests: the crypto functions add their own). */
export function cryptoScenario(): Scenario {
  return {
    format: 'kms-playground/scenario',
    version: 1,
    accounts: [{ id: ACCOUNT, managementAccount: false }],
    principals: [ALICE, BOB, CAROL].map((arn) => ({ arn, policies: [], groups: [], tags: {} })),
    groups: [],
    keys: [
      key(KEY_ARN, { aliases: ['alias/payments'] }),
      key(KEY2_ARN),
      key(DISABLED_ARN, { state: 'Disabled' }),
      key(SIGNING_ARN, { keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' }),
    ],
    grants: [],
    vpcEndpoints: [],
    requests: [],
  };
}
