/**
 * The AWS CLI's shorthand syntax (AWS CLI v2 user guide, "Using shorthand syntax with the AWS CLI"),
 * following the grammar of the CLI's own parser (awscli/shorthand.py):
 *
 *   parameter     = keyval *("," keyval)
 *   keyval        = key "=" [values]
 *   values        = csv-list / explicit-list / hash-literal
 *   csv-list      = first-value *("," second-value)
 *   explicit-list = "[" [value *("," value)] "]"
 *   hash-literal  = "{" keyval *("," keyval) "}"
 *
 * Whitespace around `,` and `=` is skipped (`a=b, c=d` is two pairs); values may be single- or
 * double-quoted (`a="x,y"`); `\,` is a literal comma. `a=b,c` makes `a` the list `[b, c]`; the
 * model visitor (`coerce` in validate.ts) then turns scalars into the types the model asks for.
 */

/** What shorthand text parses to: strings, lists and objects (keys in input order). */
export type Shorthand = string | Shorthand[] | { [key: string]: Shorthand };

/** A shorthand syntax error, worded as the CLI words it. */
export class ShorthandError extends Error {}

const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;
// Character classes of the CLI's _START_WORD, _FIRST_FOLLOW_CHARS and _SECOND_FOLLOW_CHARS.
const START = '!#-&(-+\\--<>-Z\\\\-z|-\\uffff';
const FIRST_FOLLOW = '\\s!#-&(-+\\--\\\\^-|~-\\uffff';
const SECOND_FOLLOW = '\\s!#-&(-+\\--<>-\\uffff';
const FIRST_VALUE = new RegExp(`^(\\\\,|[${START}])(\\\\,|[${FIRST_FOLLOW}])*`, 'u');
const SECOND_VALUE = new RegExp(`^(\\\\,|[${START}])(\\\\,|[${SECOND_FOLLOW}])*`, 'u');
const SINGLE_QUOTED = /^'(?:\\\\|\\'|[^'])*'/;
const DOUBLE_QUOTED = /^"(?:\\\\|\\"|[^"])*"/;
const WHITESPACE = /[ \t\n\r\v\f]/;

class SyntaxProblem extends ShorthandError {
  constructor(
    readonly input: string,
    readonly expected: string,
    readonly actual: string,
    readonly index: number,
  ) {
    super(
      `Expected: '${expected}', received: '${actual}' for input:\n${input}\n${' '.repeat(index)}^`,
    );
  }
}

/** Parses shorthand text (one word of an option's value). */
export function parseShorthand(input: string): Shorthand {
  let i = 0;
  const eof = () => i >= input.length;
  const current = () => (i < input.length ? input.charAt(i) : '');
  const skipSpace = () => {
    while (!eof() && WHITESPACE.test(current())) i++;
  };
  const expect = (ch: string, space = false) => {
    if (space) skipSpace();
    if (eof()) throw new SyntaxProblem(input, ch, 'EOF', i);
    if (current() !== ch) throw new SyntaxProblem(input, ch, current(), i);
    i++;
    if (space) skipSpace();
  };
  const mustMatch = (re: RegExp, name: string): string => {
    const m = re.exec(input.slice(i));
    if (!m) throw new SyntaxProblem(input, `<${name}>`, '<none>', i);
    i += m[0].length;
    return m[0];
  };
  const key = (): string => {
    const start = i;
    while (!eof() && KEY_CHARS.test(current())) i++;
    return input.slice(start, i);
  };
  const quoted = (re: RegExp, q: string, name: string): string =>
    mustMatch(re, name).slice(1, -1).split(`\\${q}`).join(q).split('\\\\').join('\\');
  const firstValue = (): string => {
    if (current() === "'") return quoted(SINGLE_QUOTED, "'", 'singled quoted');
    if (current() === '"') return quoted(DOUBLE_QUOTED, '"', 'double quoted');
    const m = FIRST_VALUE.exec(input.slice(i));
    if (!m) return '';
    i += m[0].length;
    return m[0].split('\\,').join(',').trimEnd();
  };
  const secondValue = (): string => {
    if (current() === "'") return quoted(SINGLE_QUOTED, "'", 'singled quoted');
    if (current() === '"') return quoted(DOUBLE_QUOTED, '"', 'double quoted');
    return mustMatch(SECOND_VALUE, 'second').split('\\,').join(',').trimEnd();
  };
  const csvValue = (): Shorthand => {
    const first = firstValue();
    skipSpace();
    if (eof() || current() !== ',') return first;
    expect(',', true);
    const list: string[] = [first];
    for (;;) {
      try {
        const v = secondValue();
        skipSpace();
        if (eof()) {
          list.push(v);
          break;
        }
        expect(',', true);
        list.push(v);
      } catch (e) {
        if (!(e instanceof SyntaxProblem) || eof()) throw e;
        // `a=b,c=d`: "c" was the next key, not a value; go back to the comma before it.
        while (i >= 0 && input.charAt(i) !== ',') i--;
        break;
      }
    }
    return list.length === 1 ? first : list;
  };
  const explicitValue = (): Shorthand =>
    current() === '[' ? explicitList() : current() === '{' ? hashLiteral() : firstValue();
  const explicitList = (): Shorthand[] => {
    expect('[', true);
    const out: Shorthand[] = [];
    while (current() !== ']') {
      out.push(explicitValue());
      skipSpace();
      if (current() !== ']') {
        expect(',');
        skipSpace();
      }
    }
    expect(']');
    return out;
  };
  const hashLiteral = (): { [key: string]: Shorthand } => {
    expect('{', true);
    const pairs: [string, Shorthand][] = [];
    while (current() !== '}') {
      const k = key();
      expect('=', true);
      const v = explicitValue();
      skipSpace();
      if (current() !== '}') {
        expect(',');
        skipSpace();
      }
      pairs.push([k, v]);
    }
    expect('}');
    return Object.fromEntries(pairs);
  };
  const values = (): Shorthand =>
    eof()
      ? ''
      : current() === '['
        ? explicitList()
        : current() === '{'
          ? hashLiteral()
          : csvValue();
  const pairs: [string, Shorthand][] = [];
  const seen = new Set<string>();
  let last = 0;
  for (;;) {
    const k = key();
    expect('=', true);
    const v = values();
    if (seen.has(k))
      throw new ShorthandError(
        `Second instance of key "${k}" encountered for input:\n${input}\n${' '.repeat(last)}^\nThis is often because there is a preceding "," instead of a space.`,
      );
    seen.add(k);
    pairs.push([k, v]);
    last = i;
    if (eof()) break;
    expect(',', true);
  }
  return Object.fromEntries(pairs);
}
