/**
 * A single-pass, non-recursive JSON syntax check that also bounds nesting depth. It runs before
 * `JSON.parse` for two reasons: a 10,000-deep `[[[[...` must be refused without touching the call
 * stack, and `JSON.parse` error messages differ between engines (V8 often gives no position at
 * all), while the editor and the CLI need a line and column.
 */

/** Where and why a JSON text is not acceptable. */
export type ScanResult =
  { ok: true } | { ok: false; kind: 'syntax' | 'depth'; offset: number; reason: string };

type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9A-Fa-f]{4}$/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERALS = ['true', 'false', 'null'];

class Fail {
  constructor(
    readonly kind: 'syntax' | 'depth',
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** Checks that `text` is one JSON value nested at most `maxDepth` containers deep. */
export function scanJson(text: string, maxDepth: number): ScanResult {
  try {
    scan(text, maxDepth);
    return { ok: true };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, kind: e.kind, offset: e.offset, reason: e.reason };
    throw e;
  }
}

function scan(text: string, maxDepth: number): void {
  const closers: string[] = [];
  let state: State = 'value';
  let i = 0;
  const afterValue = (): State => (closers.length === 0 ? 'end' : 'commaOrClose');

  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
    if (i >= text.length) {
      if (state === 'end') return;
      throw new Fail('syntax', i, endReason(state, closers));
    }
    const c = text.charAt(i);
    if (state === 'end') {
      throw new Fail('syntax', i, 'unexpected text after the end of the JSON value');
    }
    if (state === 'colon') {
      if (c !== ':') {
        throw new Fail('syntax', i, `expected ':' after the property name, found ${show(c)}`);
      }
      i += 1;
      state = 'value';
    } else if (state === 'commaOrClose') {
      const closer = closers[closers.length - 1];
      if (c === ',') {
        i += 1;
        state = closer === '}' ? 'key' : 'value';
      } else if (c === closer) {
        i += 1;
        closers.pop();
        state = afterValue();
      } else {
        throw new Fail('syntax', i, `expected ',' or '${closer}', found ${show(c)}`);
      }
    } else if ((state === 'keyOrClose' && c === '}') || (state === 'valueOrClose' && c === ']')) {
      i += 1;
      closers.pop();
      state = afterValue();
    } else if (state === 'key' || state === 'keyOrClose') {
      if (c !== '"') {
        const hint = c === '}' ? ' (a comma before a closing brace is not allowed)' : '';
        throw new Fail(
          'syntax',
          i,
          `expected a property name in double quotes, found ${show(c)}${hint}`,
        );
      }
      i = scanString(text, i);
      state = 'colon';
    } else if (c === '{' || c === '[') {
      if (closers.length >= maxDepth) {
        throw new Fail('depth', i, `nesting is deeper than the limit of ${maxDepth} levels`);
      }
      closers.push(c === '{' ? '}' : ']');
      i += 1;
      state = c === '{' ? 'keyOrClose' : 'valueOrClose';
    } else {
      i = scanScalar(text, i, c);
      state = afterValue();
    }
  }
}

function scanScalar(text: string, i: number, c: string): number {
  if (c === '"') return scanString(text, i);
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m || m[0] === '-') throw new Fail('syntax', i, 'malformed number');
    return i + m[0].length;
  }
  for (const word of LITERALS) {
    if (text.startsWith(word, i)) return i + word.length;
  }
  const hint = c === ']' ? ' (a comma before a closing bracket is not allowed)' : '';
  throw new Fail('syntax', i, `expected a JSON value, found ${show(c)}${hint}`);
}

/** Returns the offset just past the closing quote of the string starting at `start`. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code === 0x5c) {
      const e = text.charAt(i + 1);
      if (e === 'u') {
        if (!HEX.test(text.slice(i + 2, i + 6))) {
          throw new Fail('syntax', i, 'bad \\u escape in string');
        }
        i += 6;
      } else if (ESCAPES.has(e)) {
        i += 2;
      } else {
        throw new Fail('syntax', i, `bad escape ${show('\\' + e)} in string`);
      }
    } else if (code < 0x20) {
      throw new Fail('syntax', i, 'control character (such as a raw line break) inside a string');
    } else {
      i += 1;
    }
  }
  throw new Fail('syntax', start, 'string is not closed');
}

function endReason(state: State, closers: string[]): string {
  if (state === 'value' && closers.length === 0) return 'no JSON value (the text is empty)';
  const open = closers[closers.length - 1];
  return open ? `unexpected end of text: '${open}' is missing` : 'unexpected end of text';
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function show(c: string): string {
  return JSON.stringify(c);
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
