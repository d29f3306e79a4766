/**
 * The simulator port's asymmetric and HMAC work on WebCrypto: Sign/Verify with a KMS key's key
 * pair, GenerateMac/VerifyMac with its HMAC key, and GenerateDataKeyPair's new pairs. Key pairs
 * and HMAC keys are made on first use per key (and version) for this page session, like the
 * symmetric material. ECDSA signatures are DER-encoded, as KMS returns them (Sign API reference:
 * "ECDSA signature ... a DER-encoded object as defined by ANSI X9.62-2005").
 */
import type { CryptoJob, CryptoOutcome } from '../simulator/cryptoPort';
import { concat, fromBase64, toBase64, type Bytes } from './bytes';

type SignJob = Extract<CryptoJob, { kind: 'sign' | 'mac' }>;

const subtle = () => globalThis.crypto.subtle;
const CURVES: Record<string, string> = {
  ECC_NIST_P256: 'P-256',
  ECC_NIST_P384: 'P-384',
  ECC_NIST_P521: 'P-521',
};
const RSA_BITS: Record<string, number> = { RSA_2048: 2048, RSA_3072: 3072, RSA_4096: 4096 };
/** `ECDSA_SHA_384` → `SHA-384`. */
const hashOf = (algorithm: string): string =>
  `SHA-${/(256|384|512)$/.exec(algorithm)?.[1] ?? '256'}`;

/** A new extractable pair as PKCS#8 and SPKI bytes (ECDSA or RSA, by KMS key spec). */
export async function makeKeyPair(spec: string): Promise<{ privateKey: Bytes; publicKey: Bytes }> {
  const curve = CURVES[spec];
  const bits = RSA_BITS[spec];
  if (!curve && !bits) throw new Error(`WebCrypto cannot make ${spec} keys`);
  const pair = (await subtle().generateKey(
    curve
      ? { name: 'ECDSA', namedCurve: curve }
      : {
          name: 'RSA-PSS',
          modulusLength: bits ?? 2048,
          publicExponent: Uint8Array.of(1, 0, 1),
          hash: 'SHA-256',
        },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  return {
    privateKey: new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey)),
    publicKey: new Uint8Array(await subtle().exportKey('spki', pair.publicKey)),
  };
}

/** DER INTEGER of an unsigned big-endian number. */
function derInteger(bytes: Uint8Array): Bytes {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const v = bytes.subarray(i);
  const body = (v[0] ?? 0) & 0x80 ? concat(Uint8Array.of(0), v) : concat(v);
  return concat(Uint8Array.of(0x02), derLength(body.length), body);
}
const derLength = (n: number): Bytes =>
  n < 0x80
    ? Uint8Array.of(n)
    : n < 0x100
      ? Uint8Array.of(0x81, n)
      : Uint8Array.of(0x82, n >> 8, n & 255);

/** WebCrypto's r||s ECDSA signature as DER `SEQUENCE { r, s }`. */
export function ecdsaToDer(raw: Uint8Array): Bytes {
  const half = raw.length / 2;
  const body = concat(derInteger(raw.subarray(0, half)), derInteger(raw.subarray(half)));
  return concat(Uint8Array.of(0x30), derLength(body.length), body);
}

/** DER `SEQUENCE { r, s }` back to r||s of `size` bytes each, or null when malformed. */
export function derToEcdsa(der: Uint8Array, size: number): Bytes | null {
  let p = 0;
  const len = (): number | null => {
    const b = der[p++];
    if (b === undefined) return null;
    if (b < 0x80) return b;
    let n = 0;
    for (let k = 0; k < (b & 0x7f); k++) n = (n << 8) | (der[p++] ?? 0);
    return n;
  };
  if (der[p++] !== 0x30 || len() === null) return null;
  const out = new Uint8Array(2 * size);
  for (let part = 0; part < 2; part++) {
    if (der[p++] !== 0x02) return null;
    const n = len();
    if (n === null || p + n > der.length) return null;
    let v = der.subarray(p, p + n);
    p += n;
    while (v.length > size && v[0] === 0) v = v.subarray(1);
    if (v.length > size) return null;
    out.set(v, part * size + size - v.length);
  }
  return p === der.length ? out : null;
}

/** Key pairs and HMAC keys of KMS keys, made on first use for this page session. */
export class SigningKeys {
  private readonly pairs = new Map<string, Promise<{ privateKey: Bytes; publicKey: Bytes }>>();
  private readonly macs = new Map<string, Promise<CryptoKey>>();

  pair(id: string, spec: string) {
    let p = this.pairs.get(id);
    if (!p) this.pairs.set(id, (p = makeKeyPair(spec)));
    return p;
  }

