/**
 * ECDSA P-384 with SHA-384 for algorithm suite 0x0578 (algorithms reference; message format
 * reference, "Footer structure"):
 * - a fresh key pair per message; its public key travels in the encryption context under the
 *   reserved key `aws-crypto-public-key`, as the base64 of the compressed point (SEC 1, 49 bytes);
 * - the footer is a uint16 signature length and a DER-encoded ECDSA signature over the whole
 *   message before the footer (header and body).
 * WebCrypto speaks uncompressed points and raw r||s signatures, so this file converts both ways.
 */
import { ByteReader, concat, u16, type Bytes } from '../bytes';

/** The reserved encryption context key holding the signing public key. */
export const PUBLIC_KEY_CONTEXT_KEY = 'aws-crypto-public-key';

const ECDSA = { name: 'ECDSA', namedCurve: 'P-384' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-384' } as const;
const COORD = 48;
// P-384 domain parameters (FIPS 186-4, D.1.2.4): y^2 = x^3 - 3x + b over GF(p).
const P = 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n;
const B = BigInt(
  '0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef',
);

const toBig = (b: Uint8Array) =>
  BigInt(`0x${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('') || '0'}`);
function fromBig(n: bigint, length: number): Bytes {
  const hex = n.toString(16).padStart(length * 2, '0');
  return Uint8Array.from({ length }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}
function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let r = 1n;
  let b = base % m;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
  }
  return r;
}

/** SEC 1 compression of an uncompressed point 04||X||Y. */
export function compressPoint(raw: Uint8Array): Bytes {
  const y = raw.subarray(1 + COORD);
  return concat(Uint8Array.of(((y[COORD - 1] ?? 0) & 1) === 1 ? 3 : 2), raw.subarray(1, 1 + COORD));
}

/** SEC 1 decompression (p ≡ 3 mod 4, so y = rhs^((p+1)/4)); null when not a curve point. */
export function decompressPoint(compressed: Uint8Array): Bytes | null {
  const prefix = compressed[0];
  if (compressed.length !== 1 + COORD || (prefix !== 2 && prefix !== 3)) return null;
  const x = toBig(compressed.subarray(1));
  if (x >= P) return null;
  const rhs = (((x * x * x - 3n * x + B) % P) + P) % P;
  let y = modPow(rhs, (P + 1n) / 4n, P);
  if ((y * y) % P !== rhs) return null;
  if (Number(y & 1n) !== (prefix & 1)) y = P - y;
  return concat(Uint8Array.of(4), fromBig(x, COORD), fromBig(y, COORD));
}

function derInteger(bytes: Uint8Array): Bytes {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const v = bytes.subarray(i);
  const body = (v[0] ?? 0) & 0x80 ? concat(Uint8Array.of(0), v) : concat(v);
  return concat(Uint8Array.of(0x02, body.length), body);
}

/** DER SEQUENCE { INTEGER r, INTEGER s } from a raw r||s signature. */
export function rawToDer(raw: Uint8Array): Bytes {
  const body = concat(derInteger(raw.subarray(0, COORD)), derInteger(raw.subarray(COORD)));
  return concat(Uint8Array.of(0x30, body.length), body);
}

/** Raw r||s from a DER signature; null when malformed. */
export function derToRaw(der: Uint8Array): Bytes | null {
  const r = new ByteReader(der);
  if (r.u8() !== 0x30 || r.u8() !== der.length - 2) return null;
  const parts: Bytes[] = [];
  for (let i = 0; i < 2; i++) {
    const len = r.u8() === 0x02 ? r.u8() : null;
    const v = len ? r.take(len) : null;
    if (!v) return null;
    const trimmed = v.length > COORD && v[0] === 0 ? v.subarray(1) : v;
    if (trimmed.length > COORD) return null;
    parts.push(concat(new Uint8Array(COORD - trimmed.length), trimmed));
  }
  return r.remaining === 0 ? concat(...parts) : null;
}

/** A message's signing key and the compressed public key for the context. */
export interface Signer {
  privateKey: CryptoKey;
  publicKey: Bytes;
}

/** A fresh signing key pair and the compressed public key for the context. */
export async function newSigner(): Promise<Signer> {
  const subtle = globalThis.crypto.subtle;
  const pair = await subtle.generateKey(ECDSA, false, ['sign', 'verify']);
  const raw = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey: compressPoint(raw) };
}

/** The footer: uint16 length and the DER signature over `signed`. */
export async function signFooter(privateKey: CryptoKey, signed: Uint8Array): Promise<Bytes> {
  const raw = new Uint8Array(
    await globalThis.crypto.subtle.sign(SIGN, privateKey, signed as Bytes),
  );
  const der = rawToDer(raw);
  return concat(u16(der.length), der);
}

/** Verifies a DER signature over `signed` with a compressed public key; false on any problem. */
export async function verifySignature(
  compressedKey: Uint8Array,
  der: Uint8Array,
  signed: Uint8Array,
): Promise<boolean> {
  const point = decompressPoint(compressedKey);
  const raw = derToRaw(der);
  if (!point || !raw) return false;
  try {
    const subtle = globalThis.crypto.subtle;
    const key = await subtle.importKey('raw', point, ECDSA, false, ['verify']);
    return await subtle.verify(SIGN, key, raw, signed as Bytes);
  } catch {
    return false;
  }
}
