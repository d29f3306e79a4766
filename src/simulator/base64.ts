/**
 * Base64 as KMS's JSON protocol carries blobs (Plaintext, CiphertextBlob): standard alphabet with
 * padding. Pure helpers so the simulator can check and measure blob parameters without WebCrypto.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Whether `text` is canonical padded base64 (what `base64.b64decode` accepts without error). */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}

/** Decoded length in bytes of a base64 string (assumed valid). */
export function base64Length(text: string): number {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

/** Bytes → base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63];
    out += c === undefined ? '=' : ALPHABET[n & 63];
  }
  return out;
}

/** Base64 → bytes, or null when it is not valid base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (!isBase64(text)) return null;
  const out = new Uint8Array(base64Length(text));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const ch = text[i + j] ?? '=';
      n = (n << 6) | (ch === '=' ? 0 : ALPHABET.indexOf(ch));
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** UTF-8 text → base64 (how `fileb://` and raw-in-base64-out send text). */
export const textToBase64 = (text: string): string => bytesToBase64(new TextEncoder().encode(text));
