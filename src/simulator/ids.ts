/**
 * Deterministic ids: no randomness, so the same session always produces the same key ids, grant
 * ids, tokens and event ids. Each id hashes a counter and the inputs that made it.
 */

/** FNV-1a (32 bit) of a string with a seed, as 8 hex digits. */
function fnv(text: string, seed: number): string {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** `length` hex digits derived from the text. */
export function hexDigest(text: string, length: number): string {
  let out = '';
  for (let seed = 0; out.length < length; seed++) out += fnv(text, seed);
  return out.slice(0, length);
}

/** A UUID-shaped id (8-4-4-4-12) derived from the text. */
export function uuidFrom(text: string): string {
  const h = hexDigest(text, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A grant id: 64 hex digits, as KMS returns them. */
export const grantIdFrom = (text: string): string => hexDigest(`grant|${text}`, 64);

/** A grant token: an opaque string (KMS's are long base64 strings; ours are marked as simulated). */
export const grantTokenFrom = (text: string): string =>
  `SimulatedGrantToken${hexDigest(`token|${text}`, 48)}`;
