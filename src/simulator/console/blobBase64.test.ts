/**
 * `--plaintext` and other blob options: canonical base64 is taken as it is (one regular
 * expression), anything else is read as CPython's lenient `b64decode` reads it; both give what the
 * character-by-character decoder gave (kept below as the reference).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../base64';
import { parseCommand } from './parse';

/** The character-by-character decoder, as it was. */
function reference(text: string): string | null {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out: number[] = [];
  let quad = 0;
  let pads = 0;
  let acc = 0;
  let done = false;
  for (const ch of text) {
    if (ch === '=') {
      if (quad >= 2 && quad + ++pads >= 4) {
        done = true;
        break;
      }
      continue;
    }
    const v = ALPHABET.indexOf(ch);
    if (v < 0 || ch.length !== 1) continue;
    pads = 0;
    acc = (acc << 6) | v;
    quad++;
    if (quad === 2) out.push((acc >> 4) & 255);
    else if (quad === 3) out.push((acc >> 2) & 255);
    else if (quad === 4) {
      out.push(acc & 255);
      quad = 0;
      acc = 0;
    }
  }
  if (!done && quad !== 0) return null;
  return bytesToBase64(Uint8Array.from(out));
}

const plaintext = (value: string) => {
  const p = parseCommand(`aws kms encrypt --key-id k --plaintext '${value}'`);
  return p.kind === 'call' ? p.params.Plaintext : p.kind === 'error' ? p.message.trim() : null;
};
const expected = (value: string) => reference(value) ?? `Invalid base64: "${value}"`;

describe('blob options read as base64', () => {
  it('takes the bytes of any canonical base64 as they are', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        const b64 = bytesToBase64(bytes);
        expect(plaintext(b64)).toBe(b64);
        expect(reference(b64)).toBe(b64);
      }),
      { numRuns: 1000, seed: 17 },
    );
  });

  it('reads any other text as the lenient decoder does (unused bits, stray characters, pads)', () => {
    const text = fc
      .array(
        fc.constantFrom('A', 'B', 'Q', 'R', 'g', 'h', 'z', '+', '/', '=', '-', ' ', '0', '7'),
        {
          minLength: 1,
          maxLength: 16,
        },
      )
      .map((cs) => cs.join('').trim())
      .filter((t) => t !== '' && !t.startsWith('-'));
    fc.assert(
      fc.property(text, (t) => {
        expect(plaintext(t)).toBe(expected(t));
      }),
      { numRuns: 3000, seed: 17 },
    );
    expect(plaintext('QR==')).toBe('QQ==');
    expect(plaintext('QUI=')).toBe('QUI=');
    expect(plaintext('QUJ=')).toBe('QUI=');
  });
});
