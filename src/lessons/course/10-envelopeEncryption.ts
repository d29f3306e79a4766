import type { Lesson } from '../types';
import {
  allowStatement,
  enableIamStatement,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000010`;
const APP = `arn:aws:iam::${ACCOUNT}:user/OrdersApp`;
const ORDER = { order: 'A-1042' };

/** A Decrypt of a data key that was made with the context {order: A-1042}. */
const decryptWith = (id: string, encryptionContext?: Record<string, string>) => ({
  id,
  principal: APP,
  action: 'kms:Decrypt',
  key: KEY,
  ...(encryptionContext ? { encryptionContext } : {}),
  // What the ciphertext was made with: its key and the context bound to it.
  parameters: { CiphertextBlob: { key: KEY, encryptionContext: ORDER } },
});

/** The step-1 scenario: an application that may make and open data keys. */
const scenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 10: envelope encryption and the encryption context',
  principals: [{ arn: APP, name: 'OrdersApp (encrypts order files)' }],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/orders'],
      description: 'Wraps the data keys of order files',
      policy: policyDocument(
        enableIamStatement(ACCOUNT),
        allowStatement('OrdersAppWrapsDataKeys', APP, ['kms:GenerateDataKey', 'kms:Decrypt']),
      ),
    },
  ],
  requests: [
    {
      id: 'app-generate-data-key',
      principal: APP,
      action: 'kms:GenerateDataKey',
      key: KEY,
      encryptionContext: ORDER,
    },
    decryptWith('app-decrypt-same-context', ORDER),
    decryptWith('app-decrypt-other-context', { order: 'A-9999' }),
    decryptWith('app-decrypt-no-context'),
    decryptWith('app-decrypt-extra-pair', { ...ORDER, region: 'eu' }),
  ],
};

export const envelopeEncryptionLesson: Lesson = {
  id: 'envelope-encryption',
  number: 10,
  title: 'Envelope encryption and the encryption context',
  summary:
    'KMS keys rarely encrypt your data directly: they wrap data keys that do. The encryption context passed when a data key is made is bound to it as additional authenticated data, so the same context must be given back to decrypt it.',
  sources: [
    {
      title: 'Envelope encryption (AWS Encryption SDK concepts)',
      url: 'https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/concepts.html',
    },
    {
      title: 'AWS KMS cryptography essentials',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html',
    },
    {
      title: 'Encryption context',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html',
    },
    {
      title: 'GenerateDataKey (API reference)',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html',
    },
    {
      title: 'Decrypt (API reference)',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html',
    },
  ],
  steps: [
    {
      id: 'generate-data-key',
      title: 'A data key for each file',
      text: 'OrdersApp protects an order file with **envelope encryption**. It calls `GenerateDataKey` on the key `alias/orders`, which the key policy statement `OrdersAppWrapsDataKeys` allows. KMS returns the same fresh data key twice: in plaintext, to encrypt the file locally and then forget, and encrypted under the KMS key, to store next to the file.\n\nThe app passes the encryption context `{"order": "A-1042"}` with the call.',
      scenario,
      request: 'app-generate-data-key',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'OrdersAppWrapsDataKeys' },
    },
    {
      id: 'decrypt-same-context',
      title: 'Opening the envelope',
      text: 'To read the file later, the app sends the encrypted data key to `Decrypt` and gets the plaintext data key back. The encryption context is **additional authenticated data**: it is not encrypted, but it is bound to the ciphertext, and KMS checks it when decrypting. The app passes the same `{"order": "A-1042"}`, so the decrypt succeeds.',
      request: 'app-decrypt-same-context',
      expect: { outcome: 'Allowed', decision: 'Allow', decidingSid: 'OrdersAppWrapsDataKeys' },
    },
    {
      id: 'decrypt-other-context',
      title: 'A different context',
      text: 'Someone copies the encrypted data key of order A-1042 into the record of order A-9999, and the app decrypts it with `{"order": "A-9999"}`. The key policy statement `OrdersAppWrapsDataKeys` lists `kms:Decrypt` for the app, with no condition.\n\nWhat does KMS answer?',
      hint: 'Authorization is one check. What else does KMS verify when it decrypts?',
      reveal:
        'KMS answers `InvalidCiphertextException`, although the key policy allowed the call. The context is bound to the ciphertext as additional authenticated data: with another context, the ciphertext does not verify. The swap is caught.',
      request: 'app-decrypt-other-context',
      predict: true,
      expect: { outcome: 'InvalidCiphertextException', decision: 'Allow' },
    },
    {
      id: 'decrypt-context-left-out',
      title: 'The context left out',
      text: 'The app sends the encrypted data key of order A-1042 to `Decrypt` with no encryption context at all.\n\nWhat does KMS answer?',
      reveal:
        'KMS answers `InvalidCiphertextException`. Leaving the context out does not skip the check: the ciphertext was made with a context, and a request without it does not match. The match must be exact and case-sensitive.',
      request: 'app-decrypt-no-context',
      predict: true,
      expect: { outcome: 'InvalidCiphertextException', decision: 'Allow' },
    },
    {
      id: 'decrypt-extra-pair',
      title: 'More pairs than it was made with',
      text: 'Passing the right pair plus another one, `{"order": "A-1042", "region": "eu"}`, fails too. The context given to `Decrypt` must be exactly the one given when the data key was made, no more and no fewer pairs.',
      request: 'app-decrypt-extra-pair',
      expect: { outcome: 'InvalidCiphertextException', decision: 'Allow' },
    },
    {
      id: 'try-it-in-the-console',
      title: 'Try it in the console',
      text: 'Make a data key for order A-1042 in the simulated account: the response holds `Plaintext` (the data key, base64) and `CiphertextBlob` (the same key, encrypted under the KMS key with AES-GCM, the context bound as additional authenticated data). Decrypting that blob with `order=A-1042` gives the data key back; with `order=A-9999` the authentication fails and KMS answers `InvalidCiphertextException`, although the key policy allowed the call.\n\nThe context is not secret. It is written in plain text in the audit trail of each call (CloudTrail, in AWS), which also makes it useful for finding out which file a decrypt was for. Never put secrets in it.',
      console: [
        {
          line: `aws kms generate-data-key --key-id ${KEY} --key-spec AES_256 --encryption-context order=A-1042`,
          contains: KEY,
          capture: { blob: 'CiphertextBlob', dataKey: 'Plaintext' },
        },
        {
          line: 'aws kms decrypt --ciphertext-blob ${blob} --encryption-context order=A-1042',
          contains: '"Plaintext": "${dataKey}"',
        },
        {
          line: 'aws kms decrypt --ciphertext-blob ${blob} --encryption-context order=A-9999',
          error: 'InvalidCiphertextException',
        },
      ],
    },
  ],
  checkpoints: [
    {
      id: 'what-generate-returns',
      question: 'What does GenerateDataKey return?',
      choices: [
        {
          text: 'The KMS key’s own key material',
          why: 'The key material of a KMS key never leaves KMS unencrypted.',
        },
        { text: 'Only an encrypted data key', why: 'That is GenerateDataKeyWithoutPlaintext.' },
        {
          text: 'Your data, encrypted',
          why: 'Your data never goes to KMS in envelope encryption; you encrypt it locally.',
        },
        'A data key in plaintext and the same data key encrypted under the KMS key',
      ],
      answer: 3,
      explanation:
        'You encrypt data locally with the plaintext copy, discard it, and store the encrypted copy with the data. The KMS key never leaves KMS.',
      demonstrate: { step: 'try-it-in-the-console' },
    },
    {
      id: 'no-context-decrypt',
      question:
        'A data key was encrypted with the context {"order": "A-1042"}. The caller may decrypt and calls Decrypt without any context. What happens?',
      choices: [
        {
          text: 'It works: the context is optional',
          why: 'It is optional when encrypting; once given, the same context is needed to decrypt.',
        },
        'InvalidCiphertextException',
        {
          text: 'AccessDeniedException',
          why: 'Authorization passes: the key policy lets the caller decrypt.',
        },
      ],
      answer: 1,
      explanation:
        'The context is bound to the ciphertext as additional authenticated data. Authorization passes, but the ciphertext does not verify without the exact same context.',
      demonstrate: {
        step: 'decrypt-context-left-out',
        shows: { outcome: 'InvalidCiphertextException', decision: 'Allow' },
      },
    },
    {
      id: 'context-secret',
      question: 'May an encryption context hold a secret, such as a customer’s password?',
      choices: [
        'No: it is logged in plain text',
        {
          text: 'Yes: KMS encrypts it with the data key',
          why: 'The context is authenticated, not encrypted.',
        },
        {
          text: 'Yes, if the key policy requires it',
          why: 'A policy condition on it does not hide it: it is still written to the logs.',
        },
      ],
      answer: 0,
      explanation:
        'The encryption context is not secret: it appears in plain text in CloudTrail logs and other output. Use identifiers that help you audit, never confidential values.',
      demonstrate: { step: 'try-it-in-the-console' },
    },
  ],
};
