/**
 * Algorithm suites 0x0478 (and 0x0578, the same plus a signature) of the AWS Encryption SDK (algorithms reference): AES-256-GCM, 12-byte
 * IV, 16-byte tag, HKDF with SHA-512 for key derivation and for key commitment, no signature;
 * message format version 2.
 *
 * Key derivation (algorithms reference, "Key derivation" for committing suites): HKDF-SHA512 with
 * the 32-byte message ID as salt;
 *   data encryption key = HKDF(dataKey, salt, info = suite ID (uint16) || "DERIVEKEY", 32 bytes)
 *   commitment key      = HKDF(dataKey, salt, info = "COMMITKEY", 32 bytes)
 * The commitment key is stored in the header as the algorithm suite data and checked on decrypt.
 */
import { concat, u16, utf8, type Bytes } from '../bytes';

/** The default suite identifier, as written in the header. */
export const SUITE_ID = 0x0478;
/** 0x0478 plus an ECDSA P-384 / SHA-384 signature in a footer (see signature.ts). */
export const SIGNED_SUITE_ID = 0x0578;
/** The suites this codec reads and writes. */
export type SuiteId = typeof SUITE_ID | typeof SIGNED_SUITE_ID;
/** Message format version of committing suites. */
export const MESSAGE_VERSION = 2;
/** Data key length. */
export const DATA_KEY_BYTES = 32;
/** Message ID length in format version 2. */
export const MESSAGE_ID_BYTES = 32;
/** Algorithm suite data (the commitment key) length. */
export const COMMITMENT_BYTES = 32;
/** AES-GCM IV and tag lengths of every suite. */
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/** The keys derived from a data key for one message. */
export interface DerivedKeys {
  /** Non-extractable AES-256-GCM key for the header tag and the frames. */
  encryptionKey: CryptoKey;
  /** The commitment value stored in the header. */
  commitment: Bytes;
}

/** Derives the message's encryption key and commitment from its data key and message ID. */
export async function deriveKeys(
  dataKey: Uint8Array,
  messageId: Uint8Array,
  suiteId: SuiteId = SUITE_ID,
): Promise<DerivedKeys> {
  const subtle = globalThis.crypto.subtle;
  const ikm = await subtle.importKey('raw', dataKey as Bytes, 'HKDF', false, [
    'deriveKey',
    'deriveBits',
  ]);
  const hkdf = (info: Bytes) => ({ name: 'HKDF', hash: 'SHA-512', salt: messageId as Bytes, info });
  const encryptionKey = await subtle.deriveKey(
    hkdf(concat(u16(suiteId), utf8('DERIVEKEY'))),
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const commitment = new Uint8Array(
    await subtle.deriveBits(hkdf(utf8('COMMITKEY')), ikm, COMMITMENT_BYTES * 8),
  );
  return { encryptionKey, commitment };
}

/** AES-GCM encryption returning ciphertext || tag. */
export async function gcmEncrypt(
  key: CryptoKey,
  iv: Uint8Array,
  aad: Uint8Array,
  plaintext: Uint8Array,
): Promise<Bytes> {
  const params = { name: 'AES-GCM', iv: iv as Bytes, additionalData: aad as Bytes, tagLength: 128 };
  return new Uint8Array(await globalThis.crypto.subtle.encrypt(params, key, plaintext as Bytes));
}

/** AES-GCM decryption of ciphertext || tag; null when authentication fails. */
export async function gcmDecrypt(
  key: CryptoKey,
  iv: Uint8Array,
  aad: Uint8Array,
  sealed: Uint8Array,
): Promise<Bytes | null> {
  const params = { name: 'AES-GCM', iv: iv as Bytes, additionalData: aad as Bytes, tagLength: 128 };
  try {
    return new Uint8Array(await globalThis.crypto.subtle.decrypt(params, key, sealed as Bytes));
  } catch {
    return null;
  }
}
