/**
 * Reading AWS Encryption SDK messages (format version 2, suites 0x0478/0x0578, framed) with a raw
 * AES keyring or the data key KMS Decrypt returned (kmsKeyring.ts). Never throws: every failure is a MessageError naming the check that failed.
 * `openHeader` is shared with the chunked decryptor (stream.ts).
 */
import { ByteReader, fromBase64, type Bytes } from '../bytes';
import type { EncryptionContext } from '../encryptionContext';
import { decryptBody, framedBodyLength } from './frames';
import { CONTENT_TYPE_FRAMED, parseHeader, type HeaderFields, type ParsedHeader } from './header';
import { openDataKey, type Keyring } from './kmsKeyring';
import { PUBLIC_KEY_CONTEXT_KEY, verifySignature } from './signature';
import { deriveKeys, gcmDecrypt, IV_BYTES, SIGNED_SUITE_ID, SUITE_ID } from './suite';

/** Why a message did not decrypt. */
export type MessageError =
  | 'MalformedHeader'
  | 'UnsupportedMessage'
  | 'SignatureInvalid'
  | 'NoMatchingDataKey'
  | 'CommitmentMismatch'
  | 'HeaderAuthenticationFailed'
  | 'MalformedBody'
  | 'FrameAuthenticationFailed';

/** The result of decryptMessage. */
export type DecryptMessageResult =
  { ok: true; plaintext: Bytes; header: HeaderFields } | { ok: false; error: MessageError };

/** Constant-time comparison of equal-length byte strings (the commitment check). */
function sameSecret(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return d === 0;
}

/** A supported suite and content type, or UnsupportedMessage. */
export function checkSupported(h: HeaderFields): MessageError | null {
  const suiteOk = h.suiteId === SUITE_ID || h.suiteId === SIGNED_SUITE_ID;
  return suiteOk && h.contentType === CONTENT_TYPE_FRAMED && h.frameLength >= 1
    ? null
    : 'UnsupportedMessage';
}

/**
 * Unwraps the data key, derives the frame key, checks the key commitment (before anything is
 * decrypted with that key) and the header authentication tag.
 */
export async function openHeader(
  parsed: ParsedHeader,
  keyring: Keyring,
): Promise<CryptoKey | MessageError> {
  const h = parsed.fields;
  const dataKey = await openDataKey(keyring, h.encryptedDataKeys, h.encryptionContext);
  if (!dataKey) return 'NoMatchingDataKey';
  const suiteId = h.suiteId === SIGNED_SUITE_ID ? SIGNED_SUITE_ID : SUITE_ID;
  const { encryptionKey, commitment } = await deriveKeys(dataKey, h.messageId, suiteId);
  dataKey.fill(0);
  if (!sameSecret(commitment, h.suiteData)) return 'CommitmentMismatch';
  const iv = new Uint8Array(IV_BYTES);
  if (!(await gcmDecrypt(encryptionKey, iv, parsed.body, parsed.tag)))
    return 'HeaderAuthenticationFailed';
  return encryptionKey;
}

/** Decrypts a whole Encryption SDK message with a raw AES keyring or a KMS data key. */
export async function decryptMessage(
  message: Uint8Array,
  keyring: Keyring,
): Promise<DecryptMessageResult> {
  const parsed = parseHeader(message);
  if (!parsed) return { ok: false, error: 'MalformedHeader' };
  const h = parsed.fields;
  const unsupported = checkSupported(h);
  if (unsupported) return { ok: false, error: unsupported };
  let end = message.length;
  if (h.suiteId === SIGNED_SUITE_ID) {
    const footer = await checkFooter(message, parsed.end, h.frameLength, h.encryptionContext);
    if (footer === null) return { ok: false, error: 'SignatureInvalid' };
    end = footer;
  }
  const key = await openHeader(parsed, keyring);
  if (typeof key === 'string') return { ok: false, error: key };
  const body = message.subarray(parsed.end, end);
  const plaintext = await decryptBody(key, h.messageId, body, h.frameLength);
  if (typeof plaintext === 'string') return { ok: false, error: plaintext };
  return { ok: true, plaintext, header: h };
}

/**
 * 0x0578 footer (message format reference, "Footer structure"): right after the final frame, a
 * uint16 signature length and a DER ECDSA signature over everything before the footer, verified
 * with the context's public key. Returns where the body ends, or null.
 */
async function checkFooter(
  message: Uint8Array,
  bodyStart: number,
  frameLength: number,
  context: EncryptionContext,
): Promise<number | null> {
  const key = context[PUBLIC_KEY_CONTEXT_KEY];
  const publicKey = key === undefined ? null : fromBase64(key);
  const length = framedBodyLength(message.subarray(bodyStart), frameLength);
  if (!publicKey || length === null) return null;
  const end = bodyStart + length;
  const footer = new ByteReader(message.subarray(end));
  const der = footer.u16Prefixed();
  if (!der || footer.remaining !== 0) return null;
  return (await verifySignature(publicKey, der, message.subarray(0, end))) ? end : null;
}
