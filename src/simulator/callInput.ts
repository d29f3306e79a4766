/**
 * What a call names before it runs: its key (typed, from a blob's header, or a grant token's),
 * its parameters as the engine reads them, and a guard that turns handler bugs into errors.
 */
import type { Json, Key } from '../scenario/types';
import type { CryptoPort } from './cryptoPort';
import { accountOf, findKey, kmsError } from './model';
import type { OpResult } from './ops/context';
import type { CallInput, SimulatorState } from './types';

/** The key a blob names: the port reads our blob's authenticated header. */
function blobKey(state: SimulatorState, blob: Json | undefined, port: CryptoPort): Key | null {
  if (typeof blob !== 'string') return null;
  const arn = port.inspect(blob)?.keyArn;
  return arn ? (state.scenario.keys.find((k) => k.arn === arn) ?? null) : null;
}

/** The key a call names, before the call (for the handler and the audit record). */
export function namedKey(state: SimulatorState, call: CallInput, port: CryptoPort): Key | null {
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
  // Decrypt/ReEncrypt: the key comes from the ciphertext's metadata (Decrypt API reference).
  const fromBlob = blobKey(state, p.CiphertextBlob, port);
  if (fromBlob && (call.operation === 'Decrypt' || call.operation === 'ReEncrypt')) return fromBlob;
  if (typeof typed === 'string') return findKey(state, typed, account);
  if (fromBlob) return fromBlob;
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
export function guarded<T>(run: () => T | OpResult): T | OpResult {
  try {
    return run();
  } catch (e) {
    return { error: kmsError('KMSInternalException', e instanceof Error ? e.message : String(e)) };
  }
}

/** KMS takes a key policy as a JSON string; the engine reads it as parsed JSON. */
export function normalize(params: Record<string, Json>): Record<string, Json> {
  const policy = params.Policy;
  if (typeof policy !== 'string') return params;
  try {
    return { ...params, Policy: JSON.parse(policy) as Json };
  } catch {
    return params; // left as a string: the engine reports it as malformed after authorization
  }
}
