/**
 * One clause of a Condition element: its values flattened and checked, then compiled by the
 * operator family (S32 "IAM JSON policy elements: Condition operators").
 */
import type { LocalDiagnostic } from '../context';
import { compileArnValues } from './arn';
import type { ParsedOperator } from './operators';
import {
  compileIpValues,
  compileBinaryValues,
  compileOrderedValues,
  type PolicyScalar,
} from './scalarValues';
import { compileBoolValues, compileStringValues, type CompiledValues } from './stringValues';
import type { CompileConditionOptions, CompiledClause, ConditionPath, ValueTest } from './types';

const NEVER: ValueTest = () => false;

/** An error diagnostic. */
export function error(path: ConditionPath, code: string, message: string): LocalDiagnostic {
  return { path, severity: 'error', code, message };
}

/** A JSON object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What kind of JSON value this is, for messages. */
export function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** A clause that evaluates to false because compiling it failed. */
export function invalidClause(operator: string, key: string, path: ConditionPath): CompiledClause {
  return {
    operator,
    key,
    keyLower: key.toLowerCase(),
    path,
    policyValues: [],
    family: undefined,
    negated: false,
    ifExists: false,
    set: null,
    invalid: true,
    test: NEVER,
    // Set later for Null and for values with policy variables; present from the start so every
    // clause has one object shape.
    nullResults: undefined,
    templates: undefined,
  };
}

/** Flattens a key's value into scalars; arrays give each element its own path index. */
function policyScalars(
  raw: unknown,
  path: ConditionPath,
): { values: PolicyScalar[]; diagnostics: LocalDiagnostic[] } {
  const diagnostics: LocalDiagnostic[] = [];
  const values: PolicyScalar[] = [];
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  if (Array.isArray(raw) && raw.length === 0)
    diagnostics.push(
      error(
        path,
        'EmptyConditionValues',
        'Expected at least one value; an empty list matches nothing.',
      ),
    );
  list.forEach((v, i) => {
    const p = Array.isArray(raw) ? [...path, i] : path;
    // S38 grammar (kms-semantics 2.1): booleans and numbers may be unquoted; they compare as text.
    if (
      typeof v === 'string' ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v))
    )
      values.push({ raw: v, text: String(v), path: p });
    else
      diagnostics.push(
        error(
          p,
          'InvalidConditionValue',
          `Expected a string, number or boolean (or an array of them); got ${jsonKind(v)}.`,
        ),
      );
  });
  return { values, diagnostics };
}

/** Compiles one operator × key pair with its values. */
export function compileClause(
  operator: string,
  parsed: ParsedOperator | undefined,
  key: string,
  path: ConditionPath,
  raw: unknown,
  opts: CompileConditionOptions,
): { clause: CompiledClause; diagnostics: LocalDiagnostic[] } {
  const { values, diagnostics } = policyScalars(raw, path);
  const clause = invalidClause(operator, key, path);
  clause.policyValues = values.map((v) => v.text);
  if (!parsed) return { clause, diagnostics };
  const { base } = parsed;
  clause.family = base.family;
  clause.negated = base.negated;
  clause.ifExists = parsed.ifExists;
  clause.set = parsed.set;
  let compiled: CompiledValues | undefined;
  switch (base.family) {
    case 'String':
      compiled = compileStringValues(values, base.comparison, opts.variables);
      break;
    case 'Arn':
      compiled = compileArnValues(values, opts.variables);
      break;
    case 'Bool':
      compiled = compileBoolValues(values, opts.variables);
      break;
    case 'Numeric':
    case 'Date':
      compiled = compileOrderedValues(values, base.comparison, base.family);
      break;
    case 'Binary':
      compiled = compileBinaryValues(values);
      break;
    case 'Ip':
      compiled = compileIpValues(values);
      break;
    case 'Null':
      compileNull(clause, values, parsed, diagnostics);
      break;
  }
  if (compiled) {
    diagnostics.push(...compiled.diagnostics);
    clause.test = compiled.test;
    if (compiled.templates.some((t) => t !== undefined)) clause.templates = compiled.templates;
  }
  clause.invalid = diagnostics.some((d) => d.severity === 'error');
  if (clause.invalid) clause.test = NEVER;
  return { clause, diagnostics };
}

/** S32 "Condition operator to check existence of condition keys": true = absent, false = present. */
function compileNull(
  clause: CompiledClause,
  values: PolicyScalar[],
  parsed: ParsedOperator,
  diagnostics: LocalDiagnostic[],
): void {
  const results = { absent: false, present: false };
  for (const v of values) {
    const lower = v.text.toLowerCase();
    if (lower === 'true') results.absent = true;
    else if (lower === 'false') results.present = true;
    else
      diagnostics.push(
        error(
          v.path,
          'InvalidNullValue',
          `Null expects true (key absent) or false (key present), got "${v.text}".`,
        ),
      );
  }
  if (parsed.set) {
    diagnostics.push({
      path: clause.path,
      severity: 'warning',
      code: 'SetOperatorWithNull',
      message: `${parsed.set}: has no effect on Null, which only tests whether the key exists.`,
    });
    clause.set = null;
  }
  clause.nullResults = results;
}
