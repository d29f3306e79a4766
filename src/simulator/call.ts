/**
 * One simulated KMS call: the engine decides; an allowed call changes the state through its
 * handler; a denied or failed call changes nothing but the audit trail. Every call is audited.
 */
import type { ContextValue, Json, Key } from '../scenario/types';
import { auditEvent } from './audit';
import { authorize } from './authorize';
import { accountOf, findKey, kmsError } from './model';
import { HANDLERS, managedKeyRefusal } from './ops';
import type { Handler, OpContext, OpResult } from './ops/context';
import type { CallInput, CallResult, KmsError, SimulatorState } from './types';

/** The key a call names, before the call (for the handler and the audit record). */
function namedKey(state: SimulatorState, call: CallInput): Key | null {
  const p = call.params;
  const account = accountOf(call.caller);
  const typed =
    call.operation === 'CreateAlias'
      ? p.TargetKeyId
      : call.operation === 'UpdateAlias' || call.operation === 'DeleteAlias'
        ? p.AliasName
        : call.operation === 'ReEncrypt'
          ? p.SourceKeyId
          : p.KeyId;
  if (typeof typed === 'string') return findKey(state, typed, account);
  const blob = p.CiphertextBlob;
  const ct = typeof blob === 'string' ? state.ciphertexts[blob] : undefined;
  if (ct) return state.scenario.keys.find((k) => k.arn === ct.key) ?? null;
  const token = p.GrantToken;
  const g =
    typeof token === 'string'
      ? state.scenario.grants.find((x) => x.grantToken === token)
      : undefined;
  return g
    ? (state.scenario.keys.find((k) => k.arn === g.key || k.arn.endsWith(`/${g.key}`)) ?? null)
    : null;
}

/** A handler's result; a bug in a handler becomes KMSInternalException instead of a crash. */
function runHandler(handler: Handler, ctx: OpContext): OpResult {
  try {
    return handler(ctx);
  } catch (e) {
    return { error: kmsError('KMSInternalException', e instanceof Error ? e.message : String(e)) };
  }
}

/** KMS takes a key policy as a JSON string; the engine reads it as parsed JSON. */
function normalize(params: Record<string, Json>): Record<string, Json> {
  const policy = params.Policy;
  if (typeof policy !== 'string') return params;
  try {
    return { ...params, Policy: JSON.parse(policy) as Json };
  } catch {
    return params; // left as a string: the engine reports it as malformed after authorization
  }
}

/** Records the call as given (CloudTrail shows the policy as the text sent) and returns the result. */
function finish(
  before: SimulatorState,
  after: SimulatorState,
  call: CallInput,
  key: Key | null,
  outcome: { response?: Record<string, Json>; error?: KmsError },
  evaluation: CallResult['evaluation'],
): CallResult {
  const event = auditEvent(before, call, key, outcome.response, outcome.error);
  return { state: { ...after, audit: [...after.audit, event] }, ...outcome, evaluation };
}

/**
 * Calls a KMS operation as `caller`. `context` sets request-context keys; `aws:CurrentTime`
 * follows the simulated clock unless set there.
 */
export function call(
  state: SimulatorState,
  caller: string,
  operation: string,
  params: Record<string, Json>,
  context?: Record<string, ContextValue>,
): CallResult {
  const input: CallInput = {
    caller,
    operation,
    params: normalize(params),
    ...(context ? { context } : {}),
  };
  const key = namedKey(state, input);
  const asSent: CallInput = { ...input, params };
  const handler = HANDLERS[operation];
  if (!handler) {
    const error = kmsError(
      'UnsupportedOperationException',
      `The simulator does not support the ${operation} operation.`,
    );
    return finish(state, state, asSent, key, { error }, null);
  }
  // Decrypt: an unknown ciphertext names no key (InvalidCiphertextException, Decrypt API reference).
  if ((operation === 'Decrypt' || operation === 'ReEncrypt') && !key) {
    const error = kmsError('InvalidCiphertextException', '');
    return finish(state, state, asSent, key, { error }, null);
  }
  const evaluation = authorize(state, input);
  if (evaluation.outcome !== 'Allowed') {
    const error = kmsError(evaluation.outcome, evaluation.message ?? '');
    return finish(state, state, asSent, key, { error }, evaluation);
  }
  const refusal = managedKeyRefusal(operation, key);
  if (refusal) return finish(state, state, asSent, key, { error: refusal }, evaluation);
  const r = runHandler(handler, { state, call: input, key, account: accountOf(caller) });
  if (r.error) return finish(state, state, asSent, key, { error: r.error }, evaluation);
  const made = operation === 'CreateKey' ? (r.state.scenario.keys.at(-1) ?? null) : key;
  return finish(state, r.state, asSent, made, { response: r.response }, evaluation);
}
