/**
 * Messages between the page and the envelope worker. Everything here is structured-cloneable:
 * CryptoKeys (even non-extractable ones) and Blobs cross postMessage without exposing key bytes.
 */
import type { EncryptionContext } from '../encryptionContext';

/** The raw AES keyring, as sent to the worker. */
export interface KeyringSpec {
  keyNamespace: string;
  keyName: string;
  /** AES-GCM wrapping key; cloned, not exported. */
  wrappingKey: CryptoKey;
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
      /** 32-byte data key from GenerateDataKey; random when omitted. */
      dataKey?: Uint8Array;
      /** Bytes read from the input per step (and per progress report). */
      chunkSize: number;
    }
  | { type: 'decrypt'; id: number; input: Blob; keyring: KeyringSpec; chunkSize: number }
  | { type: 'cancel'; id: number };

/** A report from the worker. */
export type WorkerReport =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; output: Blob }
  | { type: 'error'; id: number; error: string }
  | { type: 'cancelled'; id: number };
