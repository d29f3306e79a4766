/**
 * The asynchronous call path with real cryptography (src/crypto/simulatorPort.ts on Node's
 * WebCrypto, no mocks): what KMS returns, what it refuses, and that key material is touched only
 * by allowed calls.
 */
import { describe, expect, it } from 'vitest';
import { createSimulatorPort } from '../crypto/simulatorPort';
import type { Json } from '../scenario/types';
import { textToBase64 } from './base64';
import { BOB, KEY_ARN, fixture } from './testing';
import { EC, HELLO, b64, callerVia, encrypted, errorCode, recordingPort } from './testing/crypto';

/** Flips one bit of byte `i` of a base64 blob. */
function flipped(blob: string, i: number): string {
  const bytes = b64(blob);
  bytes[i] = (bytes[i] ?? 0) ^ 1;
  return btoa(String.fromCharCode(...bytes));
}

describe('real cryptography through the crypto port', () => {
  it('Encrypt returns a base64 blob that Decrypt opens to the same plaintext, with the key from the blob', async () => {
    const port = recordingPort();
    const alice = callerVia(port);
    const { state, blob } = await encrypted(port);
    expect(blob).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(port.inspect(blob)).toEqual({ keyArn: KEY_ARN, materialVersion: 1 });
    // Decrypt needs no KeyId for a symmetric key: KMS reads it from the ciphertext (Decrypt API reference).
    const d = await alice(state, 'Decrypt', { CiphertextBlob: blob, EncryptionContext: EC });
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
    const alice = callerVia(port);
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
      const r = await alice(s, 'Decrypt', params);
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
    const alice = callerVia(port);
    const r = await alice(fixture(), 'Decrypt', {
      CiphertextBlob: textToBase64('not a blob at all, sorry'),
    });
    expect(errorCode(r)).toBe('InvalidCiphertextException');
    expect(r.evaluation).toBeNull();
    expect(port.jobs).toEqual([]);
  });

  it('denied calls never reach the port and never make key material', async () => {
    const port = recordingPort();
    const bob = callerVia(port, BOB);
    const { blob } = await encrypted(createSimulatorPort());
    let s = fixture();
    for (const [op, params] of [
      ['Encrypt', { KeyId: KEY_ARN, Plaintext: HELLO }],
      ['GenerateDataKey', { KeyId: KEY_ARN, KeySpec: 'AES_256' }],
      ['Decrypt', { CiphertextBlob: blob, EncryptionContext: EC }],
    ] as const) {
      const r = await bob(s, op, { ...params });
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
    const alice = callerVia(port);
    const s = fixture();
    const big = await alice(s, 'Encrypt', { KeyId: KEY_ARN, Plaintext: btoa('x'.repeat(4097)) });
    expect(errorCode(big)).toBe('ValidationException');
    const notBase64 = await alice(s, 'Encrypt', { KeyId: KEY_ARN, Plaintext: 'hi' });
    expect(errorCode(notBase64)).toBe('ValidationException');
    const max = await alice(s, 'Encrypt', { KeyId: KEY_ARN, Plaintext: btoa('x'.repeat(4096)) });
    expect(errorCode(max)).toBeUndefined();
    const hugeBlob = await alice(s, 'Decrypt', { CiphertextBlob: btoa('x'.repeat(6145)) });
    expect(errorCode(hugeBlob)).toBe('ValidationException');
    expect(port.jobs).toHaveLength(1);
  });
});
