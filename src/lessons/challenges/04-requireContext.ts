import type { Challenge } from '../challenges';
import {
  allowStatement,
  enableIamStatement,
  policyDocument,
} from '../../scenario/keyPolicyStatements';
import { A, key, user, KEY_POLICY_STATEMENTS, scenarioOf, SOURCES } from './common';

// 4. Require the encryption context.
const ANA = user('Ana');
const K4 = key(4);
export const requireContext: Challenge = {
  id: 'require-the-context',
  number: 4,
  title: 'Payroll files only',
  brief:
    'Ana may decrypt payroll files with `alias/files`, and nothing else encrypted under it. Every file is encrypted with an encryption context naming its department, such as `{"department": "payroll"}`. Today her statement allows `kms:Decrypt` with no condition.\n\nAdd a **condition** to her statement: payroll files must decrypt; HR files and requests with no encryption context at all must not.',
  hint: 'Compare the value of one context key, `kms:EncryptionContext:department`. A set operator on the keys alone (`ForAllValues`) lets an empty context through.',
  sources: [
    SOURCES.conditions,
    {
      title: 'Encryption context',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html',
    },
  ],
  scenario: scenarioOf('Challenge 4: payroll files only', {
    principals: [{ arn: ANA, name: 'Ana (payroll)' }],
    keys: [
      {
        arn: K4,
        aliases: ['alias/files'],
        policy: policyDocument(
          enableIamStatement(A),
          allowStatement('AnaDecryptsFiles', ANA, 'kms:Decrypt'),
        ),
      },
    ],
    requests: [
      {
        id: 'ana-decrypt-payroll',
        principal: ANA,
        action: 'kms:Decrypt',
        key: K4,
        encryptionContext: { department: 'payroll' },
      },
      {
        id: 'ana-decrypt-hr',
        principal: ANA,
        action: 'kms:Decrypt',
        key: K4,
        encryptionContext: { department: 'hr' },
      },
      { id: 'ana-decrypt-no-context', principal: ANA, action: 'kms:Decrypt', key: K4 },
    ],
  }),
  requirements: [
    { request: 'ana-decrypt-payroll', want: 'allow', label: 'Ana decrypts a payroll file' },
    { request: 'ana-decrypt-hr', want: 'deny', label: 'Ana decrypts an HR file' },
    { request: 'ana-decrypt-no-context', want: 'deny', label: 'Ana decrypts with no context' },
  ],
  forbiddenWarnings: [],
  solution: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/1/Condition`,
      value: { StringEquals: { 'kms:EncryptionContext:department': 'payroll' } },
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/1/Condition`,
      value: { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['department'] } },
    },
  ],
};
