/**
 * The evaluate CLI under hostile or oversized input (hardening issue): results are streamed, a
 * bad file keeps the other files' results, --repeat is bounded, reading stops at the size limit,
 * UTF-16 files read as in the app, and nothing ends in a stack trace.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeScenarioText } from '../scenario';
import { runEvaluate, readBounded, type CliIo } from './evaluate';
import { largeScenario } from './largeScenario';

const FIX = join(__dirname, '../scenario/fixtures/conformance');

function cli(argv: string[], files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  let writes = 0;
  const io: CliIo = {
    read: (f) => (f in files ? (files[f] as string) : readFileSync(f, 'utf8')),
    out: (t) => {
      out += t;
      writes++;
    },
    err: (t) => (err += t),
  };
  return { code: runEvaluate(argv, io), out, err, writes };
}

describe('evaluate CLI at the limits', () => {
  it('prints the same pretty JSON document as before, written one result at a time', () => {
    const r = cli([join(FIX, 'V004.json'), join(FIX, 'V010.json')]);
    expect(r.out).toBe(`${JSON.stringify(JSON.parse(r.out), null, 2)}\n`);
    expect(JSON.parse(r.out).results).toHaveLength(2);
    expect(r.writes).toBeGreaterThanOrEqual(3);
  });

  it('a file that cannot be decoded keeps the other files’ results, and exits 2', () => {
    const r = cli([join(FIX, 'V004.json'), 'bad.json', join(FIX, 'V010.json')], {
      'bad.json': '{"format": ',
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.json/);
    const doc = JSON.parse(r.out);
    expect(doc.results.map((x: { file: string }) => x.file)).toEqual([
      join(FIX, 'V004.json'),
      join(FIX, 'V010.json'),
    ]);
  });

  it('refuses an unbounded --repeat with a message (exit 2)', () => {
    for (const v of ['1e20', '1000001', '0', 'x']) {
      const r = cli(['--repeat', v, join(FIX, 'V004.json')]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--repeat needs a whole number from 1 to 1,000,000/);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('a scenario with many requests and statements streams out without building one huge string', () => {
    const s = largeScenario(19, 100); // near the 2,000-statement limit
    const many = {
      ...s,
      requests: Array.from({ length: 200 }, (_, i) => s.requests[i % s.requests.length]!),
    };
    const r = cli(['big.json'], {
      'big.json': encodeScenarioText({
        ...many,
        requests: many.requests.map((q, i) => ({ ...q, id: `r${i}` })),
      }),
    });
    expect(r.code).not.toBe(2);
    expect(r.writes).toBeGreaterThan(200);
    expect(JSON.parse(r.out).results).toHaveLength(200);
  }, 120_000);

  it('reading stops at the size limit (an endless /dev/zero is refused, not read forever)', () => {
    expect(() => readBounded('/dev/zero')).toThrow(/larger than the 1 MB limit/);
  });

  it('reads a UTF-16 file with its byte order mark, as the app does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kms-cli-'));
    const text = readFileSync(join(FIX, 'V004.json'), 'utf8');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    writeFileSync(join(dir, 'utf16.json'), bytes);
    expect(readBounded(join(dir, 'utf16.json'))).toBe(text);
  });
});
