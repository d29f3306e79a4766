/**
 * Messages between the page and the envelope worker. Everything here is structured-cloneable:
 * CryptoKeys (even non-extractable ones) and Blobs cross postMessage without exposing key bytes.
 *
 * An encrypted message stays in the worker (as the parts WebCrypto returned, never copied
 * together or turned into a Blob): the page gets its size and first bytes, and refers to it by the
 * encrypt job's id to decrypt it (with the page's tampered first bytes) or to export it, the one
 * time a Blob is built. A decryption keeps only the plaintext's first bytes and its size.
 */
import type { EncryptionContext } from '../encryptionContext';
import type { Keyring } from '../esdk/kmsKeyring';

/**
 * The keyring as sent to the worker: a raw AES keyring (its AES-GCM wrapping key cloned, not
 * exported), or the data key KMS returned with its encrypted data key (kmsKeyring.ts).
 */
export type KeyringSpec = Keyring;

/** Bytes of an output reported back to the page (the message's header and hex view). */
export const REPORT_HEAD_BYTES = 64 * 1024;

/** A message the worker keeps: the encrypt job's id, and the first bytes as the page has them. */
export interface StoredMessage {
  stored: number;
  head: Uint8Array<ArrayBuffer>;
}

/** A request to the worker. */
export type WorkerRequest =
  | {
      type: 'encrypt';
      id: number;
      input: Blob;
      keyring: KeyringSpec;
      encryptionContext: EncryptionContext;
      frameLength: number;
      /** With a raw AES keyring: a 32-byte data key; random when omitted. */
      dataKey?: Uint8Array;
      /** Bytes read from the input per step (and per progress report). */
      chunkSize: number;
    }
  | {
      type: 'decrypt';
      id: number;
      input: Blob | StoredMessage;
      keyring: KeyringSpec;
      chunkSize: number;
    }
  /** The stored message as a Blob, for download. */
  | { type: 'export'; id: number; input: StoredMessage }
  /** Forget a stored message (the lab made a new one). */
  | { type: 'release'; stored: number }
  | { type: 'cancel'; id: number };

/** A report from the worker. */
export type WorkerReport =
  | { type: 'progress'; id: number; done: number; total: number }
  /** Output size and its first REPORT_HEAD_BYTES; an encrypted message is stored under `id`. */
  | { type: 'done'; id: number; size: number; head: Uint8Array<ArrayBuffer> }
  | { type: 'exported'; id: number; output: Blob }
  | { type: 'error'; id: number; error: string }
  | { type: 'cancelled'; id: number };
