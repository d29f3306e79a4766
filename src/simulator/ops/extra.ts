/**
 * ListKeyPolicies, GetParametersForImport and GenerateRandom. The simulator is pure (no
 * randomness): the bytes GenerateRandom, ImportToken and PublicKey return are derived from the
 * simulated clock and the call's place in the audit trail. They look like KMS's, are different for
 * every call, and are not random: never use them for anything but the playground.
 */
import { bytesToBase64 } from '../base64';
import { addSeconds } from '../clockMath';
import { kmsError } from '../model';
import { awsDate, keyOf, read, type Handler, type OpContext } from './context';

/** `n` bytes derived from `seed` (FNV-1a, then xorshift32): deterministic, not random. */
export function derivedBytes(seed: string, n: number): Uint8Array {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  const out = new Uint8Array(n);
  let x = h || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 255;
  }
  return out;
}

const seedOf = (ctx: OpContext, what: string): string =>
  `${what}|${ctx.state.clock}|${ctx.state.audit.length}|${ctx.key?.arn ?? ''}`;

/** ListKeyPolicies: a KMS key has one key policy, named `default` (ListKeyPolicies API reference). */
export const listKeyPolicies: Handler = (ctx) => {
  keyOf(ctx);
  return read(ctx, { PolicyNames: ['default'], Truncated: false });
};

/**
 * GetParametersForImport: only for a key whose origin is EXTERNAL (importing-keys); the
 * parameters are valid for 24 hours (GetParametersForImport API reference, ParametersValidTo).
 */
export const getParametersForImport: Handler = (ctx) => {
  const key = keyOf(ctx);
  if (key.origin !== 'EXTERNAL')
    return {
      error: kmsError(
        'UnsupportedOperationException',
        `${key.arn} origin is ${key.origin} which is not valid for this operation.`,
      ),
    };
  return read(ctx, {
    KeyId: key.arn,
    ImportToken: bytesToBase64(derivedBytes(seedOf(ctx, 'token'), 64)),
    PublicKey: bytesToBase64(derivedBytes(seedOf(ctx, 'wrapping-key'), 294)),
    ParametersValidTo: awsDate(addSeconds(ctx.state.clock, 86_400)),
  });
};

/** GenerateRandom: 1 to 1024 bytes (GenerateRandom API reference, NumberOfBytes). */
export const generateRandom: Handler = (ctx) => {
  const n = ctx.call.params.NumberOfBytes;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 1024)
    return {
      error: kmsError(
        'ValidationException',
        `1 validation error detected: Value '${String(n ?? 'null')}' at 'numberOfBytes' failed to satisfy constraint: Member must have value ${typeof n === 'number' && n > 1024 ? 'less than or equal to 1024' : 'greater than or equal to 1'}`,
      ),
    };
  return read(ctx, { Plaintext: bytesToBase64(derivedBytes(seedOf(ctx, 'random'), n)) });
};
