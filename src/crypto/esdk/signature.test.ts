/** ECDSA P-384 helpers of suite 0x0578: point compression, DER, and the signed footer. */
import { describe, expect, it } from 'vitest';
import { utf8 } from '../bytes';
import { playgroundKeyring } from '../testing/sdk';
import { decryptMessage, encryptMessage } from './message';
import { compressPoint, decompressPoint, derToRaw, rawToDer, newSigner } from './signature';

describe('P-384 points and signatures', () => {
  it('compression round-trips through decompression for fresh keys', async () => {
    for (let i = 0; i < 5; i++) {
      const { publicKey } = await newSigner();
      expect(publicKey).toHaveLength(49);
      const point = decompressPoint(publicKey);
      expect(point && compressPoint(point)).toEqual(publicKey);
    }
  });

  it('rejects points that are not on the curve or badly prefixed', () => {
    expect(decompressPoint(new Uint8Array(49).fill(0xff))).toBeNull();
    expect(decompressPoint(Uint8Array.of(4, ...new Uint8Array(48)))).toBeNull();
  });

  it('DER encoding round-trips, including leading zeros and high bits', () => {
    const raw = new Uint8Array(96);
    raw[0] = 0x80;
    raw[48 + 5] = 0x7f;
    const der = rawToDer(raw);
    expect(der[0]).toBe(0x30);
    expect(derToRaw(der)).toEqual(raw);
    expect(derToRaw(der.subarray(1))).toBeNull();
  });
});

describe('0x0578 messages', () => {
  it('a flipped footer byte, a truncated or extended footer fail as SignatureInvalid', async () => {
    const keyring = await playgroundKeyring();
    const m = await encryptMessage({ keyring, plaintext: utf8('signed'), suiteId: 0x0578 });
    expect((await decryptMessage(m, keyring)).ok).toBe(true);
    const flipped = m.slice();
    flipped[m.length - 3] = (flipped[m.length - 3] ?? 0) ^ 1;
    for (const bad of [flipped, m.subarray(0, m.length - 1), new Uint8Array([...m, 0])])
      expect(await decryptMessage(bad, keyring)).toEqual({ ok: false, error: 'SignatureInvalid' });
  });
});
