/**
 * `--output yaml`: the AWS CLI's YAMLDumper (awscli/formatter.py) — a JSON scalar is printed as
 * JSON; anything else goes through ruamel.yaml's safe dumper, which sorts mapping keys, resolves
 * plain scalars with the YAML 1.2 rules and writes with libyaml's emitter (the C emitter ruamel
 * uses when it is installed, as in the CLI): block style, sequences in mappings not indented,
 * lines folded past 80 columns, and each string in the first of plain, single-quoted and
 * double-quoted styles that can hold it.
 */
import type { Json } from '../../scenario/types';
import { isObject } from './outputValues';

/** libyaml's best_width and best_indent. */
const WIDTH = 80;
const INDENT = 2;

/** Plain scalars that YAML 1.2 reads as something other than a string (ruamel's resolver). */
const RESOLVERS: [string, RegExp][] = [
  ['tTfF', /^(?:true|True|TRUE|false|False|FALSE)$/],
  [
    '-+0123456789.',
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  ],
  ['-+0123456789', /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/],
  ['<', /^(?:<<)$/],
  ['~nN', /^(?:~|null|Null|NULL)$/],
  [
    '0123456789',
    /^(?:[0-9]{4}-[0-9][0-9]-[0-9][0-9]|[0-9]{4}-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
  ],
  ['=', /^(?:=)$/],
  ['!&*', /^(?:!|&|\*)$/],
];

/** Whether ruamel would read `s` back as a string if it were written plain. */
function plainIsString(s: string): boolean {
  if (s === '') return false;
  // Python's `$` also matches before a final newline.
  const text = s.endsWith('\n') ? s.slice(0, -1) : s;
  return !RESOLVERS.some(([first, re]) => first.includes(s[0] ?? '') && re.test(text));
}

const isBreak = (c: string | undefined) =>
  c === '\n' || c === '\r' || c === '\x85' || c === '\u2028' || c === '\u2029';
const isBlankZ = (c: string | undefined) =>
  c === undefined || c === ' ' || c === '\t' || c === '\0' || isBreak(c);
/** libyaml's IS_PRINTABLE (with unicode output on, as ruamel sets it). */
function isPrintable(c: string): boolean {
  const n = c.codePointAt(0) ?? 0;
  return (
    n === 0x0a ||
    (n >= 0x20 && n <= 0x7e) ||
    (n >= 0xa0 && n <= 0xd7ff) ||
    (n >= 0xe000 && n <= 0xfffd && n !== 0xfeff)
  );
}

interface Analysis {
  multiline: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
}

/** libyaml's yaml_emitter_analyze_scalar, for block context. */
function analyze(chars: string[]): Analysis {
  if (chars.length === 0) return { multiline: false, blockPlain: true, singleQuoted: true };
  let block = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  const text = chars.join('');
  if (text.startsWith('---') || text.startsWith('...')) block = true;
  let precededByWhitespace = true;
  chars.forEach((c, i) => {
    const followedByWhitespace = isBlankZ(chars[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) block = true;
      if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) block = true;
    } else {
      if (c === ':' && followedByWhitespace) block = true;
      if (c === '#' && precededByWhitespace) block = true;
    }
    if (!isPrintable(c)) special = true;
    if (isBreak(c)) lineBreaks = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankZ(c);
  });
  let blockPlain = true;
  let singleQuoted = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlain = false;
  if (breakSpace) blockPlain = singleQuoted = false;
  if (spaceBreak || special) blockPlain = singleQuoted = false;
  if (lineBreaks) blockPlain = false;
  if (block) blockPlain = false;
  return { multiline: lineBreaks, blockPlain, singleQuoted };
}

const ESCAPES: Record<string, string> = {
  '\0': '0',
  '\x07': 'a',
  '\b': 'b',
  '\t': 't',
  '\n': 'n',
  '\v': 'v',
  '\f': 'f',
  '\r': 'r',
  '\x1b': 'e',
  '"': '"',
  '\\': '\\',
  '\x85': 'N',
  '\xa0': '_',
  '\u2028': 'L',
  '\u2029': 'P',
};

