/**
 * base64url (RFC 4648 section 5) without padding, over Uint8Array. Written out by hand because
 * `Buffer` does not exist in the browser and `btoa` works on binary strings, which would need a
 * detour through String.fromCharCode for every byte.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) VALUES[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as base64url with no `=` padding. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += char(n >> 18) + char(n >> 12) + char(n >> 6) + char(n);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += char(n >> 18) + char(n >> 12);
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += char(n >> 18) + char(n >> 12) + char(n >> 6);
  }
  return out;
}

function char(sextet: number): string {
  return ALPHABET.charAt(sextet & 63);
}

/** The decoded bytes, or where the text stops being base64url. */
export type Base64Result =
  { ok: true; bytes: Uint8Array } | { ok: false; offset: number; reason: string };

/**
 * Decodes base64url. Padding (`=`) at the very end is tolerated, since some tools add it;
 * anything else outside the alphabet (including `+` and `/` of plain base64) is refused.
 */
export function decodeBase64url(text: string): Base64Result {
  let end = text.length;
  while (end > 0 && end > text.length - 2 && text.charCodeAt(end - 1) === 0x3d) end -= 1;
  const bytes = new Uint8Array(Math.floor((end * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < end; i += 1) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (value < 0) {
      return {
        ok: false,
        offset: i,
        reason: `character ${JSON.stringify(text.charAt(i))} is not allowed in base64url`,
      };
    }
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written] = (buffer >> bits) & 0xff;
      written += 1;
    }
  }
  if (end % 4 === 1) {
    return {
      ok: false,
      offset: end,
      reason: 'the data is cut short (its length is not possible for base64url)',
    };
  }
  return { ok: true, bytes: bytes.subarray(0, written) };
}
