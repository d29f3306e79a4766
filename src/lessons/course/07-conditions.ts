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
      id: 'ana-encrypts-bare',
      title: 'Ana’s second request',
      text: 'Ana encrypts once more, this time with no encryption context. What does KMS answer?',
      reveal:
        'Ana is **denied**, implicitly: with no context, `kms:EncryptionContext:department` is absent, the `StringEquals` condition is not met, and no other statement allows her.',
      request: 'ana-encrypt-no-context',
      predict: true,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'cy-decrypts-empty-context',
      title: 'ForAllValues and an empty context',
      text: '`CyOnlyDepartmentContext` means to say “Cy may decrypt only when the context keys are `department`”, written as `ForAllValues:StringEquals` on `kms:EncryptionContextKeys` with `["department"]`.\n\nCy decrypts with an empty encryption context. What does KMS answer?',
      hint: '`ForAllValues` asks whether every key in the request is in the list. How many keys does this request have?',
      reveal:
        'KMS **allows** it. `ForAllValues` is true when **every** key in the request is in the list, and that is also true when the request has **no** keys at all. A condition meant to require a context lets the empty one through.',
      request: 'cy-decrypt-empty-context',
      predict: true,
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'CyOnlyDepartmentContext' },
    },
    {
      id: 'forallvalues-fix',
      sources: [
        {
          title: 'Single-valued vs. multivalued context keys',
          url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html',
        },
      ],
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
      id: 'ben-decrypts-from-the-cli',
      title: 'Ben and kms:ViaService',
      text: '`BenThroughS3Only` allows Ben’s decryption and data keys when `kms:ViaService` is `s3.eu-west-1.amazonaws.com`, that is when Amazon S3 calls KMS on his behalf. Ben calls Decrypt himself, from the CLI. What does KMS answer?',
      reveal:
        'Ben is **denied**, implicitly: a direct call carries no `kms:ViaService`, so the condition is not met.',
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
      id: 'eve-decrypts-via-ebs',
      title: 'kms:CallerAccount',
      text: '`AccountThroughEbsOnly` has `Principal: "*"`, held in by two conditions, as in the key policies of AWS managed keys: `kms:CallerAccount` must be 111122223333 and `kms:ViaService` must be EC2 (EBS).\n\nEve, in account 444455556666, has an IAM policy allowing `kms:Decrypt` on this key and calls through EBS. What does KMS answer?',
      reveal:
        'Eve is **denied**, implicitly: `kms:CallerAccount` is the caller’s own account, 444455556666, so the condition does not hold for her.',
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
      id: 'ana-encrypts-from-home',
      title: 'A condition on the office network',
      text: 'Add `DenyOutsideOfficeNetwork`: a `Deny` on `kms:*` for every principal when `aws:SourceIp` is not in 203.0.113.0/24. Ana encrypts payroll data, with the payroll context, from home (198.51.100.7). What does KMS answer?',
      reveal:
        'Ana is **denied**, explicitly, by `DenyOutsideOfficeNetwork`: her address is outside the range, so the Deny matches and overrides `AnaPayrollContextOnly`.',
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
      id: 'ben-uploads-to-s3',
      sources: [
        {
          title: 'AWS global condition keys (aws:SourceIp, aws:ViaAWSService)',
          url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
        },
      ],
      title: 'Ben uploads to S3 from the office',
      text: 'Ben uploads an object to S3 from his desk in the office network. S3 asks KMS for a data key on his behalf, with `kms:ViaService` set to S3.\n\nWhat does KMS answer to S3’s request?',
      hint: 'Which address does the request to KMS come from: Ben’s, or S3’s?',
      reveal:
        'KMS **denies** it, explicitly, with `DenyOutsideOfficeNetwork`: it is S3 that calls KMS, from an AWS address, not from 203.0.113.0/24. The same goes for calls that reach AWS through a VPC endpoint: they carry `aws:VpcSourceIp` and `aws:SourceVpce`, not `aws:SourceIp`, so an IP condition misfires there too.',
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
      text: 'Add `"Bool": {"aws:ViaAWSService": "false"}` to the deny: it now applies only to calls the principal makes directly. S3’s request on Ben’s behalf is allowed by `BenThroughS3Only`, while Ana’s calls from home stay denied.',
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
        {
          text: 'No, there is no department key',
          why: 'ForAllValues asks whether every key present is in the list; with none present, nothing fails.',
        },
        {
          text: 'No: an empty context is refused before policies are read',
          why: 'An encryption context is optional for symmetric keys; the policy decides.',
        },
        'Yes: with no keys, “every key is in the list” is true',
      ],
      answer: 2,
      explanation:
        'ForAllValues is true when the request has no values for the key. Add a Null condition ("kms:EncryptionContextKeys": "false") so a context must be present. ForAnyValue is not the same fix: it requires the department key but lets any other keys come with it.',
      demonstrate: {
        step: 'cy-decrypts-empty-context',
        shows: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'CyOnlyDepartmentContext' },
      },
    },
    {
      id: 'forallvalues-fix',
      question:
        'Which change makes that statement refuse an empty context and keep refusing context keys other than department?',
      choices: [
        {
          text: 'Replace ForAllValues with ForAnyValue',
          why: 'ForAnyValue needs department among the keys but no longer limits the other keys: a different rule.',
        },
        'Add "Null": {"kms:EncryptionContextKeys": "false"} to the same statement',
        {
          text: 'Add IfExists to the operator',
          why: 'IfExists makes a missing key pass: the opposite of what is wanted.',
        },
      ],
      answer: 1,
      explanation:
        'The Null condition requires the key to be present; ForAllValues keeps limiting which keys may be present. Together they say what was meant.',
      demonstrate: {
        step: 'forallvalues-fix',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'via-service',
      question:
        'A key policy allows Ben to decrypt only when kms:ViaService is s3.eu-west-1.amazonaws.com. Ben calls Decrypt from the CLI. Result?',
      choices: [
        'Denied: the call did not come through S3',
        {
          text: 'Allowed',
          why: 'kms:ViaService is set only when an AWS service calls KMS on the principal’s behalf.',
        },
        {
          text: 'Allowed if the CLI runs on an EC2 instance',
          why: 'The instance makes the call with Ben’s credentials; no service calls KMS for him.',
        },
      ],
      answer: 0,
      explanation:
        'kms:ViaService is set only when an AWS service calls KMS on the principal’s behalf. A direct call does not have it.',
      demonstrate: {
        step: 'ben-decrypts-from-the-cli',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'caller-account',
      question:
        'A statement allows Principal "*" with kms:CallerAccount = 111122223333. A user from 444455556666 with a matching IAM policy calls. Result?',
      choices: [
        {
          text: 'Allowed: Principal "*" matches everyone',
          why: 'It does, but the condition must hold too.',
        },
        {
          text: 'Allowed: kms:CallerAccount is the key’s account',
          why: 'kms:CallerAccount is the account of the caller, not of the key.',
        },
        'Denied: kms:CallerAccount is the caller’s own account',
      ],
      answer: 2,
      explanation:
        'kms:CallerAccount is the account of the caller, so the statement only matches callers of account 111122223333.',
      demonstrate: {
        step: 'eve-decrypts-via-ebs',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'source-ip-services',
      question:
        'A key policy denies every request whose aws:SourceIp is outside the office range. What happens to S3 encrypting objects for office users?',
      choices: [
        {
          text: 'Nothing, the users are in the office',
          why: 'S3 is the one calling KMS, and it does not call from the office network.',
        },
        'It is denied: S3 calls KMS from AWS addresses, unless the deny exempts aws:ViaAWSService',
        {
          text: 'It is denied only for objects over 4 KB',
          why: 'Object size plays no part; S3 always asks KMS for a data key.',
        },
      ],
      answer: 1,
      explanation:
        'When a service calls KMS for you, the source IP is the service’s. Limit IP conditions to direct calls with aws:ViaAWSService = false, and use aws:SourceVpce rather than aws:SourceIp for calls through VPC endpoints.',
      demonstrate: {
        step: 'ben-uploads-to-s3',
        shows: { outcome: 'AccessDeniedException', decision: 'ExplicitDeny' },
      },
    },
  ],
};
