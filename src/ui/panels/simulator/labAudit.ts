/**
 * The envelope lab's KMS calls as audit records (UiCall): GenerateDataKey when it encrypts and
 * Decrypt when it opens a message's data key. CloudTrail records the KMS call, not what the
 * caller did locally with the data key (CloudTrail: KMS logs each API call), so a message whose
 * body fails after KMS allowed the Decrypt is a successful Decrypt.
 */
import type { EvaluationResult } from '../../../engine';
import type { UiCall } from '../../../state';

/** What the lab's crypto functions return, as far as the audit needs it. */
export interface LabKmsResult {
  ok: boolean;
  /** The KMS outcome (`Allowed` or the error code). */
  outcome: string;
  message?: string;
  evaluation: EvaluationResult | null;
  /** Set when the failure was the message's own check, not KMS's. */
  envelopeError?: string;
}

/** A lab call as an audit record. */
export function labAuditCall(
  operation: 'GenerateDataKey' | 'Decrypt',
  caller: string,
  keyId: string | null,
  context: Record<string, string>,
  r: LabKmsResult,
): UiCall {
  const params: UiCall['params'] =
    operation === 'GenerateDataKey'
      ? { KeyId: keyId ?? '', KeySpec: 'AES_256', EncryptionContext: context }
      : { EncryptionContext: context };
  const kmsAllowed = r.evaluation?.outcome === 'Allowed' && r.envelopeError !== undefined;
  const failed = !r.ok && !kmsAllowed && r.outcome !== 'Allowed';
  return {
    caller,
    operation,
    params,
    ...(keyId && operation === 'Decrypt' ? { keyArn: keyId } : {}),
    ...(failed ? { error: { code: r.outcome, message: r.message ?? '' } } : {}),
    evaluation: r.evaluation,
  };
}
