/**
 * WebCrypto for the simulated KMS and the AWS Encryption SDK message format. The KMS operations
 * themselves are the simulator's (src/simulator/call.ts): their cryptography runs here through the
 * crypto port (simulatorPort.ts, loaded on its own); the envelope lab builds and reads messages
 * here with the data keys those calls return (esdk/kmsKeyring.ts).
 */
export { KeyMaterialStore, MATERIAL_BYTES, type MaterialVersion } from './keyMaterial';
export { parseBlobHeader, BLOB_VERSION, type BlobHeader } from './blob';
export {
  contextProblem,
  serializeContext,
  parseContext,
  type EncryptionContext,
} from './encryptionContext';
export { toHex, fromHex, toBase64, fromBase64, type Bytes } from './bytes';
export {
  decryptMessage,
  encryptMessage,
  DEFAULT_FRAME_LENGTH,
  type DecryptMessageResult,
  type EncryptMessageOptions,
  type MessageError,
} from './esdk/message';
export { SIGNED_SUITE_ID, SUITE_ID, type SuiteId } from './esdk/suite';
export { newSigner, PUBLIC_KEY_CONTEXT_KEY, type Signer } from './esdk/signature';
export {
  describeHeader,
  type MessageHeaderView,
  type EncryptedDataKeyView,
} from './esdk/headerView';
export type { RawAesKeyring } from './esdk/rawAesKeyring';
export {
  KMS_PROVIDER_ID,
  kmsEncryptedDataKey,
  type Keyring,
  type KmsDataKey,
} from './esdk/kmsKeyring';
export { demoKeyring, parseKeyName, PLAYGROUND_NAMESPACE } from './esdk/demoKeyring';
export { MessageDecryptor, MessageEncryptor } from './esdk/stream';
export {
  REPORT_HEAD_BYTES,
  type KeyringSpec,
  type StoredMessage,
  type WorkerReport,
  type WorkerRequest,
} from './worker/protocol';
