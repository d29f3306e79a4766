import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn, scanJson } from './jsonScan';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON texts with one random character inserted, removed or replaced: mostly near-misses. */
const nearlyJson = fc
  .tuple(
    fc
      .tuple(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(0, 2))
      .map(([v, indent]) => JSON.stringify(v, null, indent)),
    fc.nat(),
    fc.constantFrom('insert', 'remove', 'replace'),
    fc.constantFrom(...'{}[]:,"\\ \n\t0-+.eEtfnu1aZ\u0001'),
  )
  .map(([text, at, op, c]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (op === 'insert') return text.slice(0, i) + c + text.slice(i);
    if (op === 'remove') return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + c + text.slice(i + 1);
  });

describe('scanJson', () => {
  it('accepts every JSON text JSON.stringify makes', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => scanJson(JSON.stringify(v), 1000).ok));
  });

  it('agrees with JSON.parse on near-miss texts and arbitrary strings', () => {
    fc.assert(
      fc.property(nearlyJson, (text) => scanJson(text, 1000).ok === parses(text)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => scanJson(text, 1000).ok === parses(text)),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['', 0, 'no JSON value (the text is empty)'],
    [
      '{"a":1,}',
      7,
      'expected a property name in double quotes, found "}" (a comma before a closing brace is not allowed)',
    ],
    [
      '[1,2,]',
      5,
      'expected a JSON value, found "]" (a comma before a closing bracket is not allowed)',
    ],
    ['{"a" 1}', 5, 'expected \':\' after the property name, found "1"'],
    ['{"a":1', 6, "unexpected end of text: '}' is missing"],
    ['"abc', 0, 'string is not closed'],
    ['"a\\qb"', 2, 'bad escape "\\\\q" in string'],
    ['{} {}', 3, 'unexpected text after the end of the JSON value'],
    ['[01]', 2, "expected ',' or ']', found \"1\""],
    ["{'a':1}", 1, 'expected a property name in double quotes, found "\'"'],
  ])('%j fails at offset %i: %s', (text, offset, reason) => {
    expect(scanJson(text, 64)).toEqual({ ok: false, kind: 'syntax', offset, reason });
  });

  it('stops at the first container past the depth limit', () => {
    expect(scanJson('[[[]]]', 3)).toEqual({ ok: true });
    expect(scanJson('[[[[]]]]', 3)).toMatchObject({ ok: false, kind: 'depth', offset: 3 });
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    const text = 'ab\ncd\r\nef';
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn(text, 8)).toEqual({ line: 3, column: 2 });
  });
});
