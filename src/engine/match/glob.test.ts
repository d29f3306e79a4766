import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob, compileGlobParts, hasWildcard } from './glob';

describe('compileGlob', () => {
  it('* matches any run of characters including none (S26 IAM Action element: wildcards)', () => {
    const m = compileGlob('kms:Generate*');
    expect(m('kms:GenerateDataKey')).toBe(true);
    expect(m('kms:Generate')).toBe(true);
    expect(m('kms:Decrypt')).toBe(false);
    expect(compileGlob('*')('')).toBe(true);
    expect(compileGlob('*')('anything at all')).toBe(true);
  });

  it('? matches exactly one character (S32 StringLike: single-character wildcard)', () => {
    const m = compileGlob('key/?');
    expect(m('key/a')).toBe(true);
    expect(m('key/')).toBe(false);
    expect(m('key/ab')).toBe(false);
  });

  it('a pattern without wildcards is an exact, case-sensitive match (S32 StringLike is case-sensitive)', () => {
    const m = compileGlob('alias/Finance');
    expect(m('alias/Finance')).toBe(true);
    expect(m('alias/finance')).toBe(false);
    expect(compileGlob('')('')).toBe(true);
    expect(compileGlob('')('x')).toBe(false);
  });

  it('ignoreCase folds pattern and input (S26: action names are case-insensitive)', () => {
    expect(compileGlob('KMS:decrypt', true)('kms:Decrypt')).toBe(true);
    expect(compileGlob('kms:*KEY*', true)('kms:GenerateDataKeyPair')).toBe(true);
    expect(compileGlob('kms:Re?ncrypt*', true)('KMS:REENCRYPTFROM')).toBe(true);
    expect(compileGlob('kms:Re?ncrypt*', false)('KMS:REENCRYPTFROM')).toBe(false);
  });

  it('prefix, suffix and infix shapes and general patterns agree with a reference matcher (S26 wildcards)', () => {
    const patterns = [
      'a*',
      '*a',
      '*a*',
      'a*b',
      '*a*b*',
      'a?c*',
      '?',
      '**',
      'a**b',
      '*?*',
      '.+()[]$^',
    ];
    const inputs = ['', 'a', 'b', 'ab', 'ba', 'abc', 'axxb', 'aXc', 'acb', '.+()[]$^', 'a\nb'];
    for (const p of patterns) {
      const re = new RegExp(
        '^' +
          p
            .replace(/[.+()[\]$^]/g, '\\$&')
            .replace(/\*/g, '[\\s\\S]*')
            .replace(/\?/g, '[\\s\\S]') +
          '$',
      );
      const m = compileGlob(p);
      for (const s of inputs) expect(m(s), `${p} vs ${JSON.stringify(s)}`).toBe(re.test(s));
    }
  });

  it('stays fast on patterns that make backtracking regular expressions explode (S27 wildcards in user patterns)', () => {
    const m = compileGlob('*a*a*a*a*a*a*a*a*a*a*b');
    expect(m('a'.repeat(5000))).toBe(false);
    expect(m('a'.repeat(50) + 'b')).toBe(true);
  });
});

describe('compileGlobParts', () => {
  it('literal pieces keep * and ? as characters (S33 policy variables: ${*} and ${?} are literal)', () => {
    const m = compileGlobParts([
      { text: 'team-', literal: false },
      { text: '*', literal: true },
      { text: '-?', literal: false },
    ]);
    expect(m('team-*-x')).toBe(true);
    expect(m('team-abc-x')).toBe(false);
    expect(m('team-*-')).toBe(false);
  });
});

describe('hasWildcard', () => {
  it('detects * and ? (S32 StringLike wildcards)', () => {
    expect(hasWildcard('a*')).toBe(true);
    expect(hasWildcard('a?')).toBe(true);
    expect(hasWildcard('abc')).toBe(false);
  });
});

/** The textbook dynamic-programming matcher: obviously right, quadratic, for comparison only. */
function reference(pattern: string, s: string): boolean {
  const p = [...pattern];
  const t = [...s];
  let row = new Array<boolean>(t.length + 1).fill(false);
  row[0] = true;
  for (const pc of p) {
    const next = new Array<boolean>(t.length + 1).fill(false);
    if (pc === '*') {
      next[0] = row[0] as boolean;
      for (let j = 1; j <= t.length; j++) next[j] = (row[j] as boolean) || (next[j - 1] as boolean);
    } else {
      for (let j = 1; j <= t.length; j++)
        next[j] = (row[j - 1] as boolean) && (pc === '?' || pc === t[j - 1]);
    }
    row = next;
  }
  return row[t.length] as boolean;
}

describe('compileGlob against a reference matcher (S26/S32 wildcards)', () => {
  it('agrees on generated patterns and inputs over a small alphabet, with and without case folding', () => {
    const pattern = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '*', '?'), maxLength: 12 });
    const input = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'c'), maxLength: 24 });
    fc.assert(
      fc.property(pattern, input, (p, s) => {
        expect(compileGlob(p)(s)).toBe(reference(p, s));
        expect(compileGlob(p, true)(s)).toBe(reference(p.toLowerCase(), s.toLowerCase()));
      }),
      { numRuns: 4000 },
    );
  });

  it('agrees on long segments with ? (more than 32 characters between stars)', () => {
    const seg = 'a'.repeat(40) + '?' + 'a'.repeat(30) + 'b';
    for (const p of [`*${seg}*`, `?*${seg}`, `x*${seg}*y`]) {
      for (const s of [
        'a'.repeat(200),
        'a'.repeat(100) + 'b',
        'x' + 'a'.repeat(80) + 'b' + 'y',
        'x' + 'a'.repeat(40) + 'Q' + 'a'.repeat(30) + 'by',
      ])
        expect(compileGlob(p)(s), `${p} vs ${s}`).toBe(reference(p, s));
    }
  });

  it('answers the hostile shape from the hardening issue (?*aaaa…b against aaaa…) correctly', () => {
    const p = '?*' + 'a'.repeat(1000) + 'b';
    expect(compileGlob(p)('a'.repeat(100_000))).toBe(false);
    expect(compileGlob(p)('a'.repeat(100_000) + 'b')).toBe(true);
    const q = '*a?' + 'a'.repeat(500) + '*b*';
    expect(compileGlob(q)('a'.repeat(100_000))).toBe(false);
    expect(compileGlob(q)('a'.repeat(100_000) + 'b')).toBe(true);
  });
});
