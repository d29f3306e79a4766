/**
 * Decrypt and ReEncrypt of the simulated KMS. The key comes from the blob's authenticated header
 * (as KMS reads it from the ciphertext's metadata); the engine authorizes against that key; then
 * AES-GCM checks the blob and the encryption context. Any cryptographic failure is
 * InvalidCiphertextException, returned, never thrown.
 */
import type { EvaluationResult } from '../engine';
import type { Scenario } from '../scenario/types';
import { authorize, checkedKeyArn } from './authorize';
import { openBlob, parseBlobHeader, sealBlob, type BlobHeader } from './blob';
import type { Bytes } from './bytes';
import type { EncryptionContext } from './encryptionContext';
import type { KeyMaterialStore } from './keyMaterial';
import {
  fail,
  type DecryptOutput,
  type KmsCaller,
  type KmsFailure,
  type KmsResult,
  type ReEncryptOutput,
} from './kmsTypes';
import { lengthProblem, MAX_CIPHERTEXT_BYTES } from './limits';

const INVALID = 'The ciphertext is invalid, was altered, or the encryption context does not match.';

/** Validates and parses a blob, or the failure before authorization. */
function readBlob(scenario: Scenario, blob: Uint8Array): BlobHeader | KmsFailure {
  const problem = lengthProblem('ciphertextBlob', blob.length, MAX_CIPHERTEXT_BYTES);
  if (problem) return fail('ValidationException', problem);
  const header = parseBlobHeader(blob);
  // A blob naming no key of this scenario cannot have come from this KMS.
  if (!header || !scenario.keys.some((k) => k.arn === header.keyArn))
    return fail('InvalidCiphertextException', INVALID);
  return header;
}

/** Opens an authorized blob; the plaintext stays inside this module's callers. */
async function open(
  store: KeyMaterialStore,
  blob: Uint8Array,
  header: BlobHeader,
  context: EncryptionContext,
  evaluation: EvaluationResult,
): Promise<Bytes | KmsFailure> {
  const material = store.get(header.keyArn, header.materialVersion);
  if (!material) return fail('InvalidCiphertextException', INVALID, evaluation);
  const plain = await openBlob(blob, header, material, context);
  return plain ?? fail('InvalidCiphertextException', INVALID, evaluation);
}

/** Decrypt input. */
export interface DecryptInput {
  ciphertextBlob: Uint8Array;
  /** Must equal the context given at encryption (any order, case-sensitive). */
  encryptionContext?: EncryptionContext;
  /** Optional KeyId; when given it must name the key that encrypted the blob. */
  keyId?: string;
}

/** KMS Decrypt. */
export async function decrypt(
  store: KeyMaterialStore,
  scenario: Scenario,
  caller: KmsCaller,
  input: DecryptInput,
): Promise<KmsResult<DecryptOutput>> {
  const header = readBlob(scenario, input.ciphertextBlob);
  if ('ok' in header) return header;
  const evaluation = authorize(scenario, caller, {
    action: 'kms:Decrypt',
    ...(input.keyId === undefined ? {} : { key: input.keyId }),
    ...(input.encryptionContext === undefined
      ? {}
      : { encryptionContext: input.encryptionContext }),
    parameters: { CiphertextBlob: { key: header.keyArn } },
  });
  if (evaluation.outcome !== 'Allowed')
    return fail(evaluation.outcome, evaluation.message ?? evaluation.outcome, evaluation);
  const context = input.encryptionContext ?? {};
  const plain = await open(store, input.ciphertextBlob, header, context, evaluation);
  if ('ok' in plain) return plain;
  return {
    ok: true,
    outcome: 'Allowed',
    evaluation,
    value: { plaintext: plain, keyId: header.keyArn },
  };
}

/** ReEncrypt input. */
export interface ReEncryptInput {
  ciphertextBlob: Uint8Array;
  sourceEncryptionContext?: EncryptionContext;
  /** Optional SourceKeyId; when given it must name the key that encrypted the blob. */
  sourceKeyId?: string;
  destinationKeyId: string;
  destinationEncryptionContext?: EncryptionContext;
}

/**
 * KMS ReEncrypt: decrypts and re-encrypts inside the KMS; the intermediate plaintext is zeroed
 * and never returned. Authorized by ReEncryptFrom on the source and ReEncryptTo on the destination.
 */
export async function reEncrypt(
  store: KeyMaterialStore,
  scenario: Scenario,
  caller: KmsCaller,
  input: ReEncryptInput,
): Promise<KmsResult<ReEncryptOutput>> {
  const header = readBlob(scenario, input.ciphertextBlob);
  if ('ok' in header) return header;
  const destContext = input.destinationEncryptionContext ?? {};
  const evaluation = authorize(scenario, caller, {
    action: 'kms:ReEncrypt',
    ...(input.sourceKeyId === undefined ? {} : { key: input.sourceKeyId }),
    ...(input.sourceEncryptionContext === undefined
      ? {}
      : { encryptionContext: input.sourceEncryptionContext }),
    parameters: {
      CiphertextBlob: { key: header.keyArn },
      DestinationKeyId: input.destinationKeyId,
      DestinationEncryptionContext: destContext,
    },
  });
  if (evaluation.outcome !== 'Allowed')
    return fail(evaluation.outcome, evaluation.message ?? evaluation.outcome, evaluation);
  const destination = checkedKeyArn(evaluation, 1);
  if (!destination) return fail('NotFoundException', 'Destination key not found.', evaluation);
  const context = input.sourceEncryptionContext ?? {};
  const plain = await open(store, input.ciphertextBlob, header, context, evaluation);
  if ('ok' in plain) return plain;
  try {
    const material = await store.current(destination);
    const ciphertextBlob = await sealBlob(destination, material, plain, destContext);
    const value = { ciphertextBlob, sourceKeyId: header.keyArn, keyId: destination };
    return { ok: true, outcome: 'Allowed', evaluation, value };
  } finally {
    plain.fill(0);
  }
}
