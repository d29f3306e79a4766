/**
 * JSON Patch (RFC 6902) `add`, `replace` and `remove` over JSON Pointers (RFC 6901), enough for a
 * lesson step to say "the previous scenario, with this statement removed". Returns a new value and
 * never mutates its input; a path that does not exist is reported, not guessed.
 */
import type { ScenarioChange } from './types';

/** RFC 6901: `/a/b~1c/0` → ['a', 'b/c', '0']; `~1` is `/` and `~0` is `~`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`"${pointer}" is not a JSON Pointer`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** A deep copy of plain JSON data. */
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function arrayIndex(arr: unknown[], token: string, forAdd: boolean): number {
  if (forAdd && token === '-') return arr.length;
  if (!/^(0|[1-9]\d*)$/.test(token)) throw new Error(`"${token}" is not an array index`);
  const i = Number(token);
  if (i > arr.length || (!forAdd && i === arr.length))
    throw new Error(`index ${i} is out of range`);
  return i;
}

/** Applies one change in place on a private copy. */
function applyOne(root: unknown, change: ScenarioChange): unknown {
  const tokens = parsePointer(change.path);
  const last = tokens.pop();
  if (last === undefined) {
    if (change.op === 'remove') throw new Error('cannot remove the whole scenario');
    return clone(change.value);
  }
  let parent: unknown = root;
  for (const t of tokens) {
    if (!isContainer(parent)) throw new Error(`${change.path}: "${t}" is not inside an object`);
    parent = Array.isArray(parent) ? parent[arrayIndex(parent, t, false)] : parent[t];
  }
  if (!isContainer(parent)) throw new Error(`${change.path}: the parent does not exist`);
  if (Array.isArray(parent)) {
    const i = arrayIndex(parent, last, change.op === 'add');
    if (change.op === 'add') parent.splice(i, 0, clone(change.value));
    else if (change.op === 'replace') parent[i] = clone(change.value);
    else parent.splice(i, 1);
  } else if (change.op === 'remove' || change.op === 'replace') {
    if (!(last in parent)) throw new Error(`${change.path} does not exist`);
    if (change.op === 'remove') delete parent[last];
    else parent[last] = clone(change.value);
  } else parent[last] = clone(change.value);
  return root;
}

/** The value after every change, in order; throws with the failing path when one cannot apply. */
export function applyChanges(value: unknown, changes: readonly ScenarioChange[]): unknown {
  let out = clone(value);
  for (const c of changes) out = applyOne(out, c);
  return out;
}
