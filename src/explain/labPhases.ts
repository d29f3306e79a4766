/**
 * Titles and summaries of the envelope lab's steps (src/ui/panels/lab/labTrace.ts), which follow
 * the engine's decision in a lab trace: the local work of envelope encryption and decryption,
 * drawn by the same diagram as the engine's phases. Written from each step's outcome and detail.
 */
import type { TraceStep } from '../engine/types';
import { list, str } from './format';

type Summary = (s: TraceStep) => string;

const num = (s: TraceStep, key: string) =>
  typeof s.detail?.[key] === 'number' ? (s.detail[key] as number) : 0;

/** [eyebrow, title] of each lab step. */
export const LAB_NAMES: Record<string, [eyebrow: string, title: string]> = {
  labLocalEncrypt: ['In the browser', 'Local AES-GCM encryption'],
  labDiscardKey: ['In the browser', 'Plaintext data key discarded'],
  labStoreDataKey: ['The message', 'Encrypted data key stored'],
  labCheckContext: ['In the browser', 'Expected encryption context'],
  labUnwrapDataKey: ['Keyring', 'Data key unwrapped'],
  labDecryptMessage: ['In the browser', 'Message decrypted'],
};

const failed = (s: TraceStep) => `Failed: ${str(s.detail, 'error', 'error')}.`;

const WHEN: Record<string, Record<'pass' | 'fail', Summary>> = {
  labLocalEncrypt: {
    pass: (s) =>
      `${num(s, 'plaintextBytes')} bytes encrypted here with the plaintext data key; KMS never sees the data.`,
    fail: failed,
  },
  labDiscardKey: {
    pass: () => 'Overwritten with zeros: only its encrypted copy remains.',
    fail: failed,
  },
  labStoreDataKey: {
    pass: (s) =>
      `In the header of one ${num(s, 'messageBytes')}-byte Encryption SDK message, with the context and the ciphertext.`,
    fail: failed,
  },
  labCheckContext: {
    pass: () => "The message's encryption context contains every expected pair.",
    fail: (s) =>
      `The message's context differs from the expected one at ${list(s.detail?.mismatched)}: EncryptionContextMismatch.`,
  },
  labUnwrapDataKey: {
    pass: () =>
      'KMS Decrypt returned the data key from its encrypted copy in the header; the header authenticates under it.',
    fail: failed,
  },
  labDecryptMessage: {
    pass: (s) => `${num(s, 'plaintextBytes')} bytes of plaintext: every frame authenticates.`,
    fail: failed,
  },
};

/** The summary of a lab step, or null for steps that are not the lab's. */
export function labSummary(step: TraceStep): string | null {
  const when = WHEN[step.rule];
  if (!when) return null;
  if (step.outcome === 'skipped') return 'Not run: an earlier step stopped.';
  return (step.outcome === 'fail' ? when.fail : when.pass)(step);
}
