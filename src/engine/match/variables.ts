/**
 * IAM policy variables (S33 IAM "Policy elements: Variables and tags"): `${aws:username}`,
 * `${aws:PrincipalTag/team}`, `${kms:...}`, defaults `${aws:username, 'guest'}` and the escapes
 * `${*}`, `${?}`, `${$}`. A template is parsed once; only its variables resolve per request.
 */
import type { RequestContext } from '../context';
import { compileGlobParts, type GlobPart, type StringMatcher } from './glob';

/** One piece of a parsed template. */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'literal'; text: string; source: string }
  | { kind: 'variable'; name: string; keyLower: string; fallback?: string; source: string };

/** A compiled template: policy text that may contain variables. */
export interface Template {
  /** The policy text as written. */
  text: string;
  /** True when at least one variable must be resolved per request. */
  hasVariables: boolean;
  /** The parsed pieces. */
  parts: readonly TemplatePart[];
  /** For a template without variables: its value (escapes applied). */
  staticText: string;
  /** For a template without variables: its pieces as a glob (escapes are literal). */
  staticGlob: readonly GlobPart[];
  /** Names of the variables, as written. */
  variableNames: string[];
  /** Syntax problems (e.g. an unclosed `${`); the offending text is kept literally. */
  problems: string[];
  /**
   * The value for this request, or undefined when a variable has no value and no default
   * (absent key, or a multi-valued key, which cannot be a variable; S33).
   */
  resolve(ctx: RequestContext): string | undefined;
  /** Like {@link Template.resolve}, keeping escapes and substituted values literal for globs. */
  resolveGlob(ctx: RequestContext): GlobPart[] | undefined;
}

const ESCAPES = new Set(['*', '?', '$']);
// `key` or `key, 'default'`; inside the default a doubled quote stands for one quote.
const VARIABLE_BODY = /^([^\s,']+)\s*(?:,\s*'((?:[^']|'')*)')?$/;

/**
 * Compiles policy text that may hold policy variables.
 *
 * @param text - the policy text
 * @param variablesEnabled - false unless the policy's Version is `2012-10-17`; otherwise the text
 *   is literal, escapes included (S33: variables need Version 2012-10-17)
 */
export function compileTemplate(text: string, variablesEnabled: boolean): Template {
  const problems: string[] = [];
  const parts = variablesEnabled
    ? parseTemplate(text, problems)
    : [{ kind: 'text', text } as const];
  return makeTemplate(text, parts, problems);
}

function makeTemplate(text: string, parts: TemplatePart[], problems: string[]): Template {
  const variables = parts.filter((p) => p.kind === 'variable');
  const hasVariables = variables.length > 0;
  const staticGlob = hasVariables ? [] : parts.map(toGlobPart);
  const resolveGlob = (ctx: RequestContext): GlobPart[] | undefined => {
    const out: GlobPart[] = [];
    for (const p of parts) {
      if (p.kind !== 'variable') {
        out.push(toGlobPart(p));
        continue;
      }
      const value = lookupVariable(p.keyLower, ctx);
      // S33 "Specifying default values": the default replaces a variable that has no value.
      if (value !== undefined) out.push({ text: value, literal: true });
      else if (p.fallback !== undefined) out.push({ text: p.fallback, literal: false });
      else return undefined;
    }
    return out;
  };
  const staticText = staticGlob.map((g) => g.text).join('');
  return {
    text,
    hasVariables,
    parts,
    staticText,
    staticGlob,
    variableNames: variables.map((v) => v.name),
    problems,
    resolve: hasVariables
      ? (ctx) =>
          resolveGlob(ctx)
            ?.map((g) => g.text)
            .join('')
      : () => staticText,
    resolveGlob: hasVariables ? resolveGlob : () => staticGlob.slice(),
  };
}

function toGlobPart(p: TemplatePart): GlobPart {
  if (p.kind === 'text') return { text: p.text, literal: false };
  if (p.kind === 'literal') return { text: p.text, literal: true };
  return { text: p.source, literal: false };
}

/** A request value usable as a variable: single-valued keys only (S33). */
function lookupVariable(keyLower: string, ctx: RequestContext): string | undefined {
  const value = ctx.get(keyLower)?.value;
  if (value === undefined || Array.isArray(value)) return undefined;
  return typeof value === 'string' ? value : String(value);
}

function parseTemplate(text: string, problems: string[]): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const pushText = (t: string): void => {
    if (t === '') return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += t;
    else parts.push({ kind: 'text', text: t });
  };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('${', i);
    if (open < 0) break;
    pushText(text.slice(i, open));
    const close = findClose(text, open + 2);
    if (close < 0) {
      problems.push(`Unclosed policy variable "${text.slice(open)}": expected "}".`);
      pushText(text.slice(open));
      return parts;
    }
    const source = text.slice(open, close + 1);
    const body = text.slice(open + 2, close).trim();
    const m = VARIABLE_BODY.exec(body);
    if (ESCAPES.has(body)) parts.push({ kind: 'literal', text: body, source });
    else if (m?.[1] !== undefined) {
      const name = m[1];
      const fallback = m[2]?.replace(/''/g, "'");
      parts.push({ kind: 'variable', name, keyLower: name.toLowerCase(), fallback, source });
    } else {
      problems.push(
        `Malformed policy variable "${source}": expected \${key} or \${key, 'default'}.`,
      );
      pushText(source);
    }
    i = close + 1;
  }
  pushText(text.slice(i));
  return parts;
}

/** Index of the `}` closing a variable body that starts at `from`, skipping quoted defaults. */
function findClose(text: string, from: number): number {
  let quoted = false;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === "'") {
      if (quoted && text[j + 1] === "'") j++;
      else quoted = !quoted;
    } else if (c === '}' && !quoted) return j;
  }
  return -1;
}

