/**
 * What a prediction asks: the answers KMS could give to a request. Allowed, AccessDenied for each
 * of its two reasons, and one other error read from the request and its key, never from the
 * outcome, so the choices on screen cannot give the answer away. The lessons' tests check that
 * every prediction's real outcome is among its choices.
 */
import type { EvaluationResult, Outcome } from '../engine/types';
import type { Request, Scenario } from '../scenario/types';

/** An error other than AccessDeniedException that a call may fail with. */
export type OtherError = Exclude<Outcome, 'Allowed' | 'AccessDeniedException'>;

/**
 * One answer to "what does KMS answer?". `OtherError` ("another error") is offered in the
 * playground only, where a request may fail with an error the request alone does not suggest.
 */
export type PredictedOutcome =
  'Allowed' | 'ExplicitDeny' | 'ImplicitDeny' | OtherError | 'OtherError';

/** What each error means, in a few words (shown next to its name in the choices). */
export const ERROR_MEANING: Record<OtherError, string> = {
  DisabledException: 'the key is disabled',
  KMSInvalidStateException: 'the key’s state does not allow the call',
  InvalidKeyUsageException: 'the key cannot be used for this operation',
  NotFoundException: 'KMS cannot find what the request names',
  InvalidGrantTokenException: 'the grant token is not valid',
  InvalidCiphertextException: 'the ciphertext or its encryption context does not match',
  IncorrectKeyException: 'the ciphertext was made under another key',
  MalformedPolicyDocumentException: 'KMS refuses the policy document',
  ValidationException: 'a parameter is not valid',
  UnsupportedOperationException: 'this key does not support the operation',
  NotAuthorizedException: 'the operation is reserved',
  DryRunOperationException: 'a dry run: the call would have succeeded',
};

/**
 * The error offered on a question about `request`: the step's own (`otherError`), or the one a
 * call like this most often fails with when its key or its input is wrong. Read from the request
 * and the scenario only.
 */
export function errorChoice(
  request: Request | undefined,
  scenario: Scenario,
  otherError?: OtherError,
): OtherError {
  if (otherError) return otherError;
  const action = request?.action.replace(/^kms:/i, '') ?? '';
  const key = scenario.keys.find(
    (k) => request?.key !== undefined && (k.arn === request.key || k.aliases.includes(request.key)),
  );
  if (key?.state === 'Disabled') return 'DisabledException';
  if (key?.state === 'PendingDeletion' || key?.state === 'PendingImport')
    return 'KMSInvalidStateException';
  if (action === 'Decrypt' || action === 'ReEncrypt') return 'InvalidCiphertextException';
  if (action === 'CreateGrant') return 'ValidationException';
  if (action === 'PutKeyPolicy') return 'MalformedPolicyDocumentException';
  if (action === 'EnableKeyRotation' || action === 'RotateKeyOnDemand')
    return 'UnsupportedOperationException';
  if (/^(Create|Update|Delete)Alias$/.test(action)) return 'NotAuthorizedException';
  return 'DisabledException';
}

/**
 * The outcomes offered, in a fixed order that does not depend on the answer; with `anyError`
 * (the playground), "another error" comes last.
 */
export function outcomeChoices(
  request: Request | undefined,
  scenario: Scenario,
  otherError?: OtherError,
  anyError = false,
): PredictedOutcome[] {
  const named: PredictedOutcome[] = [
    'Allowed',
    'ImplicitDeny',
    'ExplicitDeny',
    errorChoice(request, scenario, otherError),
  ];
  return anyError ? [...named, 'OtherError'] : named;
}

/**
 * Whether an answer names what KMS answered: the same outcome, or "another error" for an error
 * none of the offered choices names.
 */
export function outcomeMatches(
  picked: PredictedOutcome,
  actual: PredictedOutcome,
  offered: readonly PredictedOutcome[],
): boolean {
  if (picked === actual) return true;
  const isError = actual !== 'Allowed' && actual !== 'ImplicitDeny' && actual !== 'ExplicitDeny';
  return picked === 'OtherError' && isError && !offered.includes(actual);
}

/** The right answer for an engine result. */
export function actualOutcome(result: EvaluationResult): PredictedOutcome {
  if (result.outcome === 'Allowed') return 'Allowed';
  if (result.outcome === 'AccessDeniedException')
    return result.decision === 'ExplicitDeny' ? 'ExplicitDeny' : 'ImplicitDeny';
  return result.outcome;
}

/** A choice in words. */
export function outcomeLabel(o: PredictedOutcome): string {
  if (o === 'Allowed') return 'Allowed: the call succeeds';
  if (o === 'ImplicitDeny') return 'AccessDeniedException: nothing allows it (implicit deny)';
  if (o === 'ExplicitDeny')
    return 'AccessDeniedException: a Deny statement matches (explicit deny)';
  if (o === 'OtherError') return 'Another error: the key’s state or the input is wrong';
  return `${o}: ${ERROR_MEANING[o]}`;
}
