/**
 * IAM wildcard patterns: `*` matches any run of characters (including none) and `?` exactly one
 * character (S26 IAM Action element; S32 IAM condition operators, StringLike). A pattern is compiled
 * once into a matcher; common shapes (no wildcard, `*`, `prefix*`, `*suffix`, `*infix*`) get a fast
 * path, the rest a segment scan in time linear in the input (no regular expressions, no backtracking).
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

/**
 * Lower-cases with a one-entry memo: one evaluation tests the same request action or resource
 * against every pattern of every statement, so it is lower-cased once, not once per pattern.
 */
let lastIn = '';
let lastOut = '';
function lower(s: string): string {
  if (s !== lastIn) {
    lastOut = s.toLowerCase();
    lastIn = s;
  }
  return lastOut;
}

function fastPath(tokens: Token[], ignoreCase: boolean): StringMatcher | undefined {
  const [a, b, c] = tokens;
  if (tokens.length === 0) return (s) => s === '';
  if (tokens.length === 1 && a?.kind === 'star') return ALWAYS;
  if (tokens.length === 1 && a?.kind === 'text') {
    const t = a.text;
    return ignoreCase ? (s) => lower(s) === t : (s) => s === t;
  }
  if (tokens.length === 2 && a?.kind === 'text' && b?.kind === 'star') {
    const t = a.text;
    return ignoreCase ? (s) => lower(s).startsWith(t) : (s) => s.startsWith(t);
  }
  if (tokens.length === 2 && a?.kind === 'star' && b?.kind === 'text') {
    const t = b.text;
    return ignoreCase ? (s) => lower(s).endsWith(t) : (s) => s.endsWith(t);
  }
  if (tokens.length === 3 && a?.kind === 'star' && b?.kind === 'text' && c?.kind === 'star') {
    const t = b.text;
    return ignoreCase ? (s) => lower(s).includes(t) : (s) => s.includes(t);
  }
  return undefined;
}

const ONE = -2;

/** A run of pattern characters between stars: char codes, `ONE` for `?`. */
type Segment = Int32Array;

/** Whether `seg` matches `s` at position `at` (the caller has checked it fits). */
function matchesAt(seg: Segment, s: string, at: number): boolean {
  for (let k = 0; k < seg.length; k++) {
    const c = seg[k] as number;
    if (c !== ONE && c !== s.charCodeAt(at + k)) return false;
  }
  return true;
}

/** A finder for the leftmost occurrence of a segment in `s[from, end)`, or -1. */
type Finder = (s: string, from: number, end: number) => number;

/**
 * Leftmost occurrence of a segment. Without `?` it is a substring search (`indexOf`, linear in
 * the input); with `?` it is a shift-and scan, one pass over the input with one word of state per
 * 32 pattern characters, so the cost never depends on how the input and pattern overlap.
 */
function finder(seg: Segment): Finder {
  const m = seg.length;
  if (!seg.includes(ONE)) {
    const text = String.fromCharCode(...seg);
    return (s, from, end) => {
      const at = s.indexOf(text, from);
      return at >= 0 && at + m <= end ? at : -1;
    };
  }
  const words = Math.ceil(m / 32);
  const anyChar = new Uint32Array(words);
  for (let k = 0; k < m; k++)
    if (seg[k] === ONE) anyChar[k >>> 5] = (anyChar[k >>> 5] as number) | (1 << (k & 31));
  const masks = new Map<number, Uint32Array>();
  for (let k = 0; k < m; k++) {
    const c = seg[k] as number;
    if (c === ONE || masks.has(c)) continue;
    const mask = Uint32Array.from(anyChar);
    for (let q = 0; q < m; q++)
      if (seg[q] === c) mask[q >>> 5] = (mask[q >>> 5] as number) | (1 << (q & 31));
    masks.set(c, mask);
  }
  const lastWord = words - 1;
  const lastBit = 1 << ((m - 1) & 31);
  const state = new Uint32Array(words);
  return (s, from, end) => {
    state.fill(0);
    for (let i = from; i < end; i++) {
      const mask = masks.get(s.charCodeAt(i)) ?? anyChar;
      let carry = 1;
      for (let w = 0; w < words; w++) {
        const v = state[w] as number;
        state[w] = (((v << 1) | carry) & (mask[w] as number)) >>> 0;
        carry = v >>> 31;
      }
      if ((state[lastWord] as number) & lastBit) return i - m + 1;
    }
    return -1;
  };
}

/**
 * The general case in time linear in the input for any pattern: the pattern splits at its stars
 * into segments; the first must match at the start, the last at the end, and each one between
 * is taken at its leftmost place after the previous one (leftmost is always safe, since a star
 * can absorb whatever lies between). No backtracking at all.
 */
function wildcardMatcher(tokens: Token[], ignoreCase: boolean): StringMatcher {
  const segments: number[][] = [[]];
  for (const t of tokens) {
    const cur = segments[segments.length - 1] as number[];
    if (t.kind === 'star') segments.push([]);
    else if (t.kind === 'one') cur.push(ONE);
    else for (let i = 0; i < t.text.length; i++) cur.push(t.text.charCodeAt(i));
  }
  const segs = segments.map((x) => Int32Array.from(x));
  const head = segs[0] as Segment;
  if (segs.length === 1)
    return (s) => {
      const x = ignoreCase ? lower(s) : s;
      return x.length === head.length && matchesAt(head, x, 0);
    };
  const tail = segs[segs.length - 1] as Segment;
  const middle = segs.slice(1, -1).filter((g) => g.length > 0);
  const finders = middle.map(finder);
  const match = (s: string): boolean => {
    if (s.length < head.length + tail.length) return false;
    if (!matchesAt(head, s, 0)) return false;
    const end = s.length - tail.length;
    if (!matchesAt(tail, s, end)) return false;
    let pos = head.length;
    for (let k = 0; k < finders.length; k++) {
      const at = (finders[k] as Finder)(s, pos, end);
      if (at < 0) return false;
      pos = at + (middle[k] as Segment).length;
    }
    return true;
  };
  return ignoreCase ? (s) => match(lower(s)) : match;
}