/** A glob pattern that may hold policy variables. */
export interface VariablePattern {
  /** True when the pattern depends on the request context. */
  hasVariables: boolean;
  /** Tests a value; false when a variable has no value (S33: the entry matches nothing). */
  matches(value: string, ctx: RequestContext): boolean;
}

const CACHE_LIMIT = 64;

/**
 * Caches matchers of resolved globs: the same context resolves to the same pattern, so a
 * variable-bearing pattern is compiled once per distinct resolution, not once per evaluation.
 */
export function cachedGlobCompiler(
  ignoreCase: boolean,
): (parts: readonly GlobPart[]) => StringMatcher {
  const cache = new Map<string, StringMatcher>();
  return (parts) => {
    let key = '';
    for (const p of parts) key += (p.literal ? '\u0001' : '\u0002') + p.text;
    let m = cache.get(key);
    if (m === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      m = compileGlobParts(parts, ignoreCase);
      cache.set(key, m);
    }
    return m;
  };
}

/** Compiles a template into a glob pattern (escapes and substituted values are literal). */
export function compileTemplatePattern(template: Template, ignoreCase = false): VariablePattern {
  if (!template.hasVariables) {
    const m = compileGlobParts(template.staticGlob, ignoreCase);
    // The matcher itself (it ignores the context): no wrapper call per test.
    return { hasVariables: false, matches: m };
  }
  const compile = cachedGlobCompiler(ignoreCase);
  return {
    hasVariables: true,
    matches: (value, ctx) => {
      const parts = template.resolveGlob(ctx);
      return parts !== undefined && compile(parts)(value);
    },
  };
}

/**
 * Compiles one `Resource`/`NotResource` entry: a case-sensitive glob over the whole ARN (A15) in
 * which variables are substituted only after the fifth colon (S33 "Where you can use policy
 * variables"); a variable before it stays literal text and is reported in `problems`.
 *
 * @param text - the entry as written
 * @param variablesEnabled - true for Version `2012-10-17` policies
 */
export function compileResourceEntry(
  text: string,
  variablesEnabled: boolean,
): VariablePattern & { problems: string[] } {
  const template = compileTemplate(text, variablesEnabled);
  const problems = [...template.problems];
  let colons = 0;
  const parts = template.parts.map((p): TemplatePart => {
    if (p.kind === 'variable') {
      if (colons >= 5) return p;
      problems.push(
        `Policy variable ${p.source} is before the fifth colon of the ARN; variables are only substituted in the resource part, so it is literal text here.`,
      );
      return { kind: 'text', text: p.source };
    }
    for (const ch of p.text) if (ch === ':') colons++;
    return p;
  });
  const adjusted = makeTemplate(text, parts, problems);
  return { ...compileTemplatePattern(adjusted, false), problems };
}
