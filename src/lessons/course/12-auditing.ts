import type { Lesson } from '../types';
import {
  allowStatement,
  enableIamStatement,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000012`;
const ANA = `arn:aws:iam::${ACCOUNT}:user/Ana`;
const BOB = `arn:aws:iam::${ACCOUNT}:user/Bob`;
const ALIAS = 'alias/payroll-exports';

/** The step-1 scenario: Ana may use the key, Bob may not. */
const scenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 12: who used the key?',
  principals: [
    { arn: ANA, name: 'Ana (payroll, named in the key policy)' },
    { arn: BOB, name: 'Bob (no permission for this key)' },
  ],
  keys: [
    {
      arn: KEY,
      aliases: [ALIAS],
      description: 'Encrypts the monthly payroll exports',
      policy: policyDocument(
        enableIamStatement(ACCOUNT),
        allowStatement('AnaUsesTheKey', ANA, [
          'kms:GenerateDataKey',
          'kms:Decrypt',
          'kms:DescribeKey',
        ]),
      ),
    },
  ],
  requests: [
    {
      id: 'ana-generate-data-key',
      principal: ANA,
      action: 'kms:GenerateDataKey',
      key: KEY,
      encryptionContext: { file: 'payroll-2026-01.csv' },
    },
    { id: 'bob-generate-data-key', principal: BOB, action: 'kms:GenerateDataKey', key: KEY },
  ],
};

export const auditingLesson: Lesson = {
  id: 'auditing-key-use',
  number: 12,
  title: 'Auditing: who used a key, and when',
  summary:
    'Find out who used a key, when, for what and with which outcome, from the audit trail that records every call, including the ones that were denied.',
  sources: [
    {
      title: 'Logging AWS KMS API calls with AWS CloudTrail',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/logging-using-cloudtrail.html',
    },
    {
      title: 'Examples of AWS KMS log entries',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/understanding-kms-entries.html',
    },
    {
      title: 'Encryption context (it appears in CloudTrail logs)',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html',
    },
  ],
  steps: [
    {
      id: 'ana-uses-the-key',
      title: 'A use to find later',
      text: 'Ana makes a data key for the January payroll export with `alias/payroll-exports`, passing the encryption context `{"file": "payroll-2026-01.csv"}`. The key policy statement `AnaUsesTheKey` allows it.\n\nIn AWS, KMS reports each such call to **CloudTrail**: who called, which operation, on which key, when, from where, and whether it worked.',
      scenario,
      request: 'ana-generate-data-key',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AnaUsesTheKey' },
    },
    {
      id: 'bob-makes-a-data-key',
      title: 'Bob’s attempt',
      text: 'Bob calls `GenerateDataKey` on the same key. Nothing in the key policy names him and he has no IAM policy for the key.\n\nWhat does KMS answer? Then ask yourself: will his attempt leave a trace?',
      reveal:
        'Bob is **denied**, implicitly, and the attempt is recorded: CloudTrail logs refused calls too, with their error code. The next step finds it.',
      request: 'bob-generate-data-key',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'investigate',
      title: 'Investigate in the Audit tab',
      text: 'The console below replays a few calls: Ana describes the key and makes a data key for the payroll file; two hours later (`sleep 2h` moves the simulated clock) Bob tries twice and is denied.\n\nTo investigate yourself, press **Experiment in the playground**: it opens the account as these lines left it. Open its **Audit** tab and use the filters (the **Console** tab takes more calls of your own):\n\n- **Key** `alias/payroll-exports`: every call on the key.\n- **Caller** Bob, or **Outcome** `AccessDeniedException`: his refused attempts.\n- **Hour (UTC)**: the time you are asked about.\n\nEach row shows the time, operation, caller, key and outcome. **Export JSON** gives the full CloudTrail-style records: the encryption context is in `requestParameters`, never the plaintext or the data key.',
      console: [
        { line: `aws kms describe-key --key-id ${ALIAS} --profile Ana`, contains: KEY },
        {
          line: `aws kms generate-data-key --key-id ${ALIAS} --key-spec AES_256 --encryption-context file=payroll-2026-01.csv --profile Ana`,
          contains: KEY,
        },
        { line: 'sleep 2h', contains: 'T02:00:00Z' },
        {
          line: `aws kms generate-data-key --key-id ${KEY} --key-spec AES_256 --profile Bob`,
          error: 'AccessDeniedException',
        },
        {
          line: `aws kms describe-key --key-id ${KEY} --profile Bob`,
          error: 'AccessDeniedException',
        },
      ],
    },
  ],
  checkpoints: [
    {
      id: 'who-used-it',
      question: 'Which service tells you who used a KMS key yesterday at 3 PM?',
      choices: [
        {
          text: 'AWS Config',
          why: 'Config records how resources are configured, not each API call made with them.',
        },
        {
          text: 'IAM Access Analyzer',
          why: 'Access Analyzer finds who could reach a resource, not who did.',
        },
        'AWS CloudTrail',
        { text: 'The key policy', why: 'The policy says who may use the key; it records nothing.' },
      ],
      answer: 2,
      explanation:
        'CloudTrail records the KMS API calls made in the account, with the caller, the operation, the key and the time. Filter its events by key and time to answer the question.',
      demonstrate: { step: 'investigate' },
    },
    {
      id: 'denied-logged',
      question: 'Bob’s GenerateDataKey call was denied. Is it in the audit trail?',
      choices: [
        {
          text: 'No, only successful calls are recorded',
          why: 'Refused calls are recorded too; that is how probing shows up.',
        },
        'Yes, with the error code AccessDeniedException',
        {
          text: 'Only if the key policy has a Deny for him',
          why: 'Implicit and explicit denies are both recorded.',
        },
      ],
      answer: 1,
      explanation:
        'Denied attempts are recorded with their error code, which is how you spot someone probing a key. (In AWS, a denied call from another account is logged only in the caller’s account.)',
      demonstrate: {
        step: 'bob-makes-a-data-key',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'plaintext-in-log',
      question: 'Does the audit record of a GenerateDataKey call contain the data key?',
      choices: [
        'No: only its metadata and encryption context',
        {
          text: 'Yes, in the response elements',
          why: 'KMS leaves plaintext and key material out of its log entries.',
        },
        {
          text: 'Yes, encrypted under the KMS key',
          why: 'Neither copy of the data key is logged.',
        },
      ],
      answer: 0,
      explanation:
        'For security, KMS leaves plaintext and key material out of its log entries. The encryption context is kept in plain text, which is why it must never hold secrets.',
      demonstrate: { step: 'investigate' },
    },
  ],
};
