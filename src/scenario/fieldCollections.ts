import { asObject, type Obj, type Path, type ReadContext } from './fields';
import { describeType } from './issues';

/** Readers for list and map fields; like those in fields.ts, they report and carry on. */

/** An array of strings; [] when absent (an error too when `required`). */
export function stringList(
  ctx: ReadContext,
  obj: Obj,
  key: string,
  path: Path,
  expected: string,
  required = false,
): string[] {
  const value = obj[key];
  if (value === undefined) {
    if (required) {
      ctx.issues.error([...path, key], 'MissingField', `missing; expected an array of ${expected}`);
    }
    return [];
  }
  if (!Array.isArray(value)) {
    ctx.issues.error(
      [...path, key],
      'WrongType',
      `expected an array of ${expected}, got ${describeType(value)}`,
    );
    return [];
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string') {
      out.push(item);
    } else {
      const got = describeType(item);
      ctx.issues.error([...path, key, i], 'WrongType', `expected ${expected}, got ${got}`);
    }
  });
  return out;
}

/** An optional object whose values are all strings (tags, encryption context). */
export function stringMap(
  ctx: ReadContext,
  obj: Obj,
  key: string,
  path: Path,
  what: string,
): Record<string, string> | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  const map = asObject(ctx, value, [...path, key], `${what} (an object of string values)`);
  if (!map) return undefined;
  const entries: [string, string][] = [];
  for (const [k, v] of Object.entries(map)) {
    if (typeof v === 'string') {
      entries.push([k, v]);
    } else if (v !== undefined) {
      ctx.issues.error([...path, key, k], 'WrongType', `expected a string, got ${describeType(v)}`);
    }
  }
  // fromEntries defines own properties, so a key named "__proto__" stays an ordinary key.
  return Object.fromEntries(entries);
}

/**
 * An optional array of objects; [] when absent. Returns the raw items with their paths for the
 * item reader. More than `max` items is an error and none are read.
 */
export function objectList(
  ctx: ReadContext,
  obj: Obj,
  key: string,
  path: Path,
  expected: string,
  max?: number,
): { value: unknown; path: Path }[] {
  const value = obj[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    ctx.issues.error(
      [...path, key],
      'WrongType',
      `expected an array of ${expected}, got ${describeType(value)}`,
    );
    return [];
  }
  if (max !== undefined && value.length > max) {
    const count = value.length.toLocaleString('en-US');
    ctx.issues.error(
      [...path, key],
      'TooManyItems',
      `${count} items is more than the limit of ${max.toLocaleString('en-US')}`,
    );
    return [];
  }
  return value.map((item: unknown, i) => ({ value: item, path: [...path, key, i] }));
}
