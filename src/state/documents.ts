/**
 * The editable documents of a scenario, addressed by the engine's document ids (`key:<keyId>`,
 * `grant:<id>`, ...) plus `scenario`. Each id maps to a JSON path inside the scenario, which is
 * how documents are read, replaced, and how decoder issues are traced back into them.
 */
import { keyIdOf } from '../engine';
import { scenarioToJson, type Json, type Scenario } from '../scenario';
import type { DocumentInfo } from './types';

/** A JSON path inside the scenario: object keys and array indexes. */
export type ScenarioJsonPath = (string | number)[];

/** A document with where it sits in the scenario. */
export interface DocumentLocation extends DocumentInfo {
  /** JSON path of the document inside the scenario (`[]` for `scenario`). */
  path: ScenarioJsonPath;
  /** True when the document may be absent: empty text removes it. */
  optional: boolean;
}

/** Id of the whole-scenario document. */
export const SCENARIO_DOCUMENT = 'scenario';

const locationCache = new WeakMap<Scenario, DocumentLocation[]>();
const jsonCache = new WeakMap<Scenario, Json>();

/** The last part of an ARN (`arn:aws:iam::1:user/Dana` → `Dana`), for short labels. */
function shortName(arn: string): string {
  const tail = arn.slice(arn.lastIndexOf(':') + 1);
  return tail.slice(tail.lastIndexOf('/') + 1) || arn;
}

function collect(s: Scenario): DocumentLocation[] {
  const out: DocumentLocation[] = [];
  // A set of the ids so far: looking through the list per document made this quadratic.
  const seen = new Set<string>();
  const add = (d: DocumentLocation) => {
    if (seen.has(d.id)) return;
    seen.add(d.id);
    out.push(d);
  };
  const doc = (
    id: string,
    group: DocumentInfo['group'],
    kind: DocumentInfo['kind'],
    label: string,
    path: ScenarioJsonPath,
    optional = false,
  ) => add({ id, group, kind, label, path, optional });

  s.organization?.policies.forEach((p, i) => {
    const kind = p.type === 'SCP' ? 'scp' : 'rcp';
    doc(`${kind}:${p.id}`, 'organization', kind, p.name ?? p.id, [
      'organization',
      'policies',
      i,
      'document',
    ]);
  });
  s.principals.forEach((p, i) => {
    const who = p.name ?? shortName(p.arn);
    p.policies.forEach((np, j) => {
      doc(`identity:${p.arn}#${np.name}`, 'principals', 'identityPolicy', `${who} · ${np.name}`, [
        'principals',
        i,
        'policies',
        j,
        'document',
      ]);
    });
    if (p.permissionsBoundary !== undefined) {
      const path = ['principals', i, 'permissionsBoundary'];
      doc(`boundary:${p.arn}`, 'principals', 'boundary', `${who} · boundary`, path, true);
    }
  });
  s.groups.forEach((g, i) => {
    g.policies.forEach((np, j) => {
      const label = `${shortName(g.arn)} (group) · ${np.name}`;
      const path = ['groups', i, 'policies', j, 'document'];
      doc(`group:${g.arn}#${np.name}`, 'principals', 'identityPolicy', label, path);
    });
  });
  s.keys.forEach((k, i) => {
    const label = k.aliases[0] ?? keyIdOf(k.arn);
    doc(`key:${keyIdOf(k.arn)}`, 'keys', 'keyPolicy', label, ['keys', i, 'policy']);
  });
  s.grants.forEach((g, i) => {
    const label = g.name ?? `${g.grantId.slice(0, 12)}…`;
    doc(`grant:${g.grantId}`, 'grants', 'grant', label, ['grants', i]);
  });
  s.vpcEndpoints.forEach((e, i) => {
    doc(`vpce:${e.id}`, 'endpoints', 'endpointPolicy', e.id, ['vpcEndpoints', i, 'policy'], true);
  });
  s.requests.forEach((r, i) => {
    const ref = r.id ?? String(i);
    const label = r.id ?? `Request ${i + 1} (${r.action})`;
    doc(`request:${ref}`, 'requests', 'request', label, ['requests', i]);
    if (r.sessionPolicy !== undefined) {
      const path = ['requests', i, 'sessionPolicy'];
      doc(`session:${ref}`, 'requests', 'sessionPolicy', `${label} · session policy`, path, true);
    }
    if (r.parameters['Policy'] !== undefined) {
      const path = ['requests', i, 'parameters', 'Policy'];
      doc(`newPolicy:${ref}`, 'requests', 'newKeyPolicy', `${label} · new key policy`, path);
    }
  });
  doc(SCENARIO_DOCUMENT, 'scenario', 'scenario', s.title ?? 'Scenario', []);
  return out;
}

/** Every document with its path (memoized per scenario object). */
export function documentLocations(s: Scenario): DocumentLocation[] {
  let found = locationCache.get(s);
  if (!found) {
    found = collect(s);
    locationCache.set(s, found);
  }
  return found;
}

/**
 * Every editable document of the scenario: organization policies, identity policies and
 * boundaries, group policies, key policies, grants, endpoint policies, requests with their session
 * and new-key policies, and `scenario` last. Ids are unique (a duplicate id is listed once).
 */
export function listDocuments(s: Scenario): DocumentInfo[] {
  return documentLocations(s).map(({ id, group, label, kind }) => ({ id, group, label, kind }));
}

/** Where one document sits, or undefined when the scenario has no such document. */
export function locateDocument(s: Scenario, id: string): DocumentLocation | undefined {
  return documentLocations(s).find((d) => d.id === id);
}

/** Id of the document at `path` (used to follow a grant or request whose id was edited). */
export function documentIdAt(s: Scenario, path: ScenarioJsonPath): string | undefined {
  return documentLocations(s).find((d) => samePath(d.path, path))?.id;
}

/** The scenario as plain JSON with defaults left out (memoized per scenario object). */
export function scenarioJson(s: Scenario): Json {
  let json = jsonCache.get(s);
  if (json === undefined) {
    json = scenarioToJson(s);
    jsonCache.set(s, json);
  }
  return json;
}

/** Follows `path` into a JSON value. */
export function getIn(root: unknown, path: readonly (string | number)[]): unknown {
  let cur = root;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[part];
  }
  return cur;
}

/** Copy of `root` with `value` at `path` (undefined removes an object key); shares the rest. */
export function setIn(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const child = setIn(getIn(root, [head]), rest, value);
  if (Array.isArray(root) && typeof head === 'number') {
    const copy = [...(root as unknown[])];
    copy[head] = child;
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  if (child === undefined) delete copy[String(head)];
  else copy[String(head)] = child;
  return copy;
}

/**
 * The document as pretty JSON (two-space indent) in the scenario's file form (defaults left
 * out); `''` for an absent optional document (an endpoint without a policy) or an unknown id.
 */
export function documentText(s: Scenario, id: string): string {
  const loc = locateDocument(s, id);
  if (!loc) return '';
  const value = getIn(scenarioJson(s), loc.path);
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/**
 * Replaces one document by its id, immutably: a policy document, a whole grant or request, or
 * (for `scenario`) everything. `undefined` removes an optional document. The value is not
 * validated here (see `applyDocumentValue`); an unknown id returns `s` unchanged.
 */
export function setDocument(s: Scenario, id: string, json: unknown): Scenario {
  const loc = locateDocument(s, id);
  if (!loc) return s;
  return setIn(s, loc.path, json) as Scenario;
}

/** True when both paths are equal. */
export function samePath(a: readonly (string | number)[], b: readonly (string | number)[]) {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}
