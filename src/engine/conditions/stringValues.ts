/**
 * String and Bool condition values (S32 "String condition operators", "Boolean condition
 * operators"). Static values are folded into a Set or compiled globs once; values with policy
 * variables resolve per request (S33), and a value whose variable has no value matches nothing.
 */
import type { LocalDiagnostic, RequestContext } from '../context';
import { compileGlobParts, type StringMatcher } from '../match/glob';
import { compileTemplate, compileTemplatePattern, type Template } from '../match/variables';
import { variableDiagnostics } from './lint';
import type { Comparison } from './operators';
import type { ConditionPath, RequestScalar, ValueTest } from './types';

/** Compiled values of one clause. */
export interface CompiledValues {
  /** m(r). */
  test: ValueTest;
  /** Errors (the clause is invalid) and warnings. */
  diagnostics: LocalDiagnostic[];
  /** Templates of values with variables, by value index (for the trace). */
  templates: (Template | undefined)[];
}

/** A policy value as text with its JSON path. */
export interface PolicyValueText {
  /** The value as text. */
  text: string;
  /** Where it is. */
  path: ConditionPath;
}

/** String form of a request value: numbers and booleans compare by their JSON text. */
export function requestText(r: RequestScalar): string {
  return typeof r === 'string' ? r : String(r);
}

/**
 * Compiles StringEquals/StringEqualsIgnoreCase/StringLike values (and their negations, which
 * share m(r)): `like` compares as a glob, `equalsIgnoreCase` folds case, anything else is exact.
 */
export function compileStringValues(
  values: readonly PolicyValueText[],
  mode: Comparison,
  variables: boolean,
): CompiledValues {
  const diagnostics: LocalDiagnostic[] = [];
  const fold = mode === 'equalsIgnoreCase';
  const exact = new Set<string>();
  const globs: StringMatcher[] = [];
  const dynamic: ((s: string, ctx: RequestContext) => boolean)[] = [];
  const templates = values.map(({ text, path }) => {
    const t = compileTemplate(text, variables);
    diagnostics.push(...variableDiagnostics(t, path, variables));
    if (mode === 'like') {
      // S32 StringLike: `*` and `?` are wildcards; `${*}`/`${?}` and variable values are literal (S33).
      if (t.hasVariables) {
        const p = compileTemplatePattern(t);
        dynamic.push((s, ctx) => p.matches(s, ctx));
      } else globs.push(compileGlobParts(t.staticGlob));
    } else if (t.hasVariables) {
      dynamic.push(
        fold
          ? (s, ctx) => t.resolve(ctx)?.toLowerCase() === s.toLowerCase()
          : (s, ctx) => t.resolve(ctx) === s,
      );
    } else exact.add(fold ? t.staticText.toLowerCase() : t.staticText);
    return t.hasVariables ? t : undefined;
  });
  const only = exact.size === 1 && globs.length === 0 && dynamic.length === 0;
  const single = only ? [...exact][0] : undefined;
  let test: ValueTest;
  if (single !== undefined && !fold) test = (r) => requestText(r) === single;
  else {
    test = (r, ctx) => {
      const s = requestText(r);
      if (exact.size > 0 && exact.has(fold ? s.toLowerCase() : s)) return true;
      for (const g of globs) if (g(s)) return true;
      for (const d of dynamic) if (d(s, ctx)) return true;
      return false;
    };
  }
  return { test, diagnostics, templates };
}

/**
 * Compiles Bool values: `true`/`false` in any letter case, JSON booleans allowed; the request value
 * compares by its string form, case-insensitively. Variables are allowed (table 2.3, S32 Boolean
 * condition operators: "Policy variables: Supported").
 */
export function compileBoolValues(
  values: readonly PolicyValueText[],
  variables: boolean,
): CompiledValues {
  const diagnostics: LocalDiagnostic[] = [];
  const accepted = new Set<string>();
  const dynamic: Template[] = [];
  const templates = values.map(({ text, path }) => {
    const t = compileTemplate(text, variables);
    diagnostics.push(...variableDiagnostics(t, path, variables));
    if (t.hasVariables) {
      dynamic.push(t);
      return t;
    }
    const lower = t.staticText.toLowerCase();
    if (lower === 'true' || lower === 'false') accepted.add(lower);
    else
      diagnostics.push({
        path,
        severity: 'error',
        code: 'InvalidBoolValue',
        message: `Bool expects true or false, got "${text}".`,
      });
    return undefined;
  });
  const test: ValueTest = (r, ctx) => {
    const s = requestText(r).toLowerCase();
    if (accepted.has(s)) return true;
    for (const t of dynamic) if (t.resolve(ctx)?.toLowerCase() === s) return true;
    return false;
  };
  return { test, diagnostics, templates };
}
