/**
 * Base64 for BinaryEquals (S32 "Binary condition operators": the policy value is the base64
 * encoding of the bytes). Decoded by hand: the engine uses no Buffer and no DOM `atob`.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

/**
 * Decodes standard base64 (padding optional, no whitespace) into a byte string: one character per
 * byte, so two encodings of the same bytes decode to equal strings.
 *
 * @returns the bytes, or undefined when the text is not base64
 */
export function decodeBase64(text: string): string | undefined {
  let end = text.length;
  if (end % 4 === 0 && text.endsWith('==')) end -= 2;
  else if (end % 4 === 0 && text.endsWith('=')) end -= 1;
  if (end % 4 === 1) return undefined;
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const v = LOOKUP.get(text.charAt(i));
    if (v === undefined) return undefined;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  // The leftover bits of the last character must be zero in canonical base64.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}
