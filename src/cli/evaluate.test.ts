import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../lessons/patch';
import { runEvaluate, type CliIo } from './evaluate';

const FIX = join(__dirname, '../scenario/fixtures/conformance');

function cli(argv: string[], files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    read: (f) => {
      if (f in files) return files[f] as string;
      return readFileSync(f, 'utf8');
    },
    out: (t) => (out += t),
    err: (t) => (err += t),
  };
  const code = runEvaluate(argv, io);
  return { code, out, err };
}

describe('evaluate CLI', () => {
  it('prints one JSON document with results and diagnostics, exit 0 when expectations are met', () => {
    const r = cli([join(FIX, 'V004.json')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.results).toHaveLength(1);
    expect(doc.results[0]).toMatchObject({
      request: 'V004',
      outcome: 'Allowed',
      decision: 'Allow',
      expectation: 'met',
    });
    expect(Array.isArray(doc.diagnostics)).toBe(true);
  });

  it('exits 1 when an expectation fails', () => {
    const s = JSON.parse(readFileSync(join(FIX, 'V004.json'), 'utf8'));
    s.requests[0].expect = { outcome: 'AccessDeniedException' };
    const r = cli(['x.json'], { 'x.json': JSON.stringify(s) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).results[0].expectation).toBe('failed');
  });

  it('exits 2 with a message on stderr when a file cannot be decoded', () => {
    const r = cli(['bad.json'], { 'bad.json': '{"format": "kms-playground/scenario", ' });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/bad\.json/);
  });

  it('exits 2 when a file cannot be read', () => {
    const r = cli(['/nonexistent/file.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read/);
  });

  it('names the file of each result when several files are given', () => {
    const a = join(FIX, 'V002.json');
    const b = join(FIX, 'V004.json');
    const doc = JSON.parse(cli([a, b]).out);
    expect(doc.results.map((x: { file: string }) => x.file)).toEqual([a, b]);
  });

  it('--repeat prints the usual results and one JSON line of figures on stderr', () => {
    const r = cli([join(FIX, 'V004.json'), '--repeat', '50']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).results[0].outcome).toBe('Allowed');
    const stats = JSON.parse(r.err.trim());
    expect(stats.evaluations).toBe(50);
    expect(stats.evalsPerSec).toBeGreaterThan(0);
  });

  it('--fixes adds ranked fixes { summary, patch, sideEffects } to every AccessDeniedException result', () => {
    const denied = join(FIX, 'V002.json');
    const allowed = join(FIX, 'V004.json');
    const r = cli([denied, allowed, '--fixes']);
    expect(r.code).toBe(0);
    const [d, a] = JSON.parse(r.out).results;
    expect(d.outcome).toBe('AccessDeniedException');
    expect(d.fixes.length).toBeGreaterThan(0);
    for (const f of d.fixes) {
      expect(Object.keys(f)).toEqual(['summary', 'patch', 'sideEffects']);
      expect(f.summary).toMatch(/^[A-Z].*\.$/);
      expect(f.patch[0]).toMatchObject({ op: expect.stringMatching(/^(add|replace|remove)$/) });
    }
    expect(d.fixes[0].summary).toMatch(/key policy/);
    expect(a.outcome).toBe('Allowed');
    expect(a).not.toHaveProperty('fixes');
    // Without the flag the output is unchanged.
    expect(JSON.parse(cli([denied]).out).results[0]).not.toHaveProperty('fixes');
  });

  it('--fixes: every patch applies to the file and makes the request Allowed', () => {
    const file = join(FIX, 'V107.json');
    const [res] = JSON.parse(cli([file, '--fixes']).out).results;
    expect(res.fixes.length).toBeGreaterThan(0);
    for (const f of res.fixes) {
      const patched = applyChanges(JSON.parse(readFileSync(file, 'utf8')), f.patch);
      const r = cli(['patched.json'], { 'patched.json': JSON.stringify(patched) });
      expect(JSON.parse(r.out).results[0].outcome).toBe('Allowed');
    }
  });

  it('rejects a bad --repeat value and unknown options with exit 2', () => {
    expect(cli(['--repeat', 'x', 'a.json']).code).toBe(2);
    expect(cli(['--nope', 'a.json']).code).toBe(2);
    expect(cli([]).code).toBe(2);
  });

  it('reads a scenario from stdin with "-" when run as a program', () => {
    const text = readFileSync(join(FIX, 'V002.json'), 'utf8');
    const tsx = join(__dirname, '../../node_modules/.bin/tsx');
    const out = execFileSync(tsx, [join(__dirname, 'evaluate.ts'), '-'], {
      input: text,
      encoding: 'utf8',
    });
    expect(JSON.parse(out).results[0]).toMatchObject({
      outcome: 'AccessDeniedException',
      decision: 'ImplicitDeny',
    });
    const bad = spawnSync(tsx, [join(__dirname, 'evaluate.ts'), '-'], {
      input: 'not json',
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  }, 30_000);
});
