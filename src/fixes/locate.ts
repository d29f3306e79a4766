/**
 * Where things are in the scenario as written (`scenarioToJson`): engine document ids to JSON
 * paths, and the operations that add a statement to a document whatever shape its `Statement` has.
 * Lists the encoder leaves out when empty (a principal's `policies`, the `grants`, a request's
 * `grantTokens`) are added whole, so every patch path exists when the patch is applied.
 */
import { docIds } from '../engine/kms/ids';
import type { Json, Scenario } from '../scenario/types';
import { pointer } from './patch';
import type { PatchOperation } from './types';

export type Path = (string | number)[];
export type JsonObject = { [key: string]: Json };

/** The JSON path of an engine document (see `SourceRef`) inside the written scenario. */
export function locateDocument(s: Scenario, id: string): Path | null {
  const colon = id.indexOf(':');
  const type = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  const hash = rest.lastIndexOf('#');
  const owner = hash < 0 ? rest : rest.slice(0, hash);
  const name = hash < 0 ? '' : rest.slice(hash + 1);
  const found = (i: number, ...tail: Path): Path | null => (i < 0 ? null : [i, ...tail]);
  const reqIndex = (ref: string) => s.requests.findIndex((r, i) => (r.id ?? String(i)) === ref);
  const within = (head: string, p: Path | null): Path | null => (p ? [head, ...p] : null);
  switch (type) {
    case 'key':
      return within(
        'keys',
        found(
          s.keys.findIndex((k) => docIds.key(k, s.keys) === id),
          'policy',
        ),
      );
    case 'identity': {
      const i = s.principals.findIndex((p) => p.arn === owner);
      const j = s.principals[i]?.policies.findIndex((p) => p.name === name) ?? -1;
      return j < 0 ? null : ['principals', i, 'policies', j, 'document'];
    }
    case 'group': {
      const i = s.groups.findIndex((g) => g.arn === owner);
      const j = s.groups[i]?.policies.findIndex((p) => p.name === name) ?? -1;
      return j < 0 ? null : ['groups', i, 'policies', j, 'document'];
    }
    case 'boundary':
      return within(
        'principals',
        found(
          s.principals.findIndex((p) => p.arn === rest),
          'permissionsBoundary',
        ),
      );
    case 'session':
      return within('requests', found(reqIndex(rest), 'sessionPolicy'));
    case 'newPolicy':
      return within('requests', found(reqIndex(rest), 'parameters', 'Policy'));
    case 'scp':
    case 'rcp': {
      const i = s.organization?.policies.findIndex((p) => p.id === rest) ?? -1;
      return i < 0 ? null : ['organization', 'policies', i, 'document'];
    }
    case 'vpce':
      return within(
        'vpcEndpoints',
        found(
          s.vpcEndpoints.findIndex((e) => e.id === rest),
          'policy',
        ),
      );
    case 'grant':
      return within('grants', found(s.grants.findIndex((g) => g.grantId === rest)));
    case 'request':
      return within('requests', found(reqIndex(rest)));
    default:
      return null;
  }
}

/** The value at a path, or undefined. */
export function getAt(root: unknown, path: Path): unknown {
  let cur = root;
  for (const t of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[String(t)];
  }
  return cur;
}

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Statements of a document as written: an array, one object, or none. */
export function statementsOf(doc: unknown): { path: Path; statement: JsonObject }[] {
  const st = isObject(doc) ? doc['Statement'] : undefined;
  if (Array.isArray(st))
    return st.flatMap((x, i) => (isObject(x) ? [{ path: ['Statement', i], statement: x }] : []));
  return isObject(st) ? [{ path: ['Statement'], statement: st }] : [];
}

/** A Sid not yet used in the document: `base`, `base2`, `base3`, … */
export function freshSid(doc: unknown, base: string): string {
  const used = new Set(statementsOf(doc).map((s) => s.statement['Sid']));
  for (let n = 1; ; n++)
    if (!used.has(n === 1 ? base : `${base}${n}`)) return n === 1 ? base : `${base}${n}`;
}

/** Operations adding `statement` to the document at `docPath`, whatever shape `Statement` has. */
export function appendStatement(
  json: unknown,
  docPath: Path,
  statement: JsonObject,
): PatchOperation[] {
  const doc = getAt(json, docPath);
  if (!isObject(doc)) return [{ op: 'add', path: pointer(...docPath), value: policy(statement) }];
  const st = doc['Statement'];
  if (Array.isArray(st))
    return [{ op: 'add', path: pointer(...docPath, 'Statement', '-'), value: statement }];
  if (st === undefined)
    return [{ op: 'add', path: pointer(...docPath, 'Statement'), value: [statement] }];
  return [{ op: 'replace', path: pointer(...docPath, 'Statement'), value: [st, statement] }];
}

/** A policy document with these statements. */
export const policy = (...statements: JsonObject[]): JsonObject => ({
  Version: '2012-10-17',
  Statement: statements,
});

/** Operations appending `value` to the list at `listPath`, adding the list when the encoder left it out. */
export function appendToList(json: unknown, listPath: Path, value: unknown): PatchOperation[] {
  return Array.isArray(getAt(json, listPath))
    ? [{ op: 'add', path: pointer(...listPath, '-'), value }]
    : [{ op: 'add', path: pointer(...listPath), value: [value] }];
}
