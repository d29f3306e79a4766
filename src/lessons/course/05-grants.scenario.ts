/** Lesson 5's scenario: Alice manages grants on a key; Bob, Carol and Dan start with nothing. */
import {
  allowStatement,
  enableIamStatement,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

export const ACCOUNT = '111122223333';
export const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000005`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
export const ALICE = `arn:aws:iam::${ACCOUNT}:user/Alice`;
export const BOB = `arn:aws:iam::${ACCOUNT}:user/Bob`;
export const CAROL = `arn:aws:iam::${ACCOUNT}:user/Carol`;
export const DAN = `arn:aws:iam::${ACCOUNT}:user/Dan`;
export const GRANT_ID = '5a1e7c0de0000000000000000000000000000000000000000000000000000005';
export const GRANT_TOKEN = 'AQpAlesson5-grant-token-for-bob';

const apollo = { project: 'apollo' };

/** The grant Alice gave Bob, as the scenario holds it (added in step 2, then edited). */
export const bobsGrant = {
  grantId: GRANT_ID,
  key: KEY,
  name: 'bob-encrypts',
  granteePrincipal: BOB,
  retiringPrincipal: DAN,
  operations: ['Encrypt'],
  issuingAccount: ROOT,
  grantToken: GRANT_TOKEN,
  propagated: false,
};

export const scenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 5: grants',
  principals: [
    { arn: ALICE, name: 'Alice (manages grants)' },
    { arn: BOB, name: 'Bob (no permissions)' },
    { arn: CAROL, name: 'Carol (no permissions)' },
    { arn: DAN, name: 'Dan (retiring principal)' },
  ],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/apollo'],
      policy: policyDocument(
        enableIamStatement(ACCOUNT),
        allowStatement('AliceCreatesGrants', ALICE, 'kms:CreateGrant'),
        allowStatement('AliceManagesGrants', ALICE, [
          'kms:ListGrants',
          'kms:RevokeGrant',
          'kms:DescribeKey',
        ]),
      ),
    },
  ],
  requests: [
    { id: 'bob-encrypt', principal: BOB, action: 'kms:Encrypt', key: KEY },
    {
      id: 'bob-encrypt-with-token',
      principal: BOB,
      action: 'kms:Encrypt',
      key: KEY,
      grantTokens: [GRANT_TOKEN],
    },
    { id: 'bob-decrypt', principal: BOB, action: 'kms:Decrypt', key: KEY },
    {
      id: 'bob-encrypt-apollo',
      principal: BOB,
      action: 'kms:Encrypt',
      key: KEY,
      encryptionContext: apollo,
    },
    {
      id: 'alice-grant-with-create-grant',
      principal: ALICE,
      action: 'kms:CreateGrant',
      key: KEY,
      parameters: { GranteePrincipal: BOB, Operations: ['Encrypt', 'CreateGrant'] },
    },
    {
      id: 'bob-grants-carol-decrypt',
      principal: BOB,
      action: 'kms:CreateGrant',
      key: KEY,
      parameters: {
        GranteePrincipal: CAROL,
        Operations: ['Decrypt'],
        Constraints: { EncryptionContextSubset: apollo },
      },
    },
    {
      id: 'bob-grants-carol-more',
      principal: BOB,
      action: 'kms:CreateGrant',
      key: KEY,
      parameters: {
        GranteePrincipal: CAROL,
        Operations: ['Decrypt', 'GenerateDataKey'],
        Constraints: { EncryptionContextSubset: apollo },
      },
    },
    {
      id: 'dan-retires',
      principal: DAN,
      action: 'kms:RetireGrant',
      key: KEY,
      parameters: { GrantId: GRANT_ID },
    },
    {
      id: 'bob-retires',
      principal: BOB,
      action: 'kms:RetireGrant',
      key: KEY,
      parameters: { GrantId: GRANT_ID },
    },
    {
      id: 'alice-revokes',
      principal: ALICE,
      action: 'kms:RevokeGrant',
      key: KEY,
      parameters: { GrantId: GRANT_ID },
    },
  ],
};
