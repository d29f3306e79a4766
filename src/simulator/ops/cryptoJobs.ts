/**
 * The cryptographic operations (Encrypt, Decrypt, ReEncrypt, GenerateDataKey(WithoutPlaintext)):
 * each handler validates an authorized call and describes a crypto job for the port; `finish`
 * turns the job's result into the AWS response. Blob parameters and results are base64, as KMS's
 * JSON protocol carries them.
 */
import { keyIdNotFound } from '../../engine/kms/messages';
import type { Json, Key } from '../../scenario/types';
import { encryptionContextOf } from '../authorize';
import { base64Length, isBase64 } from '../base64';
import type { CryptoJob, CryptoOutcome, MaterialRef } from '../cryptoPort';
import { accountOf, findKey, keyIdOf, kmsError, metaOf } from '../model';
import type { KmsError, SimulatorState } from '../types';
import { keyOf, strParam, type OpContext, type OpResult } from './context';
import { stringPairs } from '../../engine';

/** A successful job's result. */
export type JobDone = Extract<CryptoOutcome, { ok: true }>;

/** An authorized call that needs key material: the job, and how its result becomes the response. */
export interface PendingJob {
  job: CryptoJob;
  finish(done: JobDone): OpResult;
}

/** A crypto handler: a validation error, or a job. */
export type JobHandler = (ctx: OpContext) => { error: KmsError } | PendingJob;

/** Encrypt's plaintext limit (Encrypt API reference: Plaintext, 1 to 4096 bytes). */
export const MAX_PLAINTEXT_BYTES = 4096;
/** Decrypt/ReEncrypt's ciphertext limit (Decrypt API reference: CiphertextBlob, 1 to 6144 bytes). */
export const MAX_CIPHERTEXT_BYTES = 6144;

/** A ValidationException when a base64 blob parameter is malformed or outside 1..max bytes. */
export function blobProblem(value: Json | undefined, name: string, max: number): KmsError | null {
  if (typeof value !== 'string' || !isBase64(value))
    return kmsError('ValidationException', `${name} must be base64-encoded binary data.`);
  const n = base64Length(value);
  if (n >= 1 && n <= max) return null;
  return kmsError(
    'ValidationException',
    `1 validation error detected: Value at '${name.charAt(0).toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must have length ${n < 1 ? 'greater than or equal to 1' : `less than or equal to ${max}`}`,
  );
}

/**
 * The material version that encrypts now: 1 + completed rotations (rotate-keys: rotation adds
 * new key material and KMS keeps every older version to decrypt what it encrypted).
 */
export function materialRef(state: SimulatorState, key: Key): MaterialRef {
  const version = metaOf(state, key).rotations.length + 1;
  return {
    arn: key.arn,
    version,
    ...(key.demoMaterial ? { demoMaterial: key.demoMaterial } : {}),
    // Related multi-Region keys share key material (multi-Region keys overview).
    ...(key.multiRegion ? { materialId: `mrk|${accountOf(key.arn)}|${keyIdOf(key.arn)}` } : {}),
  };
}

const stringMap = (v: Json | undefined): Record<string, string> => stringPairs(v) ?? {};

const SYMMETRIC = 'SYMMETRIC_DEFAULT';

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

/**
 * Asymmetric encryption (RSAES_OAEP with RSA keys) is authorized by the engine but not performed:
 * the simulator's blobs are symmetric (docs/simulator.md).
 */
const asymmetric = (key: Key): KmsError | null =>
  key.keySpec === 'SYMMETRIC_DEFAULT'
    ? null
    : kmsError(
        'UnsupportedOperationException',
        `The simulator encrypts with symmetric keys only; ${key.arn} is ${key.keySpec}.`,
      );

/** Encrypt: seals the plaintext under the key's current material. */
export const encryptJob: JobHandler = (ctx) => {
  const problem = blobProblem(ctx.call.params.Plaintext, 'Plaintext', MAX_PLAINTEXT_BYTES);
  if (problem) return { error: problem };
  const plaintext = strParam(ctx, 'Plaintext') ?? '';
  const key = keyOf(ctx);
  const refused = asymmetric(key);
  if (refused) return { error: refused };
  const context = encryptionContextOf(ctx.call) ?? {};
  return {
    job: { kind: 'seal', key: materialRef(ctx.state, key), plaintext, context },
    finish: (done) => ({
      state: ctx.state,
      response: {
        CiphertextBlob: done.ciphertextBlob ?? '',
        KeyId: key.arn,
        EncryptionAlgorithm: SYMMETRIC,
      },
    }),
  };
};

/** GenerateDataKey (with the plaintext key) or GenerateDataKeyWithoutPlaintext. */
export const generateDataKeyJob =
  (withPlaintext: boolean): JobHandler =>
  (ctx) => {
    const bytes = dataKeyBytes(ctx);
    if (bytes === null) return { error: DATA_KEY_SIZE_ERROR };
    const key = keyOf(ctx);
    const context = encryptionContextOf(ctx.call) ?? {};
    return {
      job: { kind: 'generate', key: materialRef(ctx.state, key), bytes, context },
      finish: (done) => ({
        state: ctx.state,
        response: {
          CiphertextBlob: done.ciphertextBlob ?? '',
          ...(withPlaintext ? { Plaintext: done.plaintext ?? '' } : {}),
          KeyId: key.arn,
        },
      }),
    };
  };

/** Decrypt: the key is the one the blob's header names (the call found it before authorizing). */
export const decryptJob: JobHandler = (ctx) => {
  const key = keyOf(ctx);
  const blob = strParam(ctx, 'CiphertextBlob') ?? '';
  const context = encryptionContextOf(ctx.call) ?? {};
  return {
    job: { kind: 'open', key: materialRef(ctx.state, key), blob, context },
    finish: (done) => ({
      state: ctx.state,
      response: { KeyId: key.arn, Plaintext: done.plaintext ?? '', EncryptionAlgorithm: SYMMETRIC },
    }),
  };
};

/** ReEncrypt: opens under the source key and seals under the destination, inside the "KMS". */
export const reEncryptJob: JobHandler = (ctx) => {
  const source = keyOf(ctx);
  const destId = strParam(ctx, 'DestinationKeyId') ?? '';
  const dest = findKey(ctx.state, destId, ctx.account);
  if (!dest)
    return {
      error: kmsError('NotFoundException', keyIdNotFound(destId, ctx.account, ctx.state.region)),
    };
  const refused = asymmetric(dest);
  if (refused) return { error: refused };
  return {
    job: {
      kind: 'reseal',
      source: materialRef(ctx.state, source),
      blob: strParam(ctx, 'CiphertextBlob') ?? '',
      sourceContext: stringMap(ctx.call.params.SourceEncryptionContext),
      destination: materialRef(ctx.state, dest),
      destinationContext: stringMap(ctx.call.params.DestinationEncryptionContext),
    },
    finish: (done) => ({
      state: ctx.state,
      response: {
        CiphertextBlob: done.ciphertextBlob ?? '',
        SourceKeyId: source.arn,
        KeyId: dest.arn,
        SourceEncryptionAlgorithm: SYMMETRIC,
        DestinationEncryptionAlgorithm: SYMMETRIC,
      },
    }),
  };
};

/** Symmetric crypto handlers, by operation (all of them: ops/jobs.ts). */
export const SYMMETRIC_JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  Encrypt: encryptJob,
  Decrypt: decryptJob,
  ReEncrypt: reEncryptJob,
  GenerateDataKey: generateDataKeyJob(true),
  GenerateDataKeyWithoutPlaintext: generateDataKeyJob(false),
};