/** libyaml's escape of a character in a double-quoted scalar. */
function escape(c: string): string {
  const known = ESCAPES[c];
  if (known !== undefined) return `\\${known}`;
  const n = c.codePointAt(0) ?? 0;
  const hex = n.toString(16).toUpperCase();
  if (n <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (n <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

/** The emitter's output and its position, as libyaml tracks them. */
class Writer {
  out = '';
  column = 0;
  whitespace = true;
  indention = true;

  put(text: string) {
    for (const c of text) {
      this.out += c;
      this.column++;
    }
  }
  lineBreak() {
    this.out += '\n';
    this.column = 0;
  }
  indent(indent: number) {
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace))
      this.lineBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }
  indicator(text: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean) {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(text);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  plain(chars: string[], indent: number, breaks: boolean) {
    if (!this.whitespace && chars.length > 0) this.put(' ');
    let spaces = false;
    chars.forEach((c, i) => {
      if (c === ' ') {
        if (breaks && !spaces && this.column > WIDTH && chars[i + 1] !== ' ') this.indent(indent);
        else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    });
    this.whitespace = false;
    this.indention = false;
  }

  singleQuoted(chars: string[], indent: number, breaks: boolean) {
    this.indicator("'", true, false, false);
    let spaces = false;
    let inBreaks = false;
    chars.forEach((c, i) => {
      if (c === ' ') {
        if (
          breaks &&
          !spaces &&
          this.column > WIDTH &&
          i !== 0 &&
          i !== chars.length - 1 &&
          chars[i + 1] !== ' '
        )
          this.indent(indent);
        else this.put(c);
        spaces = true;
      } else if (isBreak(c)) {
        if (!inBreaks && c === '\n') this.lineBreak();
        this.lineBreak();
        this.indention = true;
        inBreaks = true;
      } else {
        if (inBreaks) this.indent(indent);
        this.put(c === "'" ? "''" : c);
        this.indention = false;
        spaces = false;
        inBreaks = false;
      }
    });
    if (inBreaks) this.indent(indent);
    this.indicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  doubleQuoted(chars: string[], indent: number, breaks: boolean) {
    this.indicator('"', true, false, false);
    let spaces = false;
    chars.forEach((c, i) => {
      if (!isPrintable(c) || c === '\ufeff' || isBreak(c) || c === '"' || c === '\\') {
        this.put(escape(c));
        spaces = false;
      } else if (c === ' ') {
        if (breaks && !spaces && this.column > WIDTH && i !== 0 && i !== chars.length - 1) {
          this.indent(indent);
          if (chars[i + 1] === ' ') this.put('\\');
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    });
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }
}

/** Python's repr of a number as ruamel writes it (the simulator's numbers are integers). */
const yamlNumber = (n: number): string => String(n);

/** One scalar: its style chosen as libyaml's yaml_emitter_select_scalar_style chooses it. */
function scalar(w: Writer, value: Json, indent: number, simpleKey: boolean) {
  // The scalar's own indent (continuation lines): the collection's plus best_indent.
  const own = indent < 0 ? INDENT : indent + INDENT;
  if (typeof value !== 'string') {
    const text =
      value === null
        ? 'null'
        : typeof value === 'boolean'
          ? String(value)
          : yamlNumber(value as number);
    w.plain([...text], own, !simpleKey);
    return;
  }
  const chars = [...value];
  const a = analyze(chars);
  let style: 'plain' | 'single' | 'double' = 'plain';
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (!a.blockPlain) style = 'single';
    if (chars.length === 0 && simpleKey) style = 'single';
    if (!plainIsString(value)) style = 'single';
  }
  if (style === 'single' && !a.singleQuoted) style = 'double';
  if (style === 'plain') w.plain(chars, own, !simpleKey);
  else if (style === 'single') w.singleQuoted(chars, own, !simpleKey);
  else w.doubleQuoted(chars, own, !simpleKey);
}

/** A node in block context. `indent` is the enclosing collection's (-1 at the root). */
function node(w: Writer, value: Json, indent: number, inMapping: boolean) {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      w.indicator('[', true, true, false);
      w.indicator(']', false, false, false);
      return;
    }
    const indentless = inMapping && !w.indention;
    const own = indent < 0 ? 0 : indentless ? indent : indent + INDENT;
    for (const item of value) {
      w.indent(own);
      w.indicator('-', true, false, true);
      node(w, item, own, false);
    }
  } else if (isObject(value)) {
    const keys = Object.keys(value).sort();
    if (keys.length === 0) {
      w.indicator('{', true, true, false);
      w.indicator('}', false, false, false);
      return;
    }
    const own = indent < 0 ? 0 : indent + INDENT;
    for (const key of keys) {
      w.indent(own);
      scalar(w, key, own, true);
      w.indicator(':', false, false, false);
      node(w, value[key] ?? null, own, true);
    }
  } else scalar(w, value, indent, false);
}

/** `--output yaml` of the (queried) result: no trailing newline, as the console prints lines. */
export function formatYaml(data: Json): string {
  if (data === null || typeof data !== 'object') return JSON.stringify(data);
  const w = new Writer();
  node(w, data, -1, false);
  return w.out;
}
