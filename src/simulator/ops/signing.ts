/**
 * Sign, Verify, GenerateMac, VerifyMac: jobs for the crypto port. The engine has already checked the key usage (SIGN_VERIFY, GENERATE_VERIFY_MAC);
 * here the algorithm must fit the key spec, and the message is 1 to 4096 bytes.
 */
import type { Json, Key } from '../../scenario/types';
import { base64Length, isBase64 } from '../base64';
import { kmsError } from '../model';
import type { KmsError } from '../types';
import { keyOf, strParam, type OpContext } from './context';
import { materialRef, type JobHandler } from './cryptoJobs';

/**
 * Signing algorithms by key spec (Sign API reference, SigningAlgorithm: "Choose an algorithm that
 * is compatible with the type and size of the specified asymmetric KMS key").
 */
export function signingAlgorithms(spec: string): string[] {
  const rsa = ['RSASSA_PSS', 'RSASSA_PKCS1_V1_5'].flatMap((p) =>
    ['SHA_256', 'SHA_384', 'SHA_512'].map((h) => `${p}_${h}`),
  );
  if (spec.startsWith('RSA_')) return rsa;
  const ecdsa: Record<string, string> = {
    ECC_NIST_P256: 'ECDSA_SHA_256',
    ECC_SECG_P256K1: 'ECDSA_SHA_256',
    ECC_NIST_P384: 'ECDSA_SHA_384',
    ECC_NIST_P521: 'ECDSA_SHA_512',
    SM2: 'SM2DSA',
  };
  return ecdsa[spec] ? [ecdsa[spec]] : [];
}

/** HMAC_256 keys take HMAC_SHA_256, and so on (GenerateMac API reference, MacAlgorithm). */
export const macAlgorithmFor = (spec: string): string | null =>
  /^HMAC_(224|256|384|512)$/.test(spec) ? `HMAC_SHA_${spec.slice(5)}` : null;

/** Message: 1 to 4096 bytes, base64 (Sign and GenerateMac API references). */
function messageProblem(ctx: OpContext): KmsError | null {
  const m = ctx.call.params.Message;
  if (typeof m !== 'string' || !isBase64(m))
    return kmsError('ValidationException', 'Message must be base64-encoded binary data.');
  const n = base64Length(m);
  return n >= 1 && n <= 4096
    ? null
    : kmsError('ValidationException', 'Message must be between 1 and 4096 bytes long.');
}

/**
 * The algorithm parameter checked against the key: InvalidKeyUsageException when it does not fit
 * (Sign API reference, InvalidKeyUsageException: "the signing algorithm specified for the
 * operation is incompatible with the type of key material in the KMS key").
 */
function algorithmOf(ctx: OpContext, param: string, allowed: string[]): string | KmsError {
  const a = strParam(ctx, param);
  if (!a) return kmsError('ValidationException', `${param} is required.`);
  if (!allowed.includes(a))
    return kmsError(
      'InvalidKeyUsageException',
      `${a} is not compatible with the key spec ${keyOf(ctx).keySpec}.`,
    );
  return a;
}

/** What a sign/MAC call validated: the key, its algorithm and the message. */
type Checked = { key: Key; algorithm: string; message: string } | { error: KmsError };

function check(ctx: OpContext, mac: boolean): Checked {
  const key = keyOf(ctx);
  const problem = messageProblem(ctx);
  if (problem) return { error: problem };
  const allowed = mac
    ? [macAlgorithmFor(key.keySpec)].filter((x): x is string => x !== null)
    : signingAlgorithms(key.keySpec);
  const algorithm = algorithmOf(ctx, mac ? 'MacAlgorithm' : 'SigningAlgorithm', allowed);
  if (typeof algorithm !== 'string') return { error: algorithm };
  if (
    !mac &&
    strParam(ctx, 'MessageType') === 'DIGEST' &&
    !isBase64(strParam(ctx, 'Message') ?? '')
  )
    return { error: kmsError('ValidationException', 'A DIGEST message must be base64.') };
  return { key, algorithm, message: strParam(ctx, 'Message') ?? '' };
}

/** Sign's and GenerateMac's responses, in AWS's field order. */
const made = (mac: boolean, arn: string, algorithm: string, value: string): Record<string, Json> =>
  mac
    ? { Mac: value, MacAlgorithm: algorithm, KeyId: arn }
    : { KeyId: arn, Signature: value, SigningAlgorithm: algorithm };

/** The error of a signature or MAC that does not verify (Verify, VerifyMac API references). */
export const invalid = (mac: boolean): KmsError =>
  mac
    ? kmsError('KMSInvalidMacException', 'The MAC does not match the message and key.')
    : kmsError('KMSInvalidSignatureException', 'The signature verification failed.');

const verified = (mac: boolean, arn: string, algorithm: string): Record<string, Json> =>
  mac
    ? { KeyId: arn, MacValid: true, MacAlgorithm: algorithm }
    : { KeyId: arn, SignatureValid: true, SigningAlgorithm: algorithm };

/** Sign / GenerateMac / Verify / VerifyMac: a job for the crypto port. */
export const signJob =
  (mac: boolean, verify: boolean): JobHandler =>
  (ctx) => {
    const c = check(ctx, mac);
    if ('error' in c) return c;
    const given = strParam(ctx, mac ? 'Mac' : 'Signature');
    if (verify && (!given || !isBase64(given))) return { error: invalid(mac) };
    if (!mac && strParam(ctx, 'MessageType') === 'DIGEST')
      return {
        error: kmsError(
          'UnsupportedOperationException',
          'The simulator signs RAW messages only (WebCrypto cannot sign a precomputed digest).',
        ),
      };
    const key = materialRef(ctx.state, c.key);
    return {
      job: {
        kind: mac ? 'mac' : 'sign',
        key,
        keySpec: c.key.keySpec,
        algorithm: c.algorithm,
        message: c.message,
        ...(verify && given ? { expected: given } : {}),
      },
      finish: (done) => {
        if (verify) {
          if (!done.valid) return { error: invalid(mac) };
          return { state: ctx.state, response: verified(mac, c.key.arn, c.algorithm) };
        }
        const value = (mac ? done.mac : done.signature) ?? '';
        return { state: ctx.state, response: made(mac, c.key.arn, c.algorithm, value) };
      },
    };
  };
