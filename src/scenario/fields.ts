import { describeType, type IssueList } from './issues';
import { closest } from './suggest';
import type { ValueBudget } from './jsonShape';

/**
 * Small readers for typed fields. Each reads one field of a JSON object, records an issue that
 * names the path and what was expected when the field is wrong, and returns a usable value
 * either way (a placeholder after an error) so that one pass finds every problem in a file.
 */

/** State shared by the readers during one decode. */
export interface ReadContext {
  issues: IssueList;
  /** JSON values left for documents that arrive as strings and are parsed here. */
  budget: ValueBudget;
  /** Statements counted so far across all policy documents. */
  statements: number;
}

/** A JSON object being read. */
export type Obj = Record<string, unknown>;
/** A path being read; readers extend it, never mutate it. */
export type Path = readonly (string | number)[];

/** Creates the context for one decode. */
export function newContext(issues: IssueList, budget: ValueBudget): ReadContext {
  return { issues, budget, statements: 0 };
}

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or an error saying what was expected. */
export function asObject(
  ctx: ReadContext,
  value: unknown,
  path: Path,
  expected: string,
): Obj | undefined {
  if (isObject(value)) return value;
  ctx.issues.error(path, 'WrongType', `expected ${expected}, got ${describeType(value)}`);
  return undefined;
}

/**
 * Warns about every field not in `known`. The field is left out of the decoded scenario, and
 * the warning says so, so nothing disappears silently.
 */
export function checkFields(
  ctx: ReadContext,
  obj: Obj,
  path: Path,
  known: readonly string[],
  owner: string,
): void {
  for (const field of Object.keys(obj)) {
    if (known.includes(field) || obj[field] === undefined) continue;
    const guess = closest(field, known);
    const hint = guess ? `did you mean "${guess}"?` : `${owner} has no such field in format v1`;
    ctx.issues.warning(
      [...path, field],
      'UnknownField',
      `unknown field, left out of the scenario (${hint})`,
    );
  }
}

/** A required string; '' after an error. */
export function reqString(
  ctx: ReadContext,
  obj: Obj,
  key: string,
  path: Path,
  expected = 'a string',
): string {
  if (obj[key] === undefined) {
    ctx.issues.error([...path, key], 'MissingField', `missing; expected ${expected}`);
    return '';
  }
  return optString(ctx, obj, key, path, expected) ?? '';
}

/** An optional string; undefined when absent or wrong. */
export function optString(
  ctx: ReadContext,
  obj: Obj,
  key: string,
  path: Path,
  expected = 'a string',
): string | undefined {
  const value = obj[key];
  if (value === undefined || typeof value === 'string') return value;
  ctx.issues.error([...path, key], 'WrongType', `expected ${expected}, got ${describeType(value)}`);
  return undefined;
}

/** An optional boolean with a default. */
export function optBoolean(
  ctx: ReadContext,
  obj: Obj,
  key: string,
  path: Path,
  fallback: boolean,
): boolean {
  const value = obj[key];
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  ctx.issues.error(
    [...path, key],
    'WrongType',
    `expected true or false, got ${describeType(value)}`,
  );
  return fallback;
}

/** Sets an optional string field only when present, so decoded objects carry no `undefined`. */
export function addString<T extends object>(
  ctx: ReadContext,
  obj: Obj,
  path: Path,
  target: T,
  key: keyof T & string,
  expected?: string,
): void {
  const value = optString(ctx, obj, key, path, expected);
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
}

/** An optional value from a fixed list; undefined when absent or wrong. */
export function optEnum<T extends string>(
  ctx: ReadContext,
  obj: Obj,
  key: string,
  path: Path,
  allowed: readonly T[],
  what: string,
): T | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  const got = typeof value === 'string' ? `"${value}"` : describeType(value);
  const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
  const hint = guess ? ` (did you mean "${guess}"?)` : '';
  ctx.issues.error(
    [...path, key],
    typeof value === 'string' ? 'InvalidValue' : 'WrongType',
    `expected ${what}: one of ${allowed.join(', ')}; got ${got}${hint}`,
  );
  return undefined;
}

/** A required value from a fixed list; the first allowed value after an error. */
export function reqEnum<T extends string>(
  ctx: ReadContext,
  obj: Obj,
  key: string,
  path: Path,
  allowed: readonly [T, ...T[]],
  what: string,
): T {
  if (obj[key] === undefined) {
    ctx.issues.error(
      [...path, key],
      'MissingField',
      `missing; expected ${what}: one of ${allowed.join(', ')}`,
    );
    return allowed[0];
  }
  return optEnum(ctx, obj, key, path, allowed, what) ?? allowed[0];
}
