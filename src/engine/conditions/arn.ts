/**
 * ARN condition operators (S32 "Amazon Resource Name (ARN) condition operators"): the ARN is split
 * into its six colon-delimited parts (`arn:partition:service:region:account:resource`) and each
 * part is matched on its own, with `*` and `?` wildcards and case-sensitively — so unlike
 * StringLike a `*` cannot swallow a colon between parts. The resource part is everything after the
 * fifth colon and may itself contain colons.
 */
import type { LocalDiagnostic } from '../context';
import { compileGlobParts, type GlobPart, type StringMatcher } from '../match/glob';
import { cachedGlobCompiler, compileTemplate, type Template } from '../match/variables';
import type { ConditionPath, RequestScalar, ValueTest } from './types';
import { variableDiagnostics } from './lint';

const PARTS = 6;

let lastArn: string | undefined;
let lastParts: readonly string[] | undefined;

/**
 * Splits an ARN into its six parts, or undefined when it has fewer than five colons. The last
 * result is memoized (every ARN clause of a request sees the same aws:PrincipalArn): do not mutate.
 */
export function splitArn(arn: string): readonly string[] | undefined {
  if (arn !== lastArn) {
    lastArn = arn;
    lastParts = splitUncached(arn);
  }
  return lastParts;
}

function splitUncached(arn: string): string[] | undefined {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < PARTS - 1; i++) {
    const colon = arn.indexOf(':', start);
    if (colon < 0) return undefined;
    out.push(arn.slice(start, colon));
    start = colon + 1;
  }
  out.push(arn.slice(start));
  return out;
}

/** Splits a pattern made of glob pieces at its first five colons (literal pieces included). */
export function splitArnGlob(parts: readonly GlobPart[]): GlobPart[][] | undefined {
  const out: GlobPart[][] = [[]];
  for (const p of parts) {
    let rest = p.text;
    let colon = rest.indexOf(':');
    while (colon >= 0 && out.length < PARTS) {
      out[out.length - 1]?.push({ text: rest.slice(0, colon), literal: p.literal });
      out.push([]);
      rest = rest.slice(colon + 1);
      colon = rest.indexOf(':');
    }
    out[out.length - 1]?.push({ text: rest, literal: p.literal });
  }
  return out.length === PARTS ? out : undefined;
}

/** Matches split ARNs part by part. */
export type ArnMatcher = (parts: readonly string[]) => boolean;

function arnMatcher(
  pattern: readonly GlobPart[],
  compile: (p: readonly GlobPart[]) => StringMatcher,
): ArnMatcher | undefined {
  const split = splitArnGlob(pattern);
  if (!split) return undefined;
  const matchers = split.map(compile);
  return (parts) => matchers.every((m, i) => m(parts[i] ?? ''));
}

/** Compiled ARN-family values. */
export interface ArnFamily {
  /** m(r): the request ARN matches some policy value. */
  test: ValueTest;
  /** Warnings (values that are not ARNs, malformed variables). */
  diagnostics: LocalDiagnostic[];
  /** Templates of values with variables (trace), by value index. */
  templates: (Template | undefined)[];
}

/**
 * Compiles the values of an ArnEquals/ArnLike/ArnNotEquals/ArnNotLike clause.
 *
 * @param values - policy values as text with their paths
 * @param variables - substitute policy variables (Version 2012-10-17)
 */
export function compileArnValues(
  values: readonly { text: string; path: ConditionPath }[],
  variables: boolean,
): ArnFamily {
  const diagnostics: LocalDiagnostic[] = [];
  const statics: ArnMatcher[] = [];
  const dynamics: { template: Template; compile: (p: readonly GlobPart[]) => StringMatcher }[] = [];
  const templates = values.map(({ text, path }) => {
    const template = compileTemplate(text, variables);
    diagnostics.push(...variableDiagnostics(template, path, variables));
    if (template.hasVariables) {
      dynamics.push({ template, compile: cachedGlobCompiler(false) });
      return template;
    }
    const m = arnMatcher(template.staticGlob, (p) => compileGlobParts(p));
    if (m) statics.push(m);
    else
      diagnostics.push({
        path,
        severity: 'warning',
        code: 'ArnValueNotArn',
        message: `"${text}" is not an ARN: ARN operators compare six colon-separated parts (arn:partition:service:region:account:resource), so this value matches nothing. Use StringLike for other patterns.`,
      });
    return undefined;
  });
  const test: ValueTest = (r: RequestScalar, ctx) => {
    if (typeof r !== 'string') return false;
    const parts = splitArn(r);
    if (!parts) return false;
    for (const m of statics) if (m(parts)) return true;
    for (const d of dynamics) {
      const glob = d.template.resolveGlob(ctx);
      if (glob && arnMatcher(glob, d.compile)?.(parts)) return true;
    }
    return false;
  };
  return { test, diagnostics, templates };
}
