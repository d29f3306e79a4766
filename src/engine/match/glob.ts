/**
 * IAM wildcard patterns: `*` matches any run of characters (including none) and `?` exactly one
 * character (S26 IAM Action element; S32 IAM condition operators, StringLike). A pattern is compiled
 * once into a matcher; common shapes (no wildcard, `*`, `prefix*`, `*suffix`, `*infix*`) get a fast
 * path, the rest a linear-memory wildcard scan (no regular expressions, so no catastrophic backtracking).
 */

/** A matcher compiled from a pattern. */
export type StringMatcher = (s: string) => boolean;

/**
 * One piece of a pattern. In a `literal` piece `*` and `?` stand for themselves: this is how the
 * policy-variable escapes `${*}` and `${?}` and substituted request values reach a pattern
 * (S33 IAM "Policy elements: Variables and tags", special characters).
 */
export interface GlobPart {
  /** The characters of this piece. */
  text: string;
  /** True when `*` and `?` in `text` are ordinary characters. */
  literal: boolean;
}

type Token = { kind: 'text'; text: string } | { kind: 'star' } | { kind: 'one' };

const ALWAYS: StringMatcher = () => true;

/** True when the text holds a wildcard character. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/**
 * Compiles a wildcard pattern. With `ignoreCase`, pattern and input are compared lower-cased.
 *
 * @param pattern - the pattern, `*` and `?` being wildcards
 * @param ignoreCase - compare case-insensitively
 * @returns a matcher testing the whole input against the pattern
 */
export function compileGlob(pattern: string, ignoreCase = false): StringMatcher {
  return compileGlobParts([{ text: pattern, literal: false }], ignoreCase);
}

/**
 * Compiles a pattern made of pieces, some of which are literal (see {@link GlobPart}).
 *
 * @param parts - the pieces, in order
 * @param ignoreCase - compare case-insensitively
 * @returns a matcher testing the whole input against the pattern
 */
export function compileGlobParts(parts: readonly GlobPart[], ignoreCase = false): StringMatcher {
  const tokens = tokenize(parts, ignoreCase);
  return fastPath(tokens, ignoreCase) ?? wildcardMatcher(tokens, ignoreCase);
}

function tokenize(parts: readonly GlobPart[], ignoreCase: boolean): Token[] {
  const tokens: Token[] = [];
  const pushText = (text: string): void => {
    if (text === '') return;
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'text') last.text += text;
    else tokens.push({ kind: 'text', text });
  };
  for (const part of parts) {
    const text = ignoreCase ? part.text.toLowerCase() : part.text;
    if (part.literal) {
      pushText(text);
      continue;
    }
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c !== '*' && c !== '?') continue;
      pushText(text.slice(start, i));
      start = i + 1;
      // Consecutive stars are one star: same language, simpler matcher.
      if (c === '*' && tokens[tokens.length - 1]?.kind === 'star') continue;
      tokens.push(c === '*' ? { kind: 'star' } : { kind: 'one' });
    }
    pushText(text.slice(start));
  }
  return tokens;
}

function fastPath(tokens: Token[], ignoreCase: boolean): StringMatcher | undefined {
  const fold = ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
  const [a, b, c] = tokens;
  if (tokens.length === 0) return (s) => s === '';
  if (tokens.length === 1 && a?.kind === 'star') return ALWAYS;
  if (tokens.length === 1 && a?.kind === 'text') {
    const t = a.text;
    return ignoreCase ? (s) => s.toLowerCase() === t : (s) => s === t;
  }
  if (tokens.length === 2 && a?.kind === 'text' && b?.kind === 'star') {
    const t = a.text;
    return (s) => fold(s).startsWith(t);
  }
  if (tokens.length === 2 && a?.kind === 'star' && b?.kind === 'text') {
    const t = b.text;
    return (s) => fold(s).endsWith(t);
  }
  if (tokens.length === 3 && a?.kind === 'star' && b?.kind === 'text' && c?.kind === 'star') {
    const t = b.text;
    return (s) => fold(s).includes(t);
  }
  return undefined;
}

const STAR = -1;
const ONE = -2;

/**
 * The general case: a greedy scan that backtracks only to the last star, so matching costs at most
 * input length × pattern length and user-typed patterns cannot blow up like a regular expression.
 */
function wildcardMatcher(tokens: Token[], ignoreCase: boolean): StringMatcher {
  const codes: number[] = [];
  for (const t of tokens) {
    if (t.kind === 'star') codes.push(STAR);
    else if (t.kind === 'one') codes.push(ONE);
    else for (let i = 0; i < t.text.length; i++) codes.push(t.text.charCodeAt(i));
  }
  const p = Int32Array.from(codes);
  const match = (s: string): boolean => {
    let i = 0;
    let j = 0;
    let starJ = -1;
    let starI = 0;
    while (i < s.length) {
      const pc = j < p.length ? (p[j] as number) : 0;
      if (j < p.length && (pc === ONE || pc === s.charCodeAt(i))) {
        i++;
        j++;
      } else if (j < p.length && pc === STAR) {
        starJ = j++;
        starI = i;
      } else if (starJ >= 0) {
        j = starJ + 1;
        i = ++starI;
      } else return false;
    }
    while (j < p.length && p[j] === STAR) j++;
    return j === p.length;
  };
  return ignoreCase ? (s) => match(s.toLowerCase()) : match;
}
