/**
 * The simulated KMS's cryptography and the AWS Encryption SDK message format, on WebCrypto. The
 * only code of the app that touches `crypto.subtle`. Every KMS operation asks the authorization
 * engine first and returns (never throws) a KmsResult carrying the engine's EvaluationResult.
 */
export {
  KeyMaterialStore,
  MATERIAL_BYTES,
  storeForScenario,
  type MaterialVersion,
} from './keyMaterial';
export {
  encrypt,
  generateDataKey,
  generateDataKeyWithoutPlaintext,
  type DataKeyInput,
  type EncryptInput,
} from './encrypt';
export { decrypt, reEncrypt, type DecryptInput, type ReEncryptInput } from './decrypt';
export type * from './kmsTypes';
export { fail } from './kmsTypes';
export { parseBlobHeader, BLOB_VERSION, type BlobHeader } from './blob';
export { MAX_CIPHERTEXT_BYTES, MAX_DATA_KEY_BYTES, MAX_PLAINTEXT_BYTES } from './limits';
export {
  contextProblem,
  serializeContext,
  parseContext,
  type EncryptionContext,
} from './encryptionContext';
export { toHex, fromHex, type Bytes } from './bytes';
export {
  decryptMessage,
  encryptMessage,
  DEFAULT_FRAME_LENGTH,
  type DecryptMessageResult,
  type EncryptMessageOptions,
  type MessageError,
} from './esdk/message';
export { SIGNED_SUITE_ID, SUITE_ID, type SuiteId } from './esdk/suite';
export {
  describeHeader,
  type MessageHeaderView,
  type EncryptedDataKeyView,
} from './esdk/headerView';
export type { RawAesKeyring } from './esdk/rawAesKeyring';
export {
  authorizeEnvelope,
  envelopeDecrypt,
  envelopeEncrypt,
  keyringFor,
  parseKeyName,
  PLAYGROUND_NAMESPACE,
  type AuthorizedEnvelope,
  type EnvelopeDecryptResult,
  type EnvelopeError,
  type EnvelopeOutput,
} from './esdk/envelope';
export { MessageDecryptor, MessageEncryptor } from './esdk/stream';
export {
  REPORT_HEAD_BYTES,
  type KeyringSpec,
  type StoredMessage,
  type WorkerReport,
  type WorkerRequest,
} from './worker/protocol';
