/**
 * Audit records of KMS calls the app made outside the console (the envelope lab's
 * GenerateDataKey and Decrypt): the decision was already made by whoever called, so the call is
 * only recorded, as CloudTrail records every KMS call whatever its origin (CloudTrail logging of
 * AWS KMS: "all AWS KMS API operations" are logged, including those by AWS services).
 */
import type { Json } from '../scenario/types';
import { auditEvent } from './audit';
import { accountOf, findKey, kmsError } from './model';
import type { CallInput, KmsError, SimulatorState } from './types';

/**
 * The state with one more audit event for `call`, which ended with `error` or succeeded; `keyArn`
 * names the key when the parameters do not (Decrypt reads it from the ciphertext).
 */
export function recordCall(
  state: SimulatorState,
  call: CallInput,
  error?: KmsError,
  response?: Record<string, Json>,
  keyArn?: string,
): SimulatorState {
  const typed = keyArn ?? call.params.KeyId;
  const key = typeof typed === 'string' ? findKey(state, typed, accountOf(call.caller)) : null;
  const event = auditEvent(
    state,
    call,
    key,
    error ? undefined : (response ?? {}),
    error ? kmsError(error.code, error.message) : undefined,
  );
  return { ...state, audit: [...state.audit, event] };
}