  mac(id: string, spec: string, algorithm: string) {
    let k = this.macs.get(id);
    const length = Number(/(224|256|384|512)$/.exec(spec)?.[1] ?? 256);
    const params = { name: 'HMAC', hash: hashOf(algorithm), length };
    if (!k) this.macs.set(id, (k = subtle().generateKey(params, false, ['sign', 'verify'])));
    return k;
  }
}

/** The WebCrypto algorithm of a KMS signing algorithm, for import and for sign/verify. */
function signingParams(job: SignJob) {
  const hash = hashOf(job.algorithm);
  const curve = CURVES[job.keySpec];
  if (job.algorithm.startsWith('ECDSA') && curve)
    return { key: { name: 'ECDSA', namedCurve: curve }, use: { name: 'ECDSA', hash } };
  // KMS asymmetric key specs (RSA signing): RSASSA_PSS_SHA_256 uses SHA-256 for the digest and
  // MGF1 with a 256-bit salt; the salt is taken as long as the digest for SHA-384/512 too.
  if (job.algorithm.startsWith('RSASSA_PSS'))
    return {
      key: { name: 'RSA-PSS', hash },
      use: { name: 'RSA-PSS', saltLength: Number(hash.slice(4)) / 8 },
    };
  if (job.algorithm.startsWith('RSASSA_PKCS1'))
    return { key: { name: 'RSASSA-PKCS1-v1_5', hash }, use: { name: 'RSASSA-PKCS1-v1_5' } };
  return null;
}

/** Sign, Verify, GenerateMac or VerifyMac. */
export async function signOrMac(keys: SigningKeys, job: SignJob): Promise<CryptoOutcome> {
  const id = `${job.key.materialId ?? job.key.arn}#${job.key.version}`;
  const message = fromBase64(job.message);
  const expected = job.expected === undefined ? undefined : fromBase64(job.expected);
  if (!message || expected === null) return { ok: true, valid: false };
  if (job.kind === 'mac') {
    if (job.algorithm === 'HMAC_SHA_224')
      return { ok: false, reason: 'internal', message: 'WebCrypto has no SHA-224 for HMAC.' };
    const key = await keys.mac(id, job.keySpec, job.algorithm);
    if (expected) return { ok: true, valid: await subtle().verify('HMAC', key, expected, message) };
    return { ok: true, mac: toBase64(new Uint8Array(await subtle().sign('HMAC', key, message))) };
  }
  const params = signingParams(job);
  if (!params)
    return {
      ok: false,
      reason: 'internal',
      message: `WebCrypto cannot sign with ${job.algorithm} on ${job.keySpec}.`,
    };
  const pair = await keys.pair(id, job.keySpec);
  const ecdsa = params.key.name === 'ECDSA';
  if (expected) {
    const pub = await subtle().importKey('spki', pair.publicKey, params.key, false, ['verify']);
    const size = Math.ceil(Number(/\d+$/.exec(CURVES[job.keySpec] ?? '')?.[0] ?? 0) / 8);
    const sig = ecdsa ? derToEcdsa(expected, size) : expected;
    return {
      ok: true,
      valid: sig !== null && (await subtle().verify(params.use, pub, sig, message)),
    };
  }
  const priv = await subtle().importKey('pkcs8', pair.privateKey, params.key, false, ['sign']);
  const raw = new Uint8Array(await subtle().sign(params.use, priv, message));
  return { ok: true, signature: toBase64(ecdsa ? ecdsaToDer(raw) : raw) };
}

/**
 * DeriveSharedSecret: ECDH between the KMS key's private key and `publicKey` (DER SPKI on the
 * same curve); the raw shared secret, as KMS returns it. A public key WebCrypto cannot read on
 * that curve gives `valid: false`.
 */
export async function deriveShared(
  keys: SigningKeys,
  id: string,
  keySpec: string,
  publicKey: string,
): Promise<CryptoOutcome> {
  const curve = CURVES[keySpec];
  const peer = fromBase64(publicKey);
  if (!curve)
    return { ok: false, reason: 'internal', message: `WebCrypto has no ECDH on ${keySpec}.` };
  if (!peer) return { ok: true, valid: false };
  const pair = await keys.pair(id, keySpec);
  const params = { name: 'ECDH', namedCurve: curve };
  let theirs: CryptoKey;
  try {
    theirs = await subtle().importKey('spki', peer, params, false, []);
  } catch {
    return { ok: true, valid: false };
  }
  const mine = await subtle().importKey('pkcs8', pair.privateKey, params, false, ['deriveBits']);
  const bits = Number(/\d+$/.exec(curve)?.[0] ?? 256);
  const secret = await subtle().deriveBits(
    { name: 'ECDH', public: theirs },
    mine,
    Math.ceil(bits / 8) * 8,
  );
  return { ok: true, valid: true, plaintext: toBase64(new Uint8Array(secret)) };
}
