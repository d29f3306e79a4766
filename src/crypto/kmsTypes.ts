/**
 * Inputs and results of the simulated KMS's cryptographic operations. Every result carries the
 * engine's EvaluationResult (when the engine ran) so the UI can draw the decision path beside it.
 */
import type { EvaluationResult, Outcome } from '../engine';
import type { ContextValue } from '../scenario/types';
import type { Bytes } from './bytes';
import type { EncryptionContext } from './encryptionContext';

/** Who calls and how: the parts of a scenario request that are not the operation's own input. */
export interface KmsCaller {
  /** The caller's ARN (or a service principal name). */
  principal: string;
  /** Grant tokens passed with the request. */
  grantTokens?: string[];
  /** Request context keys supplied by the user (aws:SourceIp, ...). */
  context?: Record<string, ContextValue>;
  /** The VPC endpoint the request arrives through. */
  viaVpcEndpoint?: string;
}

/** A successful operation: the engine allowed it and the cryptography succeeded. */
export interface KmsSuccess<T> {
  ok: true;
  outcome: 'Allowed';
  /** The engine's decision, trace and deciding statements. */
  evaluation: EvaluationResult;
  /** The operation's response. */
  value: T;
}

/** A failed operation: a validation error, a denial by the engine, or a cryptographic failure. */
export interface KmsFailure {
  ok: false;
  /** The KMS error, e.g. `AccessDeniedException` or `InvalidCiphertextException`. */
  outcome: Exclude<Outcome, 'Allowed'>;
  /** What went wrong, AWS-style where AWS gives a message. */
  message: string;
  /** The engine's result; null when the request failed before authorization. */
  evaluation: EvaluationResult | null;
}

/** The result of every operation; never thrown. */
export type KmsResult<T> = KmsSuccess<T> | KmsFailure;

/** Encrypt's response. */
export interface EncryptOutput {
  /** Our versioned ciphertext blob (docs/ciphertext-format.md). */
  ciphertextBlob: Bytes;
  /** ARN of the key that encrypted it. */
  keyId: string;
}

/** Decrypt's response. */
export interface DecryptOutput {
  plaintext: Bytes;
  /** ARN of the key that decrypted it (from the blob). */
  keyId: string;
}

/** ReEncrypt's response: a new blob, never the plaintext. */
export interface ReEncryptOutput {
  ciphertextBlob: Bytes;
  /** ARN of the key that had encrypted the source blob. */
  sourceKeyId: string;
  /** ARN of the destination key. */
  keyId: string;
}

/** GenerateDataKey's response. */
export interface DataKeyOutput {
  /** The plaintext data key: use it, then discard it. */
  plaintext: Bytes;
  /** The data key encrypted under the KMS key. */
  ciphertextBlob: Bytes;
  keyId: string;
}

/** GenerateDataKeyWithoutPlaintext's response. */
export type DataKeyWithoutPlaintextOutput = Omit<DataKeyOutput, 'plaintext'>;

/** Data key size: a KeySpec or a NumberOfBytes (exactly one). */
export type DataKeySize = { keySpec: 'AES_128' | 'AES_256' } | { numberOfBytes: number };

export type { EncryptionContext };

/** A failure result. */
export function fail(
  outcome: KmsFailure['outcome'],
  message: string,
  evaluation: EvaluationResult | null = null,
): KmsFailure {
  return { ok: false, outcome, message, evaluation };
}
