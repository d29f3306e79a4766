/**
 * The message header, format version 2 (message format reference, "Header structure"):
 *
 *   Version 0x02 (1) | Algorithm ID (2) | Message ID (32) | AAD Length (2) | AAD (key-value pairs,
 *   absent when the context is empty) | Encrypted Data Key Count (2) | Encrypted Data Keys |
 *   Content Type (1, 0x02 framed) | Frame Length (4) | Algorithm Suite Data (32, commitment) |
 *   Header Authentication Tag (16)
 *
 * Each encrypted data key: Key Provider ID, Key Provider Information and Encrypted Data Key, each
 * with a uint16 length. The header authentication tag is AES-GCM over an empty plaintext with an
 * all-zero IV and the header body (everything before the tag) as AAD.
 */
import { ByteReader, concat, u16, u32, withU16Length, type Bytes } from '../bytes';
import { parseContext, serializeContext, type EncryptionContext } from '../encryptionContext';
import { COMMITMENT_BYTES, MESSAGE_ID_BYTES, TAG_BYTES } from './suite';

/** Content type 0x02: framed body. */
export const CONTENT_TYPE_FRAMED = 2;

/** One encrypted data key as stored in the header. */
export interface EncryptedDataKey {
  /** Key provider ID (UTF-8 in the header). */
  providerId: string;
  /** Key provider information: for the raw AES keyring, key name || tag bits || IV length || IV. */
  providerInfo: Bytes;
  /** The wrapped data key (for the raw AES keyring, ciphertext || tag). */
  ciphertext: Bytes;
}

/** The fields of a version-2 header. */
export interface HeaderFields {
  version: number;
  suiteId: number;
  messageId: Bytes;
  encryptionContext: EncryptionContext;
  encryptedDataKeys: EncryptedDataKey[];
  contentType: number;
  frameLength: number;
  /** For 0x0478, the commitment key. */
  suiteData: Bytes;
}

/** A parsed header, its exact body bytes (the header-auth AAD) and the tag. */
export interface ParsedHeader {
  fields: HeaderFields;
  body: Bytes;
  tag: Bytes;
  /** Offset of the message body in the message. */
  end: number;
}

/** Serialises the header body (everything the header authentication tag covers). */
export function serializeHeaderBody(h: HeaderFields): Bytes {
  const aad = serializeContext(h.encryptionContext);
  const enc = new TextEncoder();
  const edks = h.encryptedDataKeys.flatMap((k) => [
    withU16Length(enc.encode(k.providerId)),
    withU16Length(k.providerInfo),
    withU16Length(k.ciphertext),
  ]);
  return concat(
    Uint8Array.of(h.version),
    u16(h.suiteId),
    h.messageId,
    withU16Length(aad),
    u16(h.encryptedDataKeys.length),
    ...edks,
    Uint8Array.of(h.contentType),
    u32(h.frameLength),
    h.suiteData,
  );
}

/** Parses a version-2 header; null for anything malformed or truncated. */
export function parseHeader(message: Uint8Array): ParsedHeader | null {
  const r = new ByteReader(message);
  const version = r.u8();
  const suiteId = r.u16();
  const messageId = r.take(MESSAGE_ID_BYTES);
  const aad = r.u16Prefixed();
  const encryptionContext = aad && parseContext(aad);
  const count = r.u16();
  if (version !== 2 || suiteId === null || !messageId || !encryptionContext || !count) return null;
  const encryptedDataKeys: EncryptedDataKey[] = [];
  for (let i = 0; i < count; i++) {
    const id = r.u16Prefixed();
    const providerInfo = r.u16Prefixed();
    const ciphertext = r.u16Prefixed();
    if (!id || !providerInfo || !ciphertext) return null;
    encryptedDataKeys.push({ providerId: new TextDecoder().decode(id), providerInfo, ciphertext });
  }
  const contentType = r.u8();
  const frameLength = r.u32();
  const suiteData = r.take(COMMITMENT_BYTES);
  if (contentType === null || frameLength === null || !suiteData) return null;
  const bodyEnd = r.offset;
  const tag = r.take(TAG_BYTES);
  if (!tag) return null;
  const fields: HeaderFields = {
    version,
    suiteId,
    messageId,
    encryptionContext,
    encryptedDataKeys,
    contentType,
    frameLength,
    suiteData,
  };
  return { fields, body: (message as Bytes).slice(0, bodyEnd), tag, end: r.offset };
}
