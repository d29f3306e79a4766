/**
 * The asynchronous call path with real cryptography (src/crypto/simulatorPort.ts on Node's
 * WebCrypto, no mocks): what KMS returns, what it refuses, and that key material is touched only
 * by allowed calls.
 */
import { describe, expect, it } from 'vitest';
import { createSimulatorPort } from '../crypto/simulatorPort';
import { textToBase64 } from './base64';
import { callAsync } from './call';
import type { Json } from '../scenario/types';
import type { CryptoJob, CryptoPort } from './cryptoPort';
import { ALICE, BOB, KEY_ARN, fixture } from './testing';
import type { CallResult, SimulatorState } from './types';

const HELLO = textToBase64('attack at dawn');
const EC = { Purpose: 'test' };

/** A real port that also records the jobs it was asked to run. */
function recordingPort(): CryptoPort & {
  jobs: CryptoJob[];
  store: ReturnType<typeof createSimulatorPort>['store'];
} {
  const port = createSimulatorPort();
  const jobs: CryptoJob[] = [];
  return { ...port, jobs, run: (job) => (jobs.push(job), port.run(job)) };
}

async function encrypted(port: CryptoPort, s: SimulatorState = fixture()) {
  const r = await callAsync(
    s,
    ALICE,
    'Encrypt',
    { KeyId: 'alias/app', Plaintext: HELLO, EncryptionContext: EC },
    port,
  );
  expect(r.error).toBeUndefined();
  return { state: r.state, blob: String(r.response?.CiphertextBlob) };
}

/** Flips one bit of byte `i` of a base64 blob. */
function flipped(blob: string, i: number): string {
  const bytes = Uint8Array.from(atob(blob), (c) => c.charCodeAt(0));
  bytes[i] = (bytes[i] ?? 0) ^ 1;
  return btoa(String.fromCharCode(...bytes));
}

const errorCode = (r: CallResult) => r.error?.code;

describe('real cryptography through the crypto port', () => {
  it('Encrypt returns a base64 blob that Decrypt opens to the same plaintext, with the key from the blob', async () => {
    const port = recordingPort();
    const { state, blob } = await encrypted(port);
    expect(blob).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(port.inspect(blob)).toEqual({ keyArn: KEY_ARN, materialVersion: 1 });
    // Decrypt needs no KeyId for a symmetric key: KMS reads it from the ciphertext (Decrypt API reference).
    const d = await callAsync(
      state,
      ALICE,
      'Decrypt',
      { CiphertextBlob: blob, EncryptionContext: EC },
      port,
    );
    expect(d.response).toEqual({
      KeyId: KEY_ARN,
      Plaintext: HELLO,
      EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    });
    expect(d.evaluation?.outcome).toBe('Allowed');
    expect(d.state.audit.map((e) => [e.eventName, e.errorCode ?? null])).toEqual([
      ['Encrypt', null],
      ['Decrypt', null],
    ]);
    // CloudTrail never records plaintext or ciphertext (CloudTrail KMS examples).
    expect(JSON.stringify(d.state.audit)).not.toContain(HELLO);
    expect(d.state.audit[1]?.resources).toEqual([
      { ARN: KEY_ARN, accountId: '111122223333', type: 'AWS::KMS::Key' },
    ]);
  });

  it('a wrong or missing encryption context, a flipped byte or a truncated blob is InvalidCiphertextException, audited', async () => {
    const port = createSimulatorPort();
    const { state, blob } = await encrypted(port);
    const tries: Record<string, Json>[] = [
      { CiphertextBlob: blob, EncryptionContext: { Purpose: 'other' } },
      { CiphertextBlob: blob },
      { CiphertextBlob: flipped(blob, atob(blob).length - 20), EncryptionContext: EC },
      { CiphertextBlob: btoa(atob(blob).slice(0, -1)), EncryptionContext: EC },
      // The material version is in the authenticated header: a flipped version bit fails too.
      { CiphertextBlob: flipped(blob, 7 + KEY_ARN.length), EncryptionContext: EC },
    ];
    let s = state;
    for (const params of tries) {
      const r = await callAsync(s, ALICE, 'Decrypt', params, port);
      expect(errorCode(r)).toBe('InvalidCiphertextException');
      expect(r.response).toBeUndefined();
      // The engine allowed the call: the failure is the cryptography's.
      expect(r.evaluation?.outcome).toBe('Allowed');
      expect(r.state.audit.at(-1)).toMatchObject({
        eventName: 'Decrypt',
        errorCode: 'InvalidCiphertextException',
      });
      s = r.state;
    }
  });

  it('a blob whose header names no key of the account, or bytes that are no blob, is InvalidCiphertextException before authorization', async () => {
    const port = recordingPort();
    const r = await callAsync(
      fixture(),
      ALICE,
      'Decrypt',
      { CiphertextBlob: textToBase64('not a blob at all, sorry') },
      port,
    );
    expect(errorCode(r)).toBe('InvalidCiphertextException');
    expect(r.evaluation).toBeNull();
    expect(port.jobs).toEqual([]);
  });

  it('denied calls never reach the port and never make key material', async () => {
    const port = recordingPort();
    const { blob } = await encrypted(createSimulatorPort());
    let s = fixture();
    for (const [op, params] of [
      ['Encrypt', { KeyId: KEY_ARN, Plaintext: HELLO }],
      ['GenerateDataKey', { KeyId: KEY_ARN, KeySpec: 'AES_256' }],
      ['Decrypt', { CiphertextBlob: blob, EncryptionContext: EC }],
    ] as const) {
      const r = await callAsync(s, BOB, op, { ...params }, port);
      expect(errorCode(r)).toBe('AccessDeniedException');
      expect(r.state.scenario).toBe(s.scenario);
      s = r.state;
    }
    expect(port.jobs).toEqual([]);
    expect(port.store.list(KEY_ARN)).toEqual([]);
    expect(s.audit.map((e) => e.errorCode)).toEqual(Array(3).fill('AccessDeniedException'));
  });

  it('validates blob parameters before authorization (Encrypt: 1 to 4096 bytes; base64)', async () => {
    const port = recordingPort();
    const s = fixture();
    const big = await callAsync(
      s,
      ALICE,
      'Encrypt',
      { KeyId: KEY_ARN, Plaintext: btoa('x'.repeat(4097)) },
      port,
    );
    expect(errorCode(big)).toBe('ValidationException');
    const notBase64 = await callAsync(
      s,
      ALICE,
      'Encrypt',
      { KeyId: KEY_ARN, Plaintext: 'hi' },
      port,
    );
    expect(errorCode(notBase64)).toBe('ValidationException');
    const max = await callAsync(
      s,
      ALICE,
      'Encrypt',
      { KeyId: KEY_ARN, Plaintext: btoa('x'.repeat(4096)) },
      port,
    );
    expect(errorCode(max)).toBeUndefined();
    const hugeBlob = await callAsync(
      s,
      ALICE,
      'Decrypt',
      { CiphertextBlob: btoa('x'.repeat(6145)) },
      port,
    );
    expect(errorCode(hugeBlob)).toBe('ValidationException');
    expect(port.jobs).toHaveLength(1);
  });
});
