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
      title: 'Perform on-demand key rotation',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-on-demand.html',
    },
    {
      title: 'Multi-Region keys in AWS KMS',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html',
    },
    {
      title: 'AWS KMS internal operations (FIPS 140-3 Security Level 3 HSMs)',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-internals.html',
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
      sources: [
        {
          title: 'AWS KMS internal operations (FIPS 140-3 Security Level 3 HSMs)',
          url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-internals.html',
        },
        {
          title: 'Multi-Region keys in AWS KMS',
          url: 'https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html',
        },
      ],
      title: 'Three kinds of key',
      text: 'The account holds three keys. `alias/invoices` is a **customer managed** key: you created it, you write its policy, you decide on rotation and deletion. `alias/aws/s3` is an **AWS managed** key: S3 created it in your account the first time it needed one. `alias/hsm-export` is customer managed too, but its key material was **imported** from your own HSM (origin `EXTERNAL`). A fourth kind, **AWS owned keys**, stay in AWS’s own accounts: services use them for you, and you never see, manage or audit them.\n\nAll three here are symmetric (key spec `SYMMETRIC_DEFAULT`, 256-bit AES-GCM), the default; a KMS key can also be asymmetric (RSA or elliptic curve, for encryption, signing or key agreement) or HMAC, chosen when it is created and fixed for its life. Their key material is used only inside KMS’s hardware security modules, validated at FIPS 140-3 Security Level 3.\n\nA key, and so its policy, lives in one Region. A **multi-Region key** has related keys in other Regions with the same key ID and key material, so data encrypted in one Region decrypts in another; each of them still has its own key policy, grants and aliases.\n\n*This changed:* older articles call these keys “customer master keys” (CMKs); AWS now says **KMS keys**, and the HSMs, once FIPS 140-2 validated, are validated under FIPS 140-3.\n\nKeyAdmin has `kms:*` in IAM, and the customer managed key’s policy lets IAM count, so KeyAdmin may replace that policy.',
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
      title: 'The policy of an AWS managed key',
      text: 'You can read the policy of an AWS managed key. Its policy lets callers in the account use the key through S3 (`kms:ViaService`) and lets the account read the key’s metadata; it has no statement for `kms:PutKeyPolicy`.\n\nKeyAdmin, with `kms:*` in IAM, calls `put-key-policy` on `alias/aws/s3`. What does KMS answer?',
      reveal:
        'KeyAdmin is **denied**, implicitly: no statement allows `kms:PutKeyPolicy`, and IAM policies count only for what the key policy passes on. The service that created the key manages its policy; the playground’s `KeyPolicyLockout` warning is, for an AWS managed key, intended. Nor can you disable, rotate on demand or delete an AWS managed key.',
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
      id: 'imported-rotation',
      sources: [
        {
          title: 'EnableKeyRotation (API reference)',
          url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html',
        },
        {
          title: 'RotateKeyOnDemand (API reference)',
          url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_RotateKeyOnDemand.html',
        },
      ],
      title: 'Automatic rotation and imported material',
      text: 'Rotating a key gives it new key material while its ID, ARN and policy stay the same: it limits how much data any one key material protects, and many compliance rules ask for it. AWS managed keys rotate every year on their own. Customer managed keys rotate automatically once you enable it.\n\nKeyAdmin’s IAM policy allows `kms:EnableKeyRotation`, and the key policy of `alias/hsm-export` lets IAM count. KeyAdmin calls `EnableKeyRotation` on `alias/hsm-export`, whose material was imported. What does KMS answer?',
      reveal:
        'KMS answers `UnsupportedOperationException`: keys with imported material cannot rotate **automatically** (nor can asymmetric, HMAC or custom key store keys). They can be rotated **on demand**, though: import new key material, then call `RotateKeyOnDemand`.\n\n*This changed:* older articles say imported keys must be rotated by hand with a new key and an alias switch; on-demand rotation now does it in place.',
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
      sources: [
        {
          title: 'Rotate AWS KMS keys (rotation period)',
          url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
        },
        {
          title: 'Perform on-demand key rotation',
          url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-on-demand.html',
        },
      ],
      title: 'Turning on rotation',
      text: 'On the customer managed key, rotation is yours to switch on. With the default period KMS makes new key material every 365 days; you may choose any period from 90 to 2560 days (`--rotation-period-in-days`), and rotate at once with `RotateKeyOnDemand` whether or not automatic rotation is on (up to 25 times per key). The key ID, ARN and policy stay the same, and data encrypted before still decrypts.\n\n*This changed:* older articles describe yearly rotation as the only choice.',
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
      title: 'A disabled key',
      text: 'KeyAdmin disabled `alias/invoices` (`aws kms disable-key`). Disabling keeps the key and its material. KeyAdmin’s permissions are unchanged (`kms:*`).\n\nKeyAdmin encrypts with `alias/invoices`. What does KMS answer?',
      reveal:
        'KMS answers `DisabledException`: KeyAdmin is authorized, but a disabled key cannot be used for cryptographic operations. Enabling it again brings everything back. In the console: encrypt, enable the key again, and look at its state.',
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
      text: 'KMS never deletes a key at once. `ScheduleKeyDeletion` starts a waiting period of 7 to 30 days (30 by default) in the state `PendingDeletion`, during which the deletion can be cancelled. Once the key is deleted, whatever it encrypted is lost for good.\n\nThe key is now pending deletion, and KeyAdmin encrypts with it. What does KMS answer?',
      reveal:
        'KMS answers `KMSInvalidStateException`: a key pending deletion cannot be used. In the console: encrypt, cancel the deletion (the key comes back `Disabled`), then schedule it again, first with 6 days (refused), then with 7.',
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
      question: 'Which of these keys cannot be set to rotate automatically?',
      choices: [
        {
          text: 'A customer managed key with key material generated by KMS',
          why: 'That is the case automatic rotation is made for.',
        },
        'A customer managed key with imported key material',
        { text: 'An AWS managed key', why: 'AWS managed keys rotate every year on their own.' },
      ],
      answer: 1,
      explanation:
        'Automatic rotation is not supported for keys with imported material (nor for asymmetric, HMAC or custom key store keys); they can still be rotated on demand once new material is imported. AWS managed keys rotate every year on their own.',
      demonstrate: {
        step: 'imported-rotation',
        shows: { outcome: 'UnsupportedOperationException' },
      },
    },
    {
      id: 'rotation-period',
      question: 'Which rotation schedules can a customer managed key have?',
      choices: [
        {
          text: 'Once a year, nothing else',
          why: 'That was true once; a custom period is now possible.',
        },
        {
          text: 'Any period from 1 to 365 days',
          why: 'The shortest period is 90 days, the longest 2560.',
        },
        'A period of 90 to 2560 days (365 by default), plus rotations on demand',
      ],
      answer: 2,
      explanation:
        'EnableKeyRotation takes RotationPeriodInDays from 90 to 2560, 365 by default; RotateKeyOnDemand rotates at once, up to 25 times per key, without changing the schedule.',
      demonstrate: { step: 'customer-rotation', shows: { outcome: 'Allowed' } },
    },
    {
      id: 'managed-policy',
      question:
        'Can an administrator with kms:* in IAM change the key policy of an AWS managed key?',
      choices: [
        'No: the service that created it manages its policy',
        {
          text: 'Yes, with kms:PutKeyPolicy',
          why: 'The key policy passes no PutKeyPolicy to IAM, and AWS manages it.',
        },
        {
          text: 'Yes, after disabling the key',
          why: 'You cannot disable an AWS managed key either.',
        },
      ],
      answer: 0,
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
      choices: [
        {
          text: 'AccessDeniedException',
          why: 'The caller is authorized; the key’s state is the problem.',
        },
        { text: 'NotFoundException', why: 'A disabled key still exists.' },
        'DisabledException',
      ],
      answer: 2,
      explanation:
        'The caller is authorized, but a disabled key cannot be used for cryptographic operations. Enabling it again makes it usable, with the same material.',
      demonstrate: { step: 'disabled-key', shows: { outcome: 'DisabledException' } },
    },
    {
      id: 'shortest-window',
      question: 'What is the shortest waiting period ScheduleKeyDeletion accepts?',
      choices: [
        '7 days',
        {
          text: 'None: deletion is immediate',
          why: 'KMS always waits, so a mistake can be cancelled.',
        },
        { text: '30 days', why: '30 days is the default, not the minimum.' },
      ],
      answer: 0,
      explanation:
        'The waiting period is 7 to 30 days, 30 by default. During it the key is PendingDeletion, unusable, and the deletion can be cancelled.',
      demonstrate: { step: 'pending-deletion', shows: { outcome: 'KMSInvalidStateException' } },
    },
  ],
};
