/**
 * Every simulated call is decided by the engine: the call becomes one scenario request, evaluated
 * against a compiled copy of the current scenario (keys, grants, policies as they are now).
 */
import { evaluateRequest, stringPairs, type EvaluationResult } from '../engine';
import { compileForCall } from './compiledScenario';
import type { Json, Request } from '../scenario/types';
import type { CallInput, SimulatorState } from './types';

const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** The encryption context of a call, when it has one. */
export const encryptionContextOf = (call: CallInput) => stringPairs(call.params.EncryptionContext);

/** The grant tokens of a call. */
export function grantTokensOf(call: CallInput): string[] {
  const t = call.params.GrantTokens;
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/** Which KeyId the engine should resolve for this call (alias operations name keys differently). */
function typedKey(call: CallInput): string | undefined {
  const p = call.params;
  switch (call.operation) {
    case 'CreateAlias':
      return str(p.TargetKeyId);
    case 'UpdateAlias':
    case 'DeleteAlias':
      return str(p.AliasName);
    case 'ReEncrypt':
      return str(p.SourceKeyId);
    default:
      return str(p.KeyId);
  }
}

/**
 * The engine request for a call. `aws:CurrentTime` follows the simulated clock unless the caller
 * set it (issue 4). Decrypt's ciphertext is described to the engine by the key its authenticated
 * header names (`blobKey`, read by the crypto port); AES-GCM, not the engine, checks the
 * encryption context it was made with (A27).
 */
export function requestFor(
  state: SimulatorState,
  call: CallInput,
  blobKey?: { key: string },
): Request {
  const parameters: Record<string, Json> = { ...call.params };
  if (blobKey) parameters.CiphertextBlob = blobKey;
  const context = { ...call.context };
  if (!Object.keys(context).some((k) => k.toLowerCase() === 'aws:currenttime'))
    context['aws:CurrentTime'] = state.clock;
  // ReEncrypt: the request's context is the source context; the engine reads the destination's
  // from parameters.DestinationEncryptionContext (A21).
  const ec =
    call.operation === 'ReEncrypt'
      ? stringPairs(call.params.SourceEncryptionContext)
      : encryptionContextOf(call);
  return {
    id: `call-${state.audit.length}`,
    principal: call.caller,
    action: `kms:${call.operation}`,
    key: typedKey(call),
    ...(ec ? { encryptionContext: ec } : {}),
    grantTokens: grantTokensOf(call),
    context,
    deriveContext: true,
    parameters,
  };
}

/** Runs the engine on the call against the state's scenario. */
export function authorize(
  state: SimulatorState,
  call: CallInput,
  blobKey?: { key: string },
): EvaluationResult {
  return authorizeCall(state, call, blobKey).evaluation;
}

/** The engine request of a call and the engine's decision on it. */
export function authorizeCall(
  state: SimulatorState,
  call: CallInput,
  blobKey?: { key: string },
): { request: Request; evaluation: EvaluationResult } {
  const request = requestFor(state, call, blobKey);
  const cs = compileForCall(state.scenario, request);
  return { request, evaluation: evaluateRequest(cs, 0) };
}
