/**
 * One simulated KMS call, the one operation layer every caller uses (the console, the lessons, the
 * request panel's "send", the CLI, the tests): the engine decides; an allowed call changes the
 * state through its handler, or has its cryptography performed by the injected CryptoPort
 * (WebCrypto); a denied or failed call changes nothing but the audit trail. Every call is audited
 * with its final outcome, including InvalidCiphertextException when AES-GCM refuses the blob.
 */
import type { ContextValue, Json, Key, Request } from '../scenario/types';
import { auditEvent } from './audit';
import { guarded, namedKey, normalize } from './callInput';
import { authorizeCall } from './authorize';
import type { CryptoOutcome, CryptoPort } from './cryptoPort';
import { accountOf, kmsError } from './model';
import { HANDLERS, managedKeyRefusal, unsupportedOperation } from './ops';
import type { Handler, OpContext, OpResult } from './ops/context';
import {
  blobProblem,
  MAX_CIPHERTEXT_BYTES,
  type JobHandler,
  type PendingJob,
} from './ops/cryptoJobs';
import { JOB_HANDLERS } from './ops/jobs';
import type { CallInput, CallResult, KmsError, SimulatorState } from './types';
import { ownValue } from '../engine';

/** Records the call as given (CloudTrail shows the policy as the text sent) and returns the result. */
function finish(
  before: SimulatorState,
  after: SimulatorState,
  call: CallInput,
  key: Key | null,
  outcome: { response?: Record<string, Json>; error?: KmsError },
  evaluation: CallResult['evaluation'],
  request?: Request,
): CallResult {
  const event = auditEvent(before, call, key, outcome.response, outcome.error);
  return {
    state: { ...after, audit: [...after.audit, event] },
    ...outcome,
    evaluation,
    ...(request ? { request } : {}),
  };
}

/** A call decided so far: finished, or allowed and waiting for its crypto job. */
type Begun =
  { done: CallResult } | { pending: PendingJob; complete(outcome: CryptoOutcome): CallResult };

function begin(
  state: SimulatorState,
  caller: string,
  operation: string,
  params: Record<string, Json>,
  context: Record<string, ContextValue> | undefined,
  port: CryptoPort,
): Begun {
  const input: CallInput = {
    caller,
    operation,
    params: normalize(params),
    ...(context ? { context } : {}),
  };
  const key = namedKey(state, input, port);
  const asSent: CallInput = { ...input, params };
  const end = (
    after: SimulatorState,
    o: { response?: Record<string, Json>; error?: KmsError },
    e: CallResult['evaluation'],
    request?: Request,
  ) => ({ done: finish(state, after, asSent, key, o, e, request) }) as const;
  const handler: Handler | JobHandler | undefined =
    ownValue(JOB_HANDLERS, operation) ?? ownValue(HANDLERS, operation);
  if (!handler) return end(state, { error: unsupportedOperation(operation) }, null);
  const opensBlob = operation === 'Decrypt' || operation === 'ReEncrypt';
  // CiphertextBlob is 1 to 6144 bytes, checked before anything else (Decrypt API reference).
  const tooBig = opensBlob
    ? blobProblem(params.CiphertextBlob, 'CiphertextBlob', MAX_CIPHERTEXT_BYTES)
    : null;
  if (tooBig) return end(state, { error: tooBig }, null);
  // A ciphertext that names no key of this account cannot be decrypted (InvalidCiphertextException).
  if (opensBlob && !key)
    return end(state, { error: kmsError('InvalidCiphertextException', '') }, null);
  const { evaluation, request } = authorizeCall(
    state,
    input,
    key && opensBlob ? { key: key.arn } : undefined,
  );
  if (evaluation.outcome !== 'Allowed')
    return end(
      state,
      { error: kmsError(evaluation.outcome, evaluation.message ?? '') },
      evaluation,
      request,
    );
  const refusal = managedKeyRefusal(operation, key);
  if (refusal) return end(state, { error: refusal }, evaluation, request);
  // DryRun (testing-permissions, "Testing your permissions"): an authorized call stops before it
  // changes anything, with DryRunOperationException.
  if (params.DryRun === true)
    return end(
      state,
      {
        error: kmsError(
          'DryRunOperationException',
          'The request was rejected because the DryRun parameter was specified.',
        ),
      },
      evaluation,
      request,
    );
  const ctx: OpContext = { state, call: input, key, account: accountOf(caller) };
  const r = guarded<PendingJob>(() => handler(ctx));
  if ('job' in r) {
    return {
      pending: r,
      complete(outcome) {
        if (!outcome.ok) {
          const code =
            outcome.reason === 'invalidCiphertext'
              ? 'InvalidCiphertextException'
              : 'KMSInternalException';
          return finish(
            state,
            state,
            asSent,
            key,
            { error: kmsError(code, outcome.message) },
            evaluation,
            request,
          );
        }
        const f = guarded(() => r.finish(outcome)) as OpResult;
        if (f.error)
          return finish(state, state, asSent, key, { error: f.error }, evaluation, request);
        return finish(state, f.state, asSent, key, { response: f.response }, evaluation, request);
      },
    };
  }
  if (r.error) return end(state, { error: r.error }, evaluation, request);
  const made = operation === 'CreateKey' ? (r.state.scenario.keys.at(-1) ?? null) : key;
  return {
    done: finish(state, r.state, asSent, made, { response: r.response }, evaluation, request),
  };
}

/**
 * Calls a KMS operation as `caller`. Blob parameters (`Plaintext`, `CiphertextBlob`, `Message`)
 * are base64; the port runs the cryptography of an allowed call and the final outcome is audited.
 * Denied or invalid calls never reach the port. `context` sets request-context keys;
 * `aws:CurrentTime` follows the simulated clock unless set there. The result's state is `state`
 * plus this call.
 */
export async function callAsync(
  state: SimulatorState,
  caller: string,
  operation: string,
  params: Record<string, Json>,
  port: CryptoPort,
  context?: Record<string, ContextValue>,
): Promise<CallResult> {
  const b = begin(state, caller, operation, params, context, port);
  if ('done' in b) return b.done;
  return b.complete(await port.run(b.pending.job));
}
