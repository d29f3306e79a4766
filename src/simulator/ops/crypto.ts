/**
 * The SYNCHRONOUS path's Encrypt, Decrypt, ReEncrypt, GenerateDataKey(WithoutPlaintext), used by
 * `call`/`runCommand` (tests, lesson checks) where no crypto port is given. Authorization is real
 * (the engine decided); the payload is a marked PLACEHOLDER: opaque strings the simulator
 * remembers, so Decrypt can find the key and encryption context they name. The console and the UI
 * use `callAsync` with real cryptography instead (ops/cryptoJobs.ts).
 */
import type { Json, Key } from '../../scenario/types';
import { encryptionContextOf } from '../authorize';
import { hexDigest } from '../ids';
import { findKey, kmsError } from '../model';
import { keyOf, strParam, type Handler, type OpContext, type OpResult } from './context';
import { ownValue, stringPairs } from '../../engine';

/** Every placeholder ciphertext begins with this marker. */
export const PLACEHOLDER_CIPHERTEXT = 'SIMULATED-PLACEHOLDER-CIPHERTEXT-';

/** Stores a placeholder ciphertext for a key and context (default: the call's). */
function seal(
  ctx: OpContext,
  plaintext: string,
  extra: Record<string, Json>,
  key: Key = keyOf(ctx),
  ec: Record<string, string> = encryptionContextOf(ctx.call) ?? {},
): OpResult {
  const n = ctx.state.counters.ciphertexts + 1;
  const blob = `${PLACEHOLDER_CIPHERTEXT}${hexDigest(`${n}|${key.arn}|${JSON.stringify(ec)}|${plaintext}`, 40)}`;
  return {
    state: {
      ...ctx.state,
      counters: { ...ctx.state.counters, ciphertexts: n },
      ciphertexts: {
        ...ctx.state.ciphertexts,
        [blob]: { key: key.arn, encryptionContext: ec, plaintext },
      },
    },
    response: { CiphertextBlob: blob, KeyId: key.arn, ...extra },
  };
}

/** Encrypt: at most 4096 bytes of plaintext (Encrypt API reference). */
export const encrypt: Handler = (ctx) => {
  const plaintext = strParam(ctx, 'Plaintext') ?? '';
  if (plaintext.length === 0 || plaintext.length > 4096)
    return {
      error: kmsError('ValidationException', 'Plaintext must be between 1 and 4096 bytes long.'),
    };
  return seal(ctx, plaintext, { EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
};

/** The data key size (KeySpec AES_256 / AES_128 or NumberOfBytes 1-1024, not both), or null. */
export function dataKeyBytes(ctx: OpContext): number | null {
  const spec = strParam(ctx, 'KeySpec');
  const n = ctx.call.params.NumberOfBytes;
  if (spec && typeof n === 'number') return null;
  if (typeof n === 'number') return n >= 1 && n <= 1024 ? n : null;
  return spec === 'AES_128' ? 16 : spec === 'AES_256' || spec === undefined ? 32 : null;
}

/** GenerateDataKey's size error (GenerateDataKey API reference: KeySpec or NumberOfBytes). */
export const DATA_KEY_SIZE_ERROR = kmsError(
  'ValidationException',
  'Specify either KeySpec (AES_256 or AES_128) or NumberOfBytes (1-1024), not both.',
);

/** GenerateDataKey / GenerateDataKeyWithoutPlaintext. */
export const generateDataKey =
  (withPlaintext: boolean): Handler =>
  (ctx) => {
    const bytes = dataKeyBytes(ctx);
    if (bytes === null) return { error: DATA_KEY_SIZE_ERROR };
    const plaintext = `PLACEHOLDER-DATA-KEY-${hexDigest(`${ctx.state.counters.ciphertexts}|${ctx.state.clock}`, bytes * 2)}`;
    const sealed = seal(ctx, plaintext, {});
    if (sealed.error || !withPlaintext) return sealed;
    return { ...sealed, response: { ...sealed.response, Plaintext: plaintext } };
  };

/** Decrypt: the engine checked the key and the encryption context binding (A27, S11). */
export const decrypt: Handler = (ctx) => {
  const blob = strParam(ctx, 'CiphertextBlob') ?? '';
  const record = ownValue(ctx.state.ciphertexts, blob);
  if (!record) return { error: kmsError('InvalidCiphertextException', '') };
  return {
    state: ctx.state,
    response: {
      KeyId: record.key,
      Plaintext: record.plaintext,
      EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    },
  };
};

/** ReEncrypt: decrypt under the source key and encrypt under the destination (placeholder). */
export const reEncrypt: Handler = (ctx) => {
  const record = ownValue(ctx.state.ciphertexts, strParam(ctx, 'CiphertextBlob') ?? '');
  const dest = findKey(ctx.state, strParam(ctx, 'DestinationKeyId') ?? '', ctx.account);
  if (!record || !dest) return { error: kmsError('InvalidCiphertextException', '') };
  const ec = stringPairs(ctx.call.params.DestinationEncryptionContext) ?? {};
  const sealed = seal(ctx, record.plaintext, {}, dest, ec);
  if (sealed.error) return sealed;
  return {
    ...sealed,
    response: {
      CiphertextBlob: sealed.response.CiphertextBlob ?? '',
      SourceKeyId: record.key,
      KeyId: dest.arn,
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    },
  };
};
