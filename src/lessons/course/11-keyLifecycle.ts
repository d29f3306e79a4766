import type { Lesson } from '../types';
import { CUSTOMER_KEY, IMPORTED_KEY, lifecycleScenario } from './11-keyLifecycle.scenario';

/** A policy text for put-key-policy lines: the account statement alone. */
const POLICY = `'{"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}'`;
/** "hello", base64, as AWS CLI v2 reads --plaintext by default. */
const HELLO = 'aGVsbG8=';

export const keyLifecycleLesson: Lesson = {
  id: 'key-types-and-lifecycle',
  number: 11,
  title: 'Key types and lifecycle',
  summary:
    'Tell AWS managed keys, customer managed keys and keys with imported material apart by who creates them, who controls their policy, how they rotate and how they are deleted; then disable, rotate and schedule the deletion of a key and see what each state does to its use.',
  sources: [
    {
      title: 'AWS KMS keys (customer managed, AWS managed and AWS owned keys)',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html',
    },
    {
      title: 'Editing keys',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/editing-keys.html',
    },
    {
      title: 'Rotate AWS KMS keys',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    },
    {
      title: 'EnableKeyRotation (API reference)',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html',
    },
    {
      title: 'Importing key material for AWS KMS keys',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html',
    },
    {
      title: 'Key states of AWS KMS keys',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html',
    },
    {
      title: 'ScheduleKeyDeletion (API reference)',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html',
    },
  ],
  steps: [
    {
      id: 'customer-managed',
      title: 'Three kinds of key',
      text: 'The account holds three keys. `alias/invoices` is a **customer managed** key: you created it, you write its policy, you decide on rotation and deletion. `alias/aws/s3` is an **AWS managed** key: S3 created it in your account the first time it needed one. `alias/hsm-export` is customer managed too, but its key material was **imported** from your own HSM (origin `EXTERNAL`).\n\nKeyAdmin has `kms:*` in IAM, and the customer managed key’s policy lets IAM count, so KeyAdmin may replace that policy.',
      scenario: lifecycleScenario,
      request: 'admin-put-policy-customer',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'KmsEverything' },
      console: [
        {
          line: 'aws kms describe-key --key-id alias/invoices',
          contains: '"KeyManager": "CUSTOMER"',
        },
        { line: 'aws kms describe-key --key-id alias/aws/s3', contains: '"KeyManager": "AWS"' },
        {
          line: 'aws kms describe-key --key-id alias/hsm-export',
          contains: '"Origin": "EXTERNAL"',
        },
      ],
    },
    {
      id: 'aws-managed-policy',
      title: 'An AWS managed key’s policy is AWS’s',
      text: 'You can read the policy of an AWS managed key, but not change it: the service that created the key manages it. Its policy lets callers in the account use the key only through S3 (`kms:ViaService`) and lets the account read the key’s metadata. No statement allows `kms:PutKeyPolicy`, which is why the playground warns `KeyPolicyLockout`: for an AWS managed key, that is intended.\n\nKeyAdmin, with `kms:*` in IAM, tries `put-key-policy` on `alias/aws/s3`. Predict the answer.',
      request: 'admin-put-policy-managed',
      predict: true,
      // No statement allows kms:PutKeyPolicy: for an AWS managed key that is the point.
      diagnostics: ['KeyPolicyLockout'],
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      console: [
        { line: 'aws kms get-key-policy --key-id alias/aws/s3', contains: 'kms:ViaService' },
        {
          line: `aws kms put-key-policy --key-id alias/aws/s3 --policy ${POLICY}`,
          error: 'AccessDeniedException',
        },
        {
          line: 'aws kms get-key-rotation-status --key-id alias/aws/s3',
          contains: '"KeyRotationEnabled": true',
        },
        {
          line: 'aws kms schedule-key-deletion --key-id alias/aws/s3',
          error: 'AccessDeniedException',
        },
      ],
    },
    {
      id: 'imported-no-rotation',
      title: 'Imported material does not rotate automatically',
      text: 'AWS managed keys rotate every year, and you cannot turn that off. Customer managed keys rotate automatically only if you enable it. Keys with imported material cannot be set to rotate automatically at all.\n\nKeyAdmin may call `EnableKeyRotation` on `alias/hsm-export`. Predict what KMS answers.',
      request: 'admin-rotate-imported',
      predict: true,
      expect: { outcome: 'UnsupportedOperationException', decision: 'Allow' },
      console: [
        {
          line: `aws kms enable-key-rotation --key-id ${IMPORTED_KEY}`,
          error: 'UnsupportedOperationException',
        },
      ],
    },
    {
      id: 'customer-rotation',
      title: 'Turning on rotation',
      text: 'On the customer managed key, rotation is yours to switch on. With the default period KMS makes new key material every 365 days; the key ID, ARN and policy stay the same, and data encrypted before still decrypts.',
      request: 'admin-rotate-customer',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'KmsEverything' },
      console: [
        { line: `aws kms enable-key-rotation --key-id ${CUSTOMER_KEY}` },
        {
          line: `aws kms get-key-rotation-status --key-id ${CUSTOMER_KEY}`,
          contains: '"RotationPeriodInDays": 365',
        },
      ],
    },
    {
      id: 'disabled-key',
      title: 'Disabling a key',
      text: 'Disabling a key stops all cryptographic use but keeps the key and its material: enabling it again brings everything back. KeyAdmin disabled `alias/invoices` (`aws kms disable-key`), and now, still fully authorized, tries to encrypt with it.\n\nIn the console: encrypt, enable the key again, and look at its state.',
      change: [{ op: 'add', path: '/keys/0/state', value: 'Disabled' }],
      request: 'admin-encrypt-customer',
      predict: true,
      expect: { outcome: 'DisabledException', decision: 'Allow' },
      console: [
        {
          line: `aws kms encrypt --key-id ${CUSTOMER_KEY} --plaintext ${HELLO}`,
          error: 'DisabledException',
        },
        { line: `aws kms enable-key --key-id ${CUSTOMER_KEY}` },
        {
          line: `aws kms describe-key --key-id ${CUSTOMER_KEY}`,
          contains: '"KeyState": "Enabled"',
        },
      ],
    },
    {
      id: 'pending-deletion',
      title: 'Scheduling deletion',
      text: 'KMS never deletes a key at once. `ScheduleKeyDeletion` starts a waiting period of 7 to 30 days (30 by default) in the state `PendingDeletion`, during which the key cannot be used and the deletion can still be cancelled. Once the key is deleted, whatever it encrypted can no longer be decrypted.\n\nThe key is now pending deletion. In the console: encrypt, cancel the deletion (the key comes back `Disabled`), then schedule it again, first with 6 days, then with 7.',
      change: [{ op: 'replace', path: '/keys/0/state', value: 'PendingDeletion' }],
      request: 'admin-encrypt-customer',
      predict: true,
      expect: { outcome: 'KMSInvalidStateException', decision: 'Allow' },
      console: [
        {
          line: `aws kms encrypt --key-id ${CUSTOMER_KEY} --plaintext ${HELLO}`,
          error: 'KMSInvalidStateException',
        },
        { line: `aws kms cancel-key-deletion --key-id ${CUSTOMER_KEY}` },
        {
          line: `aws kms describe-key --key-id ${CUSTOMER_KEY}`,
          contains: '"KeyState": "Disabled"',
        },
        {
          line: `aws kms schedule-key-deletion --key-id ${CUSTOMER_KEY} --pending-window-in-days 6`,
          error: 'ValidationException',
        },
        {
          line: `aws kms schedule-key-deletion --key-id ${CUSTOMER_KEY} --pending-window-in-days 7`,
          contains: '"KeyState": "PendingDeletion"',
        },
      ],
    },
    {
      id: 'imported-material-deleted',
      title: 'Deleting imported material',
      text: 'With imported material you keep the only durable copy, so you also decide how long KMS holds it: you can delete it at once, without a waiting period. The key then waits in `PendingImport` and cannot be used until you import the same material again.\n\nIn the console: delete the material of `alias/hsm-export`, look at the key state, and try to encrypt.',
      console: [
        { line: `aws kms delete-imported-key-material --key-id ${IMPORTED_KEY}` },
        {
          line: `aws kms describe-key --key-id ${IMPORTED_KEY}`,
          contains: '"KeyState": "PendingImport"',
        },
        {
          line: `aws kms encrypt --key-id ${IMPORTED_KEY} --plaintext ${HELLO}`,
          error: 'KMSInvalidStateException',
        },
      ],
    },
  ],
  checkpoints: [
    {
      id: 'which-cannot-rotate',
      question: 'Which of these keys cannot rotate automatically?',
      choices: [
        'A customer managed key with key material generated by KMS',
        'An AWS managed key',
        'A customer managed key with imported key material',
      ],
      answer: 2,
      explanation:
        'Automatic rotation is not supported for keys with imported material (nor for asymmetric, HMAC or custom key store keys). AWS managed keys rotate every year on their own.',
      demonstrate: {
        step: 'imported-no-rotation',
        shows: { outcome: 'UnsupportedOperationException' },
      },
    },
    {
      id: 'managed-policy',
      question:
        'Can an administrator with kms:* in IAM change the key policy of an AWS managed key?',
      choices: ['Yes, with kms:PutKeyPolicy', 'No, the service that created it manages it'],
      answer: 1,
      explanation:
        'You can view the policy of an AWS managed key, but only customer managed keys’ policies can be changed. Nor can you disable, rotate on demand or delete an AWS managed key.',
      demonstrate: {
        step: 'aws-managed-policy',
        shows: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
      },
    },
    {
      id: 'disabled-encrypt',
      question:
        'A caller with every permission encrypts with a disabled key. What does KMS answer?',
      choices: ['AccessDeniedException', 'DisabledException', 'NotFoundException'],
      answer: 1,
      explanation:
        'The caller is authorized, but a disabled key cannot be used for cryptographic operations. Enabling it again makes it usable, with the same material.',
      demonstrate: { step: 'disabled-key', shows: { outcome: 'DisabledException' } },
    },
    {
      id: 'shortest-window',
      question: 'What is the shortest waiting period ScheduleKeyDeletion accepts?',
      choices: ['None: deletion is immediate', '7 days', '30 days'],
      answer: 1,
      explanation:
        'The waiting period is 7 to 30 days, 30 by default. During it the key is PendingDeletion, unusable, and the deletion can be cancelled.',
      demonstrate: { step: 'pending-deletion', shows: { outcome: 'KMSInvalidStateException' } },
    },
  ],
};
