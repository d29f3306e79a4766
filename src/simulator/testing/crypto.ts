/**
 * Test support for calls through the real WebCrypto port (src/crypto/simulatorPort.ts, no mocks):
 * sample plaintexts, a port that records its jobs, and Alice's usual calls.
 */
import { expect } from 'vitest';
import { createSimulatorPort } from '../../crypto/simulatorPort';
import type { ContextValue, Json } from '../../scenario/types';
import { textToBase64 } from '../base64';
import { callAsync } from '../call';
import type { FileStore } from '../console/parse';
import { runCommandAsync, runScriptAsync } from '../console/run';
import type { CryptoJob, CryptoPort } from '../cryptoPort';
import { ALICE, fixture } from '../testing';
import type { CallResult, SimulatorState } from '../types';

/** A plaintext for Encrypt and its encryption context. */
export const HELLO = textToBase64('attack at dawn');
export const EC = { Purpose: 'test' };
/** A message for Sign and GenerateMac. */
export const MSG = textToBase64('pay 10 to Bob');

export const errorCode = (r: CallResult) => r.error?.code;
/** The bytes of a base64 string. */
export const b64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

type SimulatorPort = ReturnType<typeof createSimulatorPort>;

/** A real port (a new one unless given) that also records the jobs it was asked to run. */
export function recordingPort(port: SimulatorPort = createSimulatorPort()) {
  const jobs: CryptoJob[] = [];
  const run = (job: CryptoJob) => (jobs.push(job), port.run(job));
  return { ...port, jobs, run } satisfies CryptoPort & { jobs: CryptoJob[] };
}

/** `callAsync` for one caller (Alice unless given) through one port. */
export function callerVia(port: CryptoPort, caller: string = ALICE) {
  return (s: SimulatorState, operation: string, params: Record<string, Json>) =>
    callAsync(s, caller, operation, params, port);
}

/** Alice encrypts HELLO under alias/app with EC; the call must succeed. */
export async function encrypted(port: CryptoPort, s: SimulatorState = fixture()) {
  const params = { KeyId: 'alias/app', Plaintext: HELLO, EncryptionContext: EC };
  const r = await callAsync(s, ALICE, 'Encrypt', params, port);
  expect(r.error).toBeUndefined();
  return { state: r.state, blob: String(r.response?.CiphertextBlob) };
}

/** Alice creates a key with `params`; the call must succeed. */
export async function newKey(
  port: CryptoPort,
  params: Record<string, Json>,
  s: SimulatorState = fixture(),
) {
  const r = await callAsync(s, ALICE, 'CreateKey', params, port);
  expect(r.error).toBeUndefined();
  return { state: r.state, arn: String((r.response?.KeyMetadata as { Arn: string }).Arn) };
}

/**
 * The one call path for a test file, through one real port (a new one unless given): `call` is
 * `callAsync`, `run` is the console's `runCommandAsync`, `script` is `runScriptAsync`.
 */
export function viaPort(port: CryptoPort = createSimulatorPort()) {
  return {
    port,
    call: (
      s: SimulatorState,
      caller: string,
      operation: string,
      params: Record<string, Json>,
      context?: Record<string, ContextValue>,
    ) => callAsync(s, caller, operation, params, port, context),
    run: (s: SimulatorState, line: string, files?: FileStore) =>
      runCommandAsync(s, line, port, files),
    script: (s: SimulatorState, text: string, files?: FileStore) =>
      runScriptAsync(s, text, port, files),
  };
}
