/**
 * A small RFC 6902 applier for the operations fixes produce (`add`, `replace`, `remove`) over
 * RFC 6901 pointers. Copy-on-write: only the containers on each path are copied, so the input (whose
 * documents the decoded scenario shares) is never changed. A path that does not exist throws.
 */
import type { PatchOperation } from './types';

/** RFC 6901: one reference token, `~` → `~0` and `/` → `~1`. */
export const escapeToken = (t: string | number): string =>
  String(t).replace(/~/g, '~0').replace(/\//g, '~1');

/** A JSON Pointer from path tokens. */
export const pointer = (...tokens: (string | number)[]): string =>
  tokens.map((t) => `/${escapeToken(t)}`).join('');

function tokensOf(p: string): string[] {
  if (p === '') return [];
  if (!p.startsWith('/')) throw new Error(`"${p}" is not a JSON Pointer`);
  return p
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;
const copy = (c: Container): Container => (Array.isArray(c) ? [...c] : { ...c });

function index(arr: unknown[], token: string, forAdd: boolean, path: string): number {
  if (forAdd && token === '-') return arr.length;
  if (!/^(0|[1-9]\d*)$/.test(token)) throw new Error(`${path}: "${token}" is not an array index`);
  const i = Number(token);
  if (i > arr.length || (!forAdd && i === arr.length))
    throw new Error(`${path}: index ${i} is out of range`);
  return i;
}

function applyOne(root: unknown, o: PatchOperation): unknown {
  const tokens = tokensOf(o.path);
  const last = tokens.pop();
  if (last === undefined) {
    if (o.op === 'remove') throw new Error('cannot remove the whole document');
    return o.value;
  }
  if (!isContainer(root)) throw new Error(`${o.path}: the root is not a container`);
  const top = copy(root);
  let parent: Container = top;
  for (const t of tokens) {
    const child: unknown = Array.isArray(parent)
      ? parent[index(parent, t, false, o.path)]
      : Object.hasOwn(parent, t)
        ? parent[t]
        : undefined;
    if (!isContainer(child)) throw new Error(`${o.path}: "${t}" does not exist`);
    const c = copy(child);
    if (Array.isArray(parent)) parent[Number(t)] = c;
    else parent[t] = c;
    parent = c;
  }
  if (Array.isArray(parent)) {
    const i = index(parent, last, o.op === 'add', o.path);
    if (o.op === 'add') parent.splice(i, 0, o.value);
    else if (o.op === 'replace') parent[i] = o.value;
    else parent.splice(i, 1);
  } else if (o.op === 'add') parent[last] = o.value;
  else {
    if (!Object.hasOwn(parent, last)) throw new Error(`${o.path} does not exist`);
    if (o.op === 'replace') parent[last] = o.value;
    else delete parent[last];
  }
  return top;
}

/** The value after every operation, in order; throws naming the path when one cannot apply. */
export function applyPatch(value: unknown, ops: readonly PatchOperation[]): unknown {
  let out = value;
  for (const o of ops) out = applyOne(out, o);
  return out;
}
