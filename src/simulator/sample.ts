/**
 * A sample ciphertext for a scenario request that only describes one: the engine's requests name
 * a Decrypt's ciphertext as `{ key, encryptionContext }`; to send such a request as a real call,
 * the app first has the crypto port seal a sample plaintext under that key and context. Making
 * the sample is not a KMS call (nothing is authorized or audited); the Decrypt that follows is.
 */
import type { Json } from '../scenario/types';
import type { CryptoJob } from './cryptoPort';
import { accountOf, findKey } from './model';
import { materialRef } from './ops/cryptoJobs';
import type { SimulatorState } from './types';
import { stringPairs } from '../engine';

/** The seal job for a described ciphertext, or null when it names no key of the account. */
export function sampleCiphertextJob(
  state: SimulatorState,
  described: Json | undefined,
  caller: string,
  plaintext: string,
): CryptoJob | null {
  if (!described || typeof described !== 'object' || Array.isArray(described)) return null;
  const { key: typed, encryptionContext } = described as Record<string, Json>;
  if (typeof typed !== 'string') return null;
  const key = findKey(state, typed, accountOf(caller));
  if (!key) return null;
  const context = stringPairs(encryptionContext) ?? {};
  return { kind: 'seal', key: materialRef(state, key), plaintext, context };
}
