/** Whole-message encryption and decryption of AWS Encryption SDK messages (see the two modules). */
export {
  DEFAULT_FRAME_LENGTH,
  encryptMessage,
  startMessage,
  type EncryptMessageOptions,
  type StartedMessage,
} from './encryptMessage';
export {
  decryptMessage,
  openHeader,
  type DecryptMessageResult,
  type MessageError,
} from './decryptMessage';
