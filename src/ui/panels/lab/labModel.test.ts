import { describe, expect, it } from 'vitest';
import {
  encryptSteps,
  failureText,
  flipByte,
  formatBytes,
  hexRows,
  plaintextText,
  SHOW_PLAINTEXT,
} from './labModel';

describe('labModel', () => {
  it('draws the four steps from the result', () => {
    const ok = encryptSteps({ ok: true, outcome: 'Allowed' }, 10, 300);
    expect(ok.map((s) => s.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    const said =
      'An error occurred (AccessDeniedException) when calling the GenerateDataKey operation: no';
    const denied = encryptSteps(
      { ok: false, outcome: 'AccessDeniedException', message: said },
      10,
      null,
    );
    expect(denied.map((s) => s.status)).toEqual(['failed', 'skipped', 'skipped', 'skipped']);
    expect(denied[0]?.detail).toBe(said);
    const stopped = encryptSteps(
      { ok: false, outcome: 'Allowed', message: 'Cancelled.' },
      10,
      null,
    );
    expect(stopped.map((s) => s.status)).toEqual(['ok', 'failed', 'skipped', 'skipped']);
  });

  it('cuts hex rows with offsets and flips one bit in a copy', () => {
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => i);
    const rows = hexRows(bytes, 35, 16);
    expect(rows.map((r) => [r.offset, r.bytes.length])).toEqual([
      [0, 16],
      [16, 16],
      [32, 3],
    ]);
    const flipped = flipByte(bytes, 3);
    expect(flipped[3]).toBe(2);
    expect(bytes[3]).toBe(3);
    expect(flipByte(flipped, 3)).toEqual(bytes);
  });

  it('names the failure', () => {
    expect(
      failureText({
        ok: false,
        outcome: 'InvalidCiphertextException',
        message: 'x',
        evaluation: null,
        envelopeError: 'HeaderAuthenticationFailed',
      }),
    ).toMatch(/^InvalidCiphertextException \(HeaderAuthenticationFailed\): the header/);
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });

  it('shows plaintext as text, binary as hex, and says when it is cut', () => {
    expect(plaintextText(new TextEncoder().encode('Order 1001'), 10)).toBe('Order 1001');
    expect(plaintextText(Uint8Array.from([0xff, 0x00, 0x10]), 3)).toBe('(binary) ff 00 10');
    const long = new Uint8Array(SHOW_PLAINTEXT + 10).fill(0x61);
    expect(plaintextText(long, 5_000_000)).toBe(
      `${'a'.repeat(SHOW_PLAINTEXT)}… (5000000 bytes in all)`,
    );
  });
});
