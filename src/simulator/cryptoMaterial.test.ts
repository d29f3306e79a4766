/**
 * Key material through the crypto port (real WebCrypto): rotation versions, per-session and demo
 * material, data keys and ReEncrypt.
 */
import { describe, expect, it } from 'vitest';
import { createSimulatorPort } from '../crypto/simulatorPort';
import { textToBase64 } from './base64';
import { callAsync } from './call';
import type { CryptoPort } from './cryptoPort';
import { ALICE, KEY_ARN, fixture } from './testing';
import type { CallResult, SimulatorState } from './types';

const HELLO = textToBase64('attack at dawn');
const EC = { Purpose: 'test' };

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

const errorCode = (r: CallResult) => r.error?.code;

describe('key material, data keys and ReEncrypt through the crypto port', () => {
  it('after a rotation new blobs use the new material version and old blobs still decrypt', async () => {
    const port = createSimulatorPort();
    const first = await encrypted(port);
    const rotated = await callAsync(
      first.state,
      ALICE,
      'RotateKeyOnDemand',
      { KeyId: KEY_ARN },
      port,
    );
    expect(rotated.error).toBeUndefined();
    const second = await encrypted(port, rotated.state);
    expect(port.inspect(second.blob)?.materialVersion).toBe(2);
    for (const blob of [first.blob, second.blob]) {
      const d = await callAsync(
        second.state,
        ALICE,
        'Decrypt',
        { CiphertextBlob: blob, EncryptionContext: EC },
        port,
      );
      expect(d.response?.Plaintext).toBe(HELLO);
    }
  });

  it('random material is per port (page session); demo material decrypts in a new session', async () => {
    const { state, blob } = await encrypted(createSimulatorPort());
    const later = await callAsync(
      state,
      ALICE,
      'Decrypt',
      { CiphertextBlob: blob, EncryptionContext: EC },
      createSimulatorPort(),
    );
    expect(errorCode(later)).toBe('InvalidCiphertextException');

    const demo = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
    const withDemo: SimulatorState = {
      ...state,
      scenario: {
        ...state.scenario,
        keys: state.scenario.keys.map((k) =>
          k.arn === KEY_ARN ? { ...k, demoMaterial: [demo] } : k,
        ),
      },
    };
    const made = await encrypted(createSimulatorPort(), withDemo);
    const elsewhere = await callAsync(
      made.state,
      ALICE,
      'Decrypt',
      { CiphertextBlob: made.blob, EncryptionContext: EC },
      createSimulatorPort(),
    );
    expect(elsewhere.response?.Plaintext).toBe(HELLO);
  });

  it('GenerateDataKey returns a data key and its blob; the blob decrypts to the same key; WithoutPlaintext returns no plaintext', async () => {
    const port = createSimulatorPort();
    const g = await callAsync(
      fixture(),
      ALICE,
      'GenerateDataKey',
      { KeyId: KEY_ARN, KeySpec: 'AES_128' },
      port,
    );
    const key = String(g.response?.Plaintext);
    expect(atob(key)).toHaveLength(16);
    const d = await callAsync(
      g.state,
      ALICE,
      'Decrypt',
      { CiphertextBlob: String(g.response?.CiphertextBlob) },
      port,
    );
    expect(d.response?.Plaintext).toBe(key);
    const w = await callAsync(
      d.state,
      ALICE,
      'GenerateDataKeyWithoutPlaintext',
      { KeyId: KEY_ARN, NumberOfBytes: 64 },
      port,
    );
    expect(Object.keys(w.response ?? {})).toEqual(['CiphertextBlob', 'KeyId']);
    const dw = await callAsync(
      w.state,
      ALICE,
      'Decrypt',
      { CiphertextBlob: String(w.response?.CiphertextBlob) },
      port,
    );
    expect(atob(String(dw.response?.Plaintext))).toHaveLength(64);
    const both = await callAsync(
      w.state,
      ALICE,
      'GenerateDataKey',
      { KeyId: KEY_ARN, KeySpec: 'AES_256', NumberOfBytes: 32 },
      port,
    );
    expect(errorCode(both)).toBe('ValidationException');
  });

  it('ReEncrypt moves a blob to another key without returning plaintext; Decrypt naming the wrong key is IncorrectKeyException', async () => {
    const port = createSimulatorPort();
    const created = await callAsync(fixture(), ALICE, 'CreateKey', {}, port);
    const other = String((created.response?.KeyMetadata as { Arn: string }).Arn);
    const { state, blob } = await encrypted(port, created.state);
    const re = await callAsync(
      state,
      ALICE,
      'ReEncrypt',
      { CiphertextBlob: blob, SourceEncryptionContext: EC, DestinationKeyId: other },
      port,
    );
    expect(re.response).toMatchObject({ SourceKeyId: KEY_ARN, KeyId: other });
    expect(re.response).not.toHaveProperty('Plaintext');
    const moved = String(re.response?.CiphertextBlob);
    expect(port.inspect(moved)?.keyArn).toBe(other);
    const d = await callAsync(re.state, ALICE, 'Decrypt', { CiphertextBlob: moved }, port);
    expect(d.response).toMatchObject({ KeyId: other, Plaintext: HELLO });
    // Decrypt: a KeyId that is not the key that encrypted the blob fails (IncorrectKeyException).
    const wrong = await callAsync(
      re.state,
      ALICE,
      'Decrypt',
      { CiphertextBlob: moved, KeyId: KEY_ARN },
      port,
    );
    expect(errorCode(wrong)).toBe('IncorrectKeyException');
  });
});
