/** The envelope lab's state: the message it made, and the outcomes of encryption and decryption. */
import type { EncryptionContext, SuiteId } from '../../../crypto';
import type { EvaluationResult } from '../../../engine';
import type { Scenario } from '../../../scenario/types';
import type { LabStep } from './labModel';

/**
 * A message the lab made: a Blob in the page (small inputs), or kept by the envelope worker
 * (large inputs, so that no Blob is built until it is exported).
 */
export interface LabMessage {
  size: number;
  blob: Blob | null;
  /** The encrypt job's id in the worker. */
  stored: number | null;
}

/** The outcome of an encryption. */
export interface Encrypted {
  steps: LabStep[];
  /** GenerateDataKey's evaluation (null when it failed validation). */
  evaluation: EvaluationResult | null;
  /** The message as made, or null when encryption stopped. */
  message: LabMessage | null;
  /** The message's first bytes as the user has tampered with them. */
  head: Uint8Array<ArrayBuffer>;
  /** The same bytes as made. */
  originalHead: Uint8Array<ArrayBuffer>;
  keyId: string | null;
  context: EncryptionContext;
  /** GenerateDataKey's evaluation followed by the lab's local steps (labTrace.ts). */
  trace: EvaluationResult | null;
}

/** The outcome of a decryption. */
export interface Decrypted {
  ok: boolean;
  principal: string;
  /** The plaintext (a prefix for large outputs) or the failure, in words. */
  text: string;
  evaluation: EvaluationResult | null;
  /** Decrypt's evaluation followed by the lab's local steps (labTrace.ts). */
  trace: EvaluationResult | null;
}

export interface LabInput {
  scenario: Scenario;
  input: Blob;
  keyId: string;
  principal: string;
  context: EncryptionContext;
  suiteId: SuiteId;
}
