import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';

describe('base64url', () => {
  it('matches the RFC 4648 test vectors (url alphabet, no padding)', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(encodeBase64url(new TextEncoder().encode(plain))).toBe(encoded);
    }
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('agrees with Node for any bytes, and decodes what it encodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const encoded = encodeBase64url(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
        const back = decodeBase64url(encoded);
        expect(back.ok && [...back.bytes]).toEqual([...bytes]);
      }),
    );
  });

  it('tolerates trailing padding', () => {
    const back = decodeBase64url('Zm8=');
    expect(back.ok && new TextDecoder().decode(back.bytes)).toBe('fo');
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(decodeBase64url('Zm9v+g')).toEqual({
      ok: false,
      offset: 4,
      reason: 'character "+" is not allowed in base64url',
    });
    expect(decodeBase64url('Zm9vé')).toMatchObject({ ok: false, offset: 4 });
    expect(decodeBase64url('Zm9vY')).toMatchObject({
      ok: false,
      reason: 'the data is cut short (its length is not possible for base64url)',
    });
  });
});
