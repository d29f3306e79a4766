import type { Lesson } from '../types';
import { ACCOUNT, denyOutsideOffice, scenario } from './07-conditions.scenario';

const EBS_STATEMENT = '/keys/0/policy/Statement/3/Condition/StringEquals';

export const conditionsLesson: Lesson = {
  id: 'conditions',
  number: 7,
  title: 'Conditions',
  summary:
    'Narrow key policy statements with conditions on the encryption context, the calling service (kms:ViaService), the caller’s account (kms:CallerAccount) and the source IP, and avoid the ForAllValues trap that lets a request with no encryption context through.',
  sources: [
    {
      title: 'AWS KMS condition keys',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html',
    },
    {
      title: 'AWS global condition keys in KMS policies',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-aws.html',
    },
    {
      title: 'Encryption context',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html',
    },
    {
      title: 'Single-valued vs. multivalued context keys (set operators)',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html',
    },
  ],
  steps: [
    {
      id: 'context-required',
      title: 'Require an encryption context',
      text: '`AnaPayrollContextOnly` allows Ana to encrypt and decrypt only when the request’s encryption context has `department` = `payroll` (`kms:EncryptionContext:department`). Her encryption with `{"department": "payroll"}` is allowed.',
      scenario,
      request: 'ana-encrypt-payroll',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AnaPayrollContextOnly' },
    },
    {
      id: 'context-missing',
      title: 'No context, no match',
      text: 'Ana encrypts again, this time with no encryption context. Allowed?',
      request: 'ana-encrypt-no-context',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'forallvalues-trap',
      title: 'The ForAllValues trap',
      text: '`CyOnlyDepartmentContext` means to say “Cy may decrypt only when the context keys are `department`”, written as `ForAllValues:StringEquals` on `kms:EncryptionContextKeys`. `ForAllValues` is true when **every** key in the request is in the list, and also when the request has **no** keys at all.\n\nCy decrypts with an empty encryption context. Predict.',
      request: 'cy-decrypt-empty-context',
      predict: true,
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'CyOnlyDepartmentContext' },
    },
    {
      id: 'forallvalues-fix',
      title: 'Close it with Null',
      text: 'Add `"Null": {"kms:EncryptionContextKeys": "false"}` to the same statement: the key must be present, so the request must carry an encryption context. Cy’s empty-context request is now implicitly denied.',
      change: [
        {
          op: 'add',
          path: '/keys/0/policy/Statement/4/Condition/Null',
          value: { 'kms:EncryptionContextKeys': 'false' },
        },
      ],
      request: 'cy-decrypt-empty-context',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'via-service-direct',
      title: 'Only through a service',
      text: '`BenThroughS3Only` allows Ben’s decryption and data keys only when `kms:ViaService` is `s3.eu-west-1.amazonaws.com`, that is when Amazon S3 calls KMS on his behalf. Ben calls Decrypt himself, from the CLI. Allowed?',
      request: 'ben-decrypt-direct',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'via-service-s3',
      title: 'The same user, through S3',
      text: 'When Ben uploads an object to a bucket encrypted with this key, S3 asks KMS for a data key with Ben’s credentials and `kms:ViaService` set to S3. That request is allowed by `BenThroughS3Only`.',
      request: 'ben-data-key-via-s3',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'BenThroughS3Only' },
    },
    {
      id: 'caller-account',
      title: 'kms:CallerAccount',
      text: '`AccountThroughEbsOnly` has `Principal: "*"`, held in by two conditions, as in the key policies of AWS managed keys: `kms:CallerAccount` must be 111122223333 and `kms:ViaService` must be EC2 (EBS).\n\nEve, in account 444455556666, has an IAM policy allowing `kms:Decrypt` on this key and calls through EBS. Allowed?',
      request: 'eve-decrypt-via-ebs',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'caller-account-removed',
      title: 'Without kms:CallerAccount',
      text: 'To see what the condition was doing, remove `kms:CallerAccount`. The `"*"` principal now matches Eve, her own account’s IAM policy allows the call, and her cross-account decryption is allowed.',
      change: [{ op: 'remove', path: `${EBS_STATEMENT}/kms:CallerAccount` }],
      request: 'eve-decrypt-via-ebs',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AccountThroughEbsOnly' },
    },
    {
      id: 'caller-account-same',
      title: 'The account’s own callers',
      text: 'Put the condition back. Ben, who is in account 111122223333, decrypts through EBS: allowed by `AccountThroughEbsOnly`.',
      change: [{ op: 'add', path: `${EBS_STATEMENT}/kms:CallerAccount`, value: ACCOUNT }],
      request: 'ben-decrypt-via-ebs',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AccountThroughEbsOnly' },
    },
    {
      id: 'source-ip',
      title: 'Deny outside the office network',
      text: 'Add `DenyOutsideOfficeNetwork`: a `Deny` on `kms:*` for every principal when `aws:SourceIp` is not in 203.0.113.0/24. Ana encrypts payroll data from home (198.51.100.7). Predict.',
      change: [{ op: 'add', path: '/keys/0/policy/Statement/-', value: denyOutsideOffice }],
      request: 'ana-encrypt-from-home',
      predict: true,
      expect: {
        outcome: 'AccessDeniedException',
        decision: 'ExplicitDeny',
        decidingSid: 'DenyOutsideOfficeNetwork',
      },
    },
    {
      id: 'source-ip-office',
      title: 'From the office',
      text: 'From 203.0.113.25 the deny does not match, and `AnaPayrollContextOnly` allows her encryption.',
      request: 'ana-encrypt-from-office',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'AnaPayrollContextOnly' },
    },
    {
      id: 'ip-breaks-services',
      title: 'Services do not call from your network',
      text: 'Ben uploads to S3 from the office. But it is S3 that calls KMS, and the request reaches KMS from an AWS address, not from 203.0.113.0/24.\n\nIs S3’s data-key request on Ben’s behalf allowed?',
      request: 'ben-data-key-via-s3',
      predict: true,
      expect: {
        outcome: 'AccessDeniedException',
        decision: 'ExplicitDeny',
        decidingSid: 'DenyOutsideOfficeNetwork',
      },
    },
    {
      id: 'ip-fix',
      title: 'Exempt calls made by AWS services',
      text: 'Add `"Bool": {"aws:ViaAWSService": "false"}` to the deny: it now applies only to calls the principal makes directly. S3’s request on Ben’s behalf is allowed again by `BenThroughS3Only`, while Ana’s calls from home stay denied.',
      change: [
        {
          op: 'add',
          path: '/keys/0/policy/Statement/5/Condition/Bool',
          value: { 'aws:ViaAWSService': 'false' },
        },
      ],
      request: 'ben-data-key-via-s3',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'BenThroughS3Only' },
    },
  ],
  checkpoints: [
    {
      id: 'forallvalues',
      question:
        'A statement allows Decrypt with "ForAllValues:StringEquals": {"kms:EncryptionContextKeys": ["department"]}. A request has an empty encryption context. Is the condition met?',
      choices: [
        'No, there is no department key',
        'Yes: with no keys, “every key is in the list” is true',
      ],
      answer: 1,
      explanation:
        'ForAllValues is true when the request has no values for the key. Add a Null condition (the key must be present), or use ForAnyValue, to require a context.',
      demonstrate: {
        step: 'forallvalues-trap',
        shows: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'CyOnlyDepartmentContext' },
      },
    },
    {
      id: 'via-service',
      question:
        'A key policy allows Ben to decrypt only when kms:ViaService is s3.eu-west-1.amazonaws.com. Ben calls Decrypt from the CLI. Result?',
      choices: ['Allowed', 'Denied: the call did not come through S3'],
      answer: 1,
      explanation:
        'kms:ViaService is set only when an AWS service calls KMS on the principal’s behalf. A direct call does not have it.',
      demonstrate: {
        step: 'via-service-direct',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'caller-account',
      question:
        'A statement allows Principal "*" with kms:CallerAccount = 111122223333. A user from 444455556666 with a matching IAM policy calls. Result?',
      choices: ['Allowed', 'Denied: kms:CallerAccount is the caller’s own account'],
      answer: 1,
      explanation:
        'kms:CallerAccount is the account of the caller, so the statement only matches callers of account 111122223333.',
      demonstrate: {
        step: 'caller-account',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'source-ip-services',
      question:
        'A key policy denies every request whose aws:SourceIp is outside the office range. What happens to S3 encrypting objects for office users?',
      choices: [
        'Nothing, the users are in the office',
        'It is denied: S3 calls KMS from AWS addresses, unless the deny exempts aws:ViaAWSService',
      ],
      answer: 1,
      explanation:
        'When a service calls KMS for you, the source IP is the service’s. Limit IP conditions to direct calls with aws:ViaAWSService = false.',
      demonstrate: {
        step: 'ip-breaks-services',
        shows: { outcome: 'AccessDeniedException', decision: 'ExplicitDeny' },
      },
    },
  ],
};
