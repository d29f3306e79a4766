/**
 * A JSON-safe view of a message header for the envelope lab: numbers, strings and hex, no byte
 * arrays, so it can go through the store, the trace and a JSON round trip unchanged.
 */
import { ByteReader, fromUtf8, toHex } from '../bytes';
import { parseHeader, type EncryptedDataKey } from './header';
import { IV_BYTES, SUITE_ID, TAG_BYTES } from './suite';

/** One encrypted data key, described. */
export interface EncryptedDataKeyView {
  /** Key provider ID (for the raw AES keyring, the key namespace). */
  providerId: string;
  /** Key provider information, hex. */
  providerInfoHex: string;
  /** For a raw AES keyring entry: the key name and the wrapping IV. */
  rawAes?: { keyName: string; ivHex: string };
  /** The wrapped data key (ciphertext || tag), hex. */
  ciphertextHex: string;
}

/** The parsed header, JSON-safe. */
export interface MessageHeaderView {
  /** Message format version (2). */
  version: number;
  /** Algorithm suite ID as 4 hex digits, e.g. `0478`. */
  suiteId: string;
  /** Human-readable suite, when known. */
  suiteName: string | null;
  /** Message ID, hex (32 bytes in format version 2). */
  messageIdHex: string;
  encryptionContext: Record<string, string>;
  encryptedDataKeys: EncryptedDataKeyView[];
  /** `framed` (0x02) or `nonframed` (0x01). */
  contentType: 'framed' | 'nonframed' | 'unknown';
  frameLength: number;
  /** Algorithm suite data (the key commitment for 0x0478), hex. */
  suiteDataHex: string;
  /** Header authentication tag, hex. */
  headerTagHex: string;
  /** Header length in bytes, i.e. where the body starts. */
  headerLength: number;
}

const SUITE_NAMES: Record<number, string> = {
  [SUITE_ID]: 'AES-256-GCM, HKDF-SHA512, key commitment (no signature)',
  0x0578: 'AES-256-GCM, HKDF-SHA512, key commitment, ECDSA P-384',
};

function rawAesInfo(edk: EncryptedDataKey): EncryptedDataKeyView['rawAes'] {
  const info = edk.providerInfo;
  const nameLength = info.length - 8 - IV_BYTES;
  if (nameLength < 0) return undefined;
  const r = new ByteReader(info);
  const name = fromUtf8(r.take(nameLength) ?? new Uint8Array(0));
  if (name === null || r.u32() !== TAG_BYTES * 8 || r.u32() !== IV_BYTES) return undefined;
  return { keyName: name, ivHex: toHex(r.take(IV_BYTES) ?? new Uint8Array(0)) };
}

/** Describes the header of a message; null when the header does not parse. */
export function describeHeader(message: Uint8Array): MessageHeaderView | null {
  const parsed = parseHeader(message);
  if (!parsed) return null;
  const h = parsed.fields;
  return {
    version: h.version,
    suiteId: h.suiteId.toString(16).padStart(4, '0'),
    suiteName: SUITE_NAMES[h.suiteId] ?? null,
    messageIdHex: toHex(h.messageId),
    encryptionContext: { ...h.encryptionContext },
    encryptedDataKeys: h.encryptedDataKeys.map((edk) => {
      const rawAes = rawAesInfo(edk);
      return {
        providerId: edk.providerId,
        providerInfoHex: toHex(edk.providerInfo),
        ...(rawAes ? { rawAes } : {}),
        ciphertextHex: toHex(edk.ciphertext),
      };
    }),
    contentType: h.contentType === 2 ? 'framed' : h.contentType === 1 ? 'nonframed' : 'unknown',
    frameLength: h.frameLength,
    suiteDataHex: toHex(h.suiteData),
    headerTagHex: toHex(parsed.tag),
    headerLength: parsed.end,
  };
}
