import { describeType, type IssueList } from './issues';
import { MAX_STRING_LENGTH } from './limits';

/** How many more JSON values may be visited; shared by every walk of one decode. */
export interface ValueBudget {
  remaining: number;
}

interface Entry {
  value: unknown;
  depth: number;
  key: string | number | null;
  parent: Entry | null;
}

/**
 * Walks a value with an explicit stack (never recursion) and checks that it is plain JSON within
 * the limits: containers at most `maxDepth` deep below `path`, strings at most
 * `MAX_STRING_LENGTH`, finite numbers, plain objects, and no more values than the budget allows.
 * A cycle fails the depth check; a value shared many times fails the budget. Reports the first
 * problem found and returns false, or returns true.
 *
 * `undefined` object properties count as absent, as they do in `JSON.stringify`.
 */
export function checkJsonShape(
  root: unknown,
  path: readonly (string | number)[],
  maxDepth: number,
  issues: IssueList,
  budget: ValueBudget,
): boolean {
  const stack: Entry[] = [{ value: root, depth: 0, key: null, parent: null }];
  const pathOf = (entry: Entry): (string | number)[] => {
    const keys: (string | number)[] = [];
    for (let e: Entry | null = entry; e && e.key !== null; e = e.parent) keys.push(e.key);
    return [...path, ...keys.reverse()];
  };

  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    const { value } = entry;
    budget.remaining -= 1;
    if (budget.remaining < 0) {
      issues.error(pathOf(entry), 'TooManyValues', 'the scenario holds too many JSON values');
      return false;
    }
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_LENGTH) {
        issues.error(pathOf(entry), 'StringTooLong', `string is ${tooLong(value.length)}`);
        return false;
      }
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        issues.error(pathOf(entry), 'NotJson', `expected a JSON number, got ${String(value)}`);
        return false;
      }
      continue;
    }
    if (typeof value === 'boolean' || value === null) continue;
    if (typeof value !== 'object') {
      issues.error(pathOf(entry), 'NotJson', `expected a JSON value, got ${describeType(value)}`);
      return false;
    }
    const depth = entry.depth + 1;
    if (depth > maxDepth) {
      issues.error(
        pathOf(entry),
        'TooDeep',
        `nesting is deeper than the limit (${maxDepth} levels here)`,
      );
      return false;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) {
        stack.push({ value: value[i] as unknown, depth, key: i, parent: entry });
      }
      continue;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      issues.error(pathOf(entry), 'NotJson', `expected a plain JSON object, got ${name}`);
      return false;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i] as string;
      if (key.length > MAX_STRING_LENGTH) {
        issues.error(pathOf(entry), 'StringTooLong', `a property name is ${tooLong(key.length)}`);
        return false;
      }
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) stack.push({ value: child, depth, key, parent: entry });
    }
  }
  return true;
}

function tooLong(length: number): string {
  const limit = MAX_STRING_LENGTH.toLocaleString('en-US');
  return `too long: ${length.toLocaleString('en-US')} characters, the limit is ${limit}`;
}
