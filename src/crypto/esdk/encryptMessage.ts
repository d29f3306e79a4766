/**
 * Writing AWS Encryption SDK messages (format version 2, suites 0x0478/0x0578, framed) with a raw
 * AES keyring or a data key from KMS (kmsKeyring.ts). `startMessage` makes the header and the derived key, so that the whole-message
 * encoder here and the chunked one (stream.ts) share it.
 */
import { concat, toBase64, type Bytes } from '../bytes';
import type { EncryptionContext } from '../encryptionContext';
import { encryptBody } from './frames';
import { CONTENT_TYPE_FRAMED, serializeHeaderBody, type HeaderFields } from './header';
import { encryptedDataKeys, messageDataKey, type Keyring } from './kmsKeyring';
import { newSigner, PUBLIC_KEY_CONTEXT_KEY, signFooter, type Signer } from './signature';
import {
  DATA_KEY_BYTES,
  deriveKeys,
  gcmEncrypt,
  IV_BYTES,
  MESSAGE_ID_BYTES,
  MESSAGE_VERSION,
  SIGNED_SUITE_ID,
  SUITE_ID,
  type SuiteId,
} from './suite';

/** The SDK's default frame length. */
export const DEFAULT_FRAME_LENGTH = 4096;
/** Context keys with this prefix are reserved for the SDK (message format reference, "AAD"). */
const RESERVED_PREFIX = 'aws-crypto-';

/** Options of encryptMessage (all but `plaintext` also of the chunked encryptor). */
export interface EncryptMessageOptions {
  /** A raw AES keyring, or a KMS data key with its encrypted data key. */
  keyring: Keyring;
  plaintext: Uint8Array;
  encryptionContext?: EncryptionContext;
  /** Bytes per frame, 1..2^32-1; default 4096. */
  frameLength?: number;
  /**
   * With a raw AES keyring: a 32-byte data key to use; random when omitted. A KMS keyring brings
   * its own. It is copied; the caller discards its own copy.
   */
  dataKey?: Uint8Array;
  /** 0x0478 (default) or 0x0578, which adds an ECDSA P-384 signature. */
  suiteId?: SuiteId;
  /**
   * 0x0578: the signing key, made beforehand (newSigner) when the context with its public key
   * had to be known first (GenerateDataKey's encryption context); made here when omitted.
   */
  signer?: Signer;
}

/** A message whose header is written: what the body and footer need. */
export interface StartedMessage {
  /** Header bytes, including the header authentication tag. */
  header: Bytes;
  messageId: Bytes;
  frameLength: number;
  /** The derived, non-extractable AES-GCM key of the frames. */
  encryptionKey: CryptoKey;
  /** For 0x0578: the per-message signing key. */
  signingKey: CryptoKey | null;
}

/** Validates options, derives the keys, wraps the data key and writes the header. */
export async function startMessage(
  options: Omit<EncryptMessageOptions, 'plaintext'>,
): Promise<StartedMessage> {
  const context = options.encryptionContext ?? {};
  const frameLength = options.frameLength ?? DEFAULT_FRAME_LENGTH;
  if (!Number.isInteger(frameLength) || frameLength < 1 || frameLength > 0xffffffff)
    throw new RangeError('frameLength must be an integer in 1..2^32-1');
  if (Object.keys(context).some((k) => k.startsWith(RESERVED_PREFIX)))
    throw new RangeError(`encryption context keys starting with ${RESERVED_PREFIX} are reserved`);
  const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
  const dataKey = messageDataKey(options.keyring, options.dataKey) ?? random(DATA_KEY_BYTES);
  if (dataKey.length !== DATA_KEY_BYTES) {
    dataKey.fill(0);
    throw new RangeError(`dataKey must be ${DATA_KEY_BYTES} bytes`);
  }
  const messageId = random(MESSAGE_ID_BYTES);
  const suiteId = options.suiteId ?? SUITE_ID;
  const signer = suiteId === SIGNED_SUITE_ID ? (options.signer ?? (await newSigner())) : null;
  // 0x0578: the public key joins the context, so the keyring's wrapping AAD covers it too.
  const fullContext = signer
    ? { ...context, [PUBLIC_KEY_CONTEXT_KEY]: toBase64(signer.publicKey) }
    : context;
  try {
    const { encryptionKey, commitment } = await deriveKeys(dataKey, messageId, suiteId);
    const fields: HeaderFields = {
      version: MESSAGE_VERSION,
      suiteId,
      messageId,
      encryptionContext: fullContext,
      encryptedDataKeys: await encryptedDataKeys(options.keyring, dataKey, fullContext),
      contentType: CONTENT_TYPE_FRAMED,
      frameLength,
      suiteData: commitment,
    };
    const body = serializeHeaderBody(fields);
    // Header authentication, v2: AES-GCM over nothing, IV all zero, AAD the header body.
    const tag = await gcmEncrypt(encryptionKey, new Uint8Array(IV_BYTES), body, new Uint8Array(0));
    const header = concat(body, tag);
    return {
      header,
      messageId,
      frameLength,
      encryptionKey,
      signingKey: signer?.privateKey ?? null,
    };
  } finally {
    dataKey.fill(0);
  }
}

/** Encrypts `plaintext` into an Encryption SDK message. Throws only on invalid options. */
export async function encryptMessage(options: EncryptMessageOptions): Promise<Bytes> {
  const m = await startMessage(options);
  const frames = await encryptBody(m.encryptionKey, m.messageId, options.plaintext, m.frameLength);
  const signed = concat(m.header, frames);
  return m.signingKey ? concat(signed, await signFooter(m.signingKey, signed)) : signed;
}
