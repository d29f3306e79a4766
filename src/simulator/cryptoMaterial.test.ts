/**
 * Key material through the crypto port (real WebCrypto): rotation versions, per-session and demo
 * material, data keys and ReEncrypt.
 */
import { describe, expect, it } from 'vitest';
import { createSimulatorPort } from '../crypto/simulatorPort';
import { KEY_ARN, fixture } from './testing';
import { EC, HELLO, callerVia, encrypted, errorCode } from './testing/crypto';
import type { SimulatorState } from './types';

describe('key material, data keys and ReEncrypt through the crypto port', () => {
  it('after a rotation new blobs use the new material version and old blobs still decrypt', async () => {
    const port = createSimulatorPort();
    const alice = callerVia(port);
    const first = await encrypted(port);
    const rotated = await alice(first.state, 'RotateKeyOnDemand', { KeyId: KEY_ARN });
    expect(rotated.error).toBeUndefined();
    const second = await encrypted(port, rotated.state);
    expect(port.inspect(second.blob)?.materialVersion).toBe(2);
    for (const blob of [first.blob, second.blob]) {
      const d = await alice(second.state, 'Decrypt', {
        CiphertextBlob: blob,
        EncryptionContext: EC,
      });
      expect(d.response?.Plaintext).toBe(HELLO);
    }
  });

  it('random material is per port (page session); demo material decrypts in a new session', async () => {
    const { state, blob } = await encrypted(createSimulatorPort());
    const later = await callerVia(createSimulatorPort())(state, 'Decrypt', {
      CiphertextBlob: blob,
      EncryptionContext: EC,
    });
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
    const elsewhere = await callerVia(createSimulatorPort())(made.state, 'Decrypt', {
      CiphertextBlob: made.blob,
      EncryptionContext: EC,
    });
    expect(elsewhere.response?.Plaintext).toBe(HELLO);
  });

  it('GenerateDataKey returns a data key and its blob; the blob decrypts to the same key; WithoutPlaintext returns no plaintext', async () => {
    const port = createSimulatorPort();
    const alice = callerVia(port);
    const g = await alice(fixture(), 'GenerateDataKey', { KeyId: KEY_ARN, KeySpec: 'AES_128' });
    const key = String(g.response?.Plaintext);
    expect(atob(key)).toHaveLength(16);
    const d = await alice(g.state, 'Decrypt', {
      CiphertextBlob: String(g.response?.CiphertextBlob),
    });
    expect(d.response?.Plaintext).toBe(key);
    const w = await alice(d.state, 'GenerateDataKeyWithoutPlaintext', {
      KeyId: KEY_ARN,
      NumberOfBytes: 64,
    });
    expect(Object.keys(w.response ?? {})).toEqual(['CiphertextBlob', 'KeyId']);
    const dw = await alice(w.state, 'Decrypt', {
      CiphertextBlob: String(w.response?.CiphertextBlob),
    });
    expect(atob(String(dw.response?.Plaintext))).toHaveLength(64);
    const both = await alice(w.state, 'GenerateDataKey', {
      KeyId: KEY_ARN,
      KeySpec: 'AES_256',
      NumberOfBytes: 32,
    });
    expect(errorCode(both)).toBe('ValidationException');
  });

  it('ReEncrypt moves a blob to another key without returning plaintext; Decrypt naming the wrong key is IncorrectKeyException', async () => {
    const port = createSimulatorPort();
    const alice = callerVia(port);
    const created = await alice(fixture(), 'CreateKey', {});
    const other = String((created.response?.KeyMetadata as { Arn: string }).Arn);
    const { state, blob } = await encrypted(port, created.state);
    const re = await alice(state, 'ReEncrypt', {
      CiphertextBlob: blob,
      SourceEncryptionContext: EC,
      DestinationKeyId: other,
    });
    expect(re.response).toMatchObject({ SourceKeyId: KEY_ARN, KeyId: other });
    expect(re.response).not.toHaveProperty('Plaintext');
    const moved = String(re.response?.CiphertextBlob);
    expect(port.inspect(moved)?.keyArn).toBe(other);
    const d = await alice(re.state, 'Decrypt', { CiphertextBlob: moved });
    expect(d.response).toMatchObject({ KeyId: other, Plaintext: HELLO });
    // Decrypt: a KeyId that is not the key that encrypted the blob fails (IncorrectKeyException).
    const wrong = await alice(re.state, 'Decrypt', { CiphertextBlob: moved, KeyId: KEY_ARN });
    expect(errorCode(wrong)).toBe('IncorrectKeyException');
  });
});
