import type { Challenge } from '../challenges';
import {
  allowStatement,
  enableIamStatement,
  policyDocument,
} from '../../scenario/keyPolicyStatements';
import { A, REGION, key, user, KEY_POLICY_STATEMENTS, scenarioOf, SOURCES } from './common';

// 5. Only through S3.
const BEN = user('Ben');
const K5 = key(5);
const S3 = `s3.${REGION}.amazonaws.com`;
const viaS3 = { 'kms:ViaService': S3, 'aws:ViaAWSService': true };
export const onlyThroughS3: Challenge = {
  id: 'only-through-s3',
  number: 5,
  title: 'Only through Amazon S3',
  brief:
    'Ben stores documents in an S3 bucket encrypted with `alias/documents`. S3 calls KMS on his behalf to make and open data keys. Ben himself should never call KMS with this key directly. Today his statement allows `kms:GenerateDataKey` and `kms:Decrypt` from anywhere.\n\nAdd a **condition** to his statement so that S3’s requests on his behalf pass and his own direct calls do not.',
  hint: 'Which condition key does KMS set only when an AWS service calls on the principal’s behalf, naming the service?',
  sources: [SOURCES.conditions],
  scenario: scenarioOf('Challenge 5: only through Amazon S3', {
    principals: [{ arn: BEN, name: 'Ben' }],
    keys: [
      {
        arn: K5,
        aliases: ['alias/documents'],
        policy: policyDocument(
          enableIamStatement(A),
          allowStatement('BenUsesDocumentsKey', BEN, ['kms:GenerateDataKey', 'kms:Decrypt']),
        ),
      },
    ],
    requests: [
      {
        id: 'ben-data-key-via-s3',
        principal: BEN,
        action: 'kms:GenerateDataKey',
        key: K5,
        context: viaS3,
      },
      { id: 'ben-decrypt-via-s3', principal: BEN, action: 'kms:Decrypt', key: K5, context: viaS3 },
      { id: 'ben-decrypt-direct', principal: BEN, action: 'kms:Decrypt', key: K5 },
      { id: 'ben-data-key-direct', principal: BEN, action: 'kms:GenerateDataKey', key: K5 },
    ],
  }),
  requirements: [
    { request: 'ben-data-key-via-s3', want: 'allow', label: 'S3 makes a data key for Ben' },
    { request: 'ben-decrypt-via-s3', want: 'allow', label: 'S3 opens a data key for Ben' },
    { request: 'ben-decrypt-direct', want: 'deny', label: 'Ben decrypts from the CLI' },
    { request: 'ben-data-key-direct', want: 'deny', label: 'Ben makes a data key himself' },
  ],
  forbiddenWarnings: [],
  solution: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/1/Condition`,
      value: { StringEquals: { 'kms:ViaService': S3 } },
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/1/Condition`,
      value: { StringEqualsIfExists: { 'kms:ViaService': S3 } },
    },
  ],
};
