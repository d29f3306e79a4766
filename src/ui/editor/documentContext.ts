/**
 * Where a JSON path lands, seen through the document's kind: inside a policy document (and which
 * kind of policy), inside a grant, inside a request, or elsewhere. The scenario document nests
 * policies, grants and requests; the same rules then apply below those points.
 */
import type { DocumentInfo } from '../../state/types';

/** Kind of editor document. */
export type DocumentKind = DocumentInfo['kind'];

/** A JSON path (object keys and array indexes). */
export type Path = readonly (string | number)[];

/** What part of the document a path is in, and the path relative to that part. */
export type Region =
  | { part: 'policy'; policyKind: PolicyKind; path: Path }
  | { part: 'grant'; path: Path }
  | { part: 'request'; path: Path }
  | { part: 'other'; path: Path };

/** Kinds of policy document. */
export type PolicyKind = Exclude<DocumentKind, 'grant' | 'request' | 'scenario'>;

/** True for the kinds whose document is an IAM policy document. */
export function isPolicyKind(kind: DocumentKind): kind is PolicyKind {
  return kind !== 'grant' && kind !== 'request' && kind !== 'scenario';
}

/** `#` matches any array index; other segments match literally. */
type Pattern = readonly (string | '#')[];

const REQUEST_POLICIES: [Pattern, PolicyKind][] = [
  [['sessionPolicy'], 'sessionPolicy'],
  [['parameters', 'Policy'], 'newKeyPolicy'],
];

const SCENARIO_POLICIES: [Pattern, PolicyKind][] = [
  [['keys', '#', 'policy'], 'keyPolicy'],
  [['principals', '#', 'policies', '#', 'document'], 'identityPolicy'],
  [['principals', '#', 'permissionsBoundary'], 'boundary'],
  [['groups', '#', 'policies', '#', 'document'], 'identityPolicy'],
  [['organization', 'policies', '#', 'document'], 'scp'],
  [['vpcEndpoints', '#', 'policy'], 'endpointPolicy'],
  ...REQUEST_POLICIES.map(([p, k]): [Pattern, PolicyKind] => [['requests', '#', ...p], k]),
];

/** Returns the rest of `path` after `pattern`, or undefined when it does not start with it. */
function after(path: Path, pattern: Pattern): Path | undefined {
  if (path.length < pattern.length) return undefined;
  for (let i = 0; i < pattern.length; i++) {
    const seg = path[i];
    const want = pattern[i];
    if (want === '#' ? typeof seg !== 'number' : seg !== want) return undefined;
  }
  return path.slice(pattern.length);
}

function inPolicies(path: Path, table: [Pattern, PolicyKind][]): Region | undefined {
  for (const [pattern, policyKind] of table) {
    const rest = after(path, pattern);
    if (rest) return { part: 'policy', policyKind, path: rest };
  }
  return undefined;
}

/** Finds the region of a path in a document of the given kind. */
export function regionOf(kind: DocumentKind, path: Path): Region {
  if (isPolicyKind(kind)) return { part: 'policy', policyKind: kind, path };
  if (kind === 'grant') return { part: 'grant', path };
  if (kind === 'request') return inPolicies(path, REQUEST_POLICIES) ?? { part: 'request', path };
  const policy = inPolicies(path, SCENARIO_POLICIES);
  if (policy) return policy;
  const grant = after(path, ['grants', '#']);
  if (grant) return { part: 'grant', path: grant };
  const request = after(path, ['requests', '#']);
  if (request) return { part: 'request', path: request };
  return { part: 'other', path };
}

/**
 * Splits a policy-relative path into the statement's index path and the path inside the
 * statement; `Statement` may hold one object or an array.
 */
export function statementPath(path: Path): { statement: Path; inner: Path } | undefined {
  if (path[0] !== 'Statement') return undefined;
  if (typeof path[1] === 'number') return { statement: path.slice(0, 2), inner: path.slice(2) };
  return { statement: path.slice(0, 1), inner: path.slice(1) };
}
