import { describe, expect, it } from 'vitest';
import { decodeScenarioText } from './decodeText';
import { decodeTextBytes } from './textBytes';

const json = '{"format":"kms-playground/scenario","version":1,"title":"Zoë"}';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeTextBytes', () => {
  it('reads UTF-8 with or without a BOM and UTF-16 with its BOM, both byte orders', () => {
    const utf8 = new TextEncoder().encode(json);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    for (const bytes of [utf8, withBom, utf16(json, true), utf16(json, false)]) {
      const decoded = decodeScenarioText(decodeTextBytes(bytes));
      expect(decoded.ok && decoded.scenario.title).toBe('Zoë');
    }
  });
});
