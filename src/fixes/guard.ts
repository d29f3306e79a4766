/**
 * The rule every fix keeps (issue 10): never a wildcard principal (`"*"`, `{"AWS": "*"}`) and never
 * `kms:*` or `*` as an action. Checked on the scenario as written before and after a patch: every
 * Allow statement the patch adds or changes may hold no wildcard principal or action beyond what the
 * statement at that place held before. A statement kept word for word (moved into a list, or a key
 * policy sent back as PutKeyPolicy's `Policy`) is not new.
 */
import { getAt, isObject, statementsOf, type JsonObject, type Path } from './locate';
import { pointer } from './patch';
import type { PatchOperation } from './types';

/** The policy documents of a written scenario, with their paths. */
export function documentsOf(json: unknown): { path: Path; doc: unknown }[] {
  if (!isObject(json)) return [];
  const out: { path: Path; doc: unknown }[] = [];
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const add = (path: Path) => {
    const doc = getAt(json, path);
    if (doc !== undefined) out.push({ path, doc });
  };
  list(json['keys']).forEach((_, i) => add(['keys', i, 'policy']));
  for (const owners of ['principals', 'groups'] as const) {
    list(json[owners]).forEach((o, i) => {
      list(isObject(o) ? o['policies'] : undefined).forEach((_, j) =>
        add([owners, i, 'policies', j, 'document']),
      );
      add([owners, i, 'permissionsBoundary']);
    });
  }
  const org = json['organization'];
  list(isObject(org) ? org['policies'] : undefined).forEach((_, i) =>
    add(['organization', 'policies', i, 'document']),
  );
  list(json['vpcEndpoints']).forEach((_, i) => add(['vpcEndpoints', i, 'policy']));
  list(json['requests']).forEach((_, i) => {
    add(['requests', i, 'sessionPolicy']);
    add(['requests', i, 'parameters', 'Policy']);
  });
  return out;
}

const values = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** True for `"*"` or a Principal object with a `"*"` among its AWS values. */
export function isWildcardPrincipal(p: unknown): boolean {
  if (p === '*') return true;
  return isObject(p) && values(p['AWS']).includes('*');
}

/** True for an action with a wildcard (`*`, `kms:*`, `kms:Get*`). */
export const isWildcardAction = (a: unknown): boolean => typeof a === 'string' && a.includes('*');

/** The wildcard principals and actions of an Allow statement (NotPrincipal/NotAction count). */
export function wildcardsOf(st: JsonObject): string[] {
  if (st['Effect'] !== 'Allow') return [];
  const out: string[] = [];
  if (isWildcardPrincipal(st['Principal'])) out.push('Principal:*');
  if (st['NotPrincipal'] !== undefined) out.push('NotPrincipal');
  if (st['NotAction'] !== undefined) out.push('NotAction');
  for (const a of values(st['Action'])) if (isWildcardAction(a)) out.push(`Action:${String(a)}`);
  return out;
}

const key = (path: Path) => JSON.stringify(path);

/** Every Allow statement with a wildcard, by its place, and the set of them as text. */
function wildcardStatements(json: unknown) {
  const byPlace = new Map<string, string[]>();
  const texts = new Set<string>();
  for (const { path, doc } of documentsOf(json)) {
    for (const s of statementsOf(doc)) {
      const w = wildcardsOf(s.statement);
      if (w.length === 0) continue;
      byPlace.set(key([...path, ...s.path]), w);
      texts.add(JSON.stringify(s.statement));
    }
  }
  return { byPlace, texts };
}

/**
 * The wildcards `after` adds: statements not present word for word in `before` whose wildcard
 * principals or actions the statement at the same place in `before` did not have. With `ops`, only
 * the documents those operations touch are read.
 */
export function addedWildcards(before: unknown, after: unknown, ops?: PatchOperation[]): string[] {
  return wildcardGuard(before)(after, ops);
}

/** `addedWildcards` with `before` read once, for checking many patched versions of it. */
export function wildcardGuard(
  before: unknown,
): (after: unknown, ops?: PatchOperation[]) => string[] {
  const b = wildcardStatements(before);
  return (after, ops) => {
    const out: string[] = [];
    for (const { path, doc } of documentsOf(after)) {
      if (ops && !ops.some((o) => related(pointer(...path), o.path))) continue;
      for (const s of statementsOf(doc)) {
        const w = wildcardsOf(s.statement);
        if (w.length === 0 || b.texts.has(JSON.stringify(s.statement))) continue;
        const had = [...(b.byPlace.get(key([...path, ...s.path])) ?? [])];
        for (const x of w) {
          const i = had.indexOf(x);
          if (i >= 0) had.splice(i, 1);
          else out.push(`${key([...path, ...s.path])} ${x}`);
        }
      }
    }
    return out;
  };
}

/** True when one pointer is the other or lies inside it (an `add` of `/principals/-` included). */
function related(doc: string, op: string): boolean {
  const base = op.endsWith('/-') ? op.slice(0, -2) : op;
  return doc === base || doc.startsWith(`${base}/`) || base.startsWith(`${doc}/`);
}
