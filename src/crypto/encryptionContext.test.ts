/**
 * Message format reference, "AAD" / "Key-Value Pairs": the serialised context's length, its pair
 * count and every key and value length are uint16 fields. A context that does not fit is refused
 * with the reason, never written with a wrapped length; any number of pairs stays off the stack.
 */
import { describe, expect, it } from 'vitest';
import {
  contextProblem,
  MAX_CONTEXT_BYTES,
  parseContext,
  serializeContext,
} from './encryptionContext';

/** A context whose serialised form is exactly `bytes` long (one pair). */
const sized = (bytes: number) => ({ k: 'v'.repeat(bytes - 2 - 4 - 1) });

describe('encryption contexts the message format cannot hold', () => {
  it('accepts a context of exactly 65,535 serialised bytes and reads it back', () => {
    const ctx = sized(MAX_CONTEXT_BYTES);
    expect(contextProblem(ctx)).toBeNull();
    const bytes = serializeContext(ctx);
    expect(bytes.length).toBe(MAX_CONTEXT_BYTES);
    expect(parseContext(bytes)).toEqual(ctx);
  });

  it('refuses one byte more, a 70 KB value and 70,000 pairs, with the reason', () => {
    const many = Object.fromEntries(Array.from({ length: 70_000 }, (_, i) => [`k${i}`, 'v']));
    for (const ctx of [sized(MAX_CONTEXT_BYTES + 1), { big: 'x'.repeat(70_000) }, many]) {
      expect(contextProblem(ctx)).toMatch(/too large|too many pairs/);
      expect(() => serializeContext(ctx)).toThrow(RangeError);
    }
  });
});
