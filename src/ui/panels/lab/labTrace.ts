/**
 * The lab's steps in the engine's trace format (TraceStep, src/engine/types.ts), so the decision
 * diagram draws them: the engine's own trace for the KMS call (GenerateDataKey or Decrypt, with its
 * decision path), followed by one top-level phase per local step of envelope encryption or
 * decryption. Like the engine's, these steps hold values only (sizes, error names, context keys);
 * their words come from src/ui/flow/labPhases.ts.
 */
import type { EvaluationResult, StepDetail, StepOutcome, TraceStep } from '../../../engine';
import type { EncryptionContext } from '../../../crypto';
import { describePhase } from '../../../explain';
import type { LabStep } from './labModel';

function phase(rule: string, outcome: StepOutcome, detail: StepDetail = {}): TraceStep {
  return { id: rule, parentId: null, kind: 'phase', rule, outcome, detail };
}

/** What happened after GenerateDataKey. */
export interface EncryptFacts {
  plaintextBytes: number;
  /** The message's size, or null when none was made. */
  messageBytes: number | null;
  /** Why local encryption stopped, when it did. */
  error: string | null;
}

/** GenerateDataKey's evaluation followed by the local steps; null without an evaluation. */
export function encryptTrace(
  evaluation: EvaluationResult | null,
  facts: EncryptFacts,
): EvaluationResult | null {
  if (!evaluation) return null;
  const keyGiven = evaluation.outcome === 'Allowed';
  const made = keyGiven && facts.messageBytes !== null;
  const local: StepOutcome = !keyGiven ? 'skipped' : made ? 'pass' : 'fail';
  const done = (o: boolean): StepOutcome => (o ? 'pass' : 'skipped');
  return {
    ...evaluation,
    trace: [
      ...evaluation.trace,
      phase('labLocalEncrypt', local, {
        plaintextBytes: facts.plaintextBytes,
        ...(made || !facts.error ? {} : { error: facts.error }),
      }),
      phase('labDiscardKey', done(made), { dataKeyBytes: 32 }),
      phase('labStoreDataKey', done(made), made ? { messageBytes: facts.messageBytes } : {}),
    ],
  };
}

/** The local steps of a decryption, in order; a failure belongs to the step that detects it. */
const DECRYPT_STEPS = ['labCheckContext', 'labUnwrapDataKey', 'labDecryptMessage'] as const;

const FAILS_AT: Record<string, (typeof DECRYPT_STEPS)[number]> = {
  EncryptionContextMismatch: 'labCheckContext',
  NoMatchingDataKey: 'labUnwrapDataKey',
  CommitmentMismatch: 'labUnwrapDataKey',
  HeaderAuthenticationFailed: 'labUnwrapDataKey',
  MalformedHeader: 'labUnwrapDataKey',
  UnsupportedMessage: 'labUnwrapDataKey',
};

/** What happened after Decrypt was authorized (or not). */
export interface DecryptFacts {
  expected: EncryptionContext;
  /** The encryption context in the message's header. */
  messageContext: EncryptionContext;
  /** The error name (MessageError, EnvelopeError, or `Cancelled`), null when it decrypted. */
  failure: string | null;
  plaintextBytes: number | null;
}

/** Decrypt's evaluation followed by the local steps; null without an evaluation. */
export function decryptTrace(
  evaluation: EvaluationResult | null,
  facts: DecryptFacts,
): EvaluationResult | null {
  if (!evaluation) return null;
  const authorized = evaluation.outcome === 'Allowed';
  const failedAt = facts.failure === null ? null : (FAILS_AT[facts.failure] ?? 'labDecryptMessage');
  const at = failedAt === null ? DECRYPT_STEPS.length : DECRYPT_STEPS.indexOf(failedAt);
  const mismatched = Object.keys(facts.expected).filter(
    (k) => facts.messageContext[k] !== facts.expected[k],
  );
  const steps = DECRYPT_STEPS.map((rule, i) => {
    const outcome: StepOutcome = !authorized || i > at ? 'skipped' : i === at ? 'fail' : 'pass';
    const detail: StepDetail =
      rule === 'labCheckContext'
        ? { expected: facts.expected, mismatched }
        : rule === 'labDecryptMessage' && outcome === 'pass'
          ? { plaintextBytes: facts.plaintextBytes ?? 0 }
          : {};
    if (outcome === 'fail' && facts.failure) detail.error = facts.failure;
    return phase(rule, outcome, detail);
  });
  return { ...evaluation, trace: [...evaluation.trace, ...steps] };
}

const STATUS: Partial<Record<StepOutcome, LabStep['status']>> = { pass: 'ok', fail: 'failed' };

/**
 * The steps of a lab trace as the timeline lists them: the KMS call (`operation`, from the
 * evaluation's outcome), then each lab phase in the words the diagram uses.
 */
export function traceSteps(
  result: EvaluationResult,
  operation: string,
  /** What KMS does once it allows, in a sentence. */
  whenAllowed = '',
): LabStep[] {
  const allowed = result.outcome === 'Allowed';
  const first: LabStep = {
    id: operation,
    title: operation,
    detail: allowed
      ? `Allowed by the engine (${result.decision}).${whenAllowed ? ` ${whenAllowed}` : ''}`
      : result.decision === 'Allow'
        ? `Authorized, then refused: ${result.outcome}.`
        : `${result.outcome}: denied by the engine (${result.decision}); see the decision path.`,
    status: allowed ? 'ok' : 'failed',
  };
  const lab = result.trace.filter((s) => s.parentId === null && s.rule.startsWith('lab'));
  return [
    first,
    ...lab.map((s) => {
      const text = describePhase(s, []);
      return {
        id: s.rule,
        title: text.title,
        detail: text.summary,
        status: STATUS[s.outcome] ?? 'skipped',
      };
    }),
  ];
}
