/**
 * Helpers for the engine property tests: where the policy documents of a scenario are, how to
 * change one in a copy, and what kind of caller a request names (kms-semantics 0.2), written
 * independently of the engine so that the properties do not just restate its code.
 */
import type { Json, Scenario } from '../../scenario/types';
import type { EvaluationResult } from '../types';
import type { DocKind, JsonObject } from './arbitraries';

export type Path = (string | number)[];

/** A policy document inside a scenario: its JSON path from the scenario root and its kind. */
export interface DocLocation {
  path: Path;
  kind: DocKind;
}

/** Every policy document of a scenario, including the `Policy` parameters of requests. */
export function documentLocations(s: Scenario): DocLocation[] {
  const out: DocLocation[] = [];
  s.keys.forEach((_, i) => out.push({ path: ['keys', i, 'policy'], kind: 'key' }));
  s.principals.forEach((p, i) => {
    p.policies.forEach((_, j) =>
      out.push({ path: ['principals', i, 'policies', j, 'document'], kind: 'identity' }),
    );
    if (p.permissionsBoundary !== undefined)
      out.push({ path: ['principals', i, 'permissionsBoundary'], kind: 'boundary' });
  });
  s.groups.forEach((g, i) =>
    g.policies.forEach((_, j) =>
      out.push({ path: ['groups', i, 'policies', j, 'document'], kind: 'identity' }),
    ),
  );
  s.organization?.policies.forEach((p, i) =>
    out.push({
      path: ['organization', 'policies', i, 'document'],
      kind: p.type === 'SCP' ? 'scp' : 'rcp',
    }),
  );
  s.vpcEndpoints.forEach((e, i) => {
    if (e.policy !== undefined) out.push({ path: ['vpcEndpoints', i, 'policy'], kind: 'vpce' });
  });
  s.requests.forEach((r, i) => {
    if (r.sessionPolicy !== undefined)
      out.push({ path: ['requests', i, 'sessionPolicy'], kind: 'session' });
    if (r.parameters.Policy !== undefined)
      out.push({ path: ['requests', i, 'parameters', 'Policy'], kind: 'key' });
  });
  return out;
}

/** The value at a path (undefined when missing). */
export function getAt(root: unknown, path: Path): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

/** Sets the value at a path of an object tree (every parent must exist). */
export function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('empty path');
  parent[last] = value;
}

export const clone = <T>(x: T): T => structuredClone(x);

/** Whether the document's Statement is an array (appending keeps every existing path). */
export function hasStatementArray(doc: unknown): boolean {
  return isObject(doc) && Array.isArray(doc['Statement']);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The document with a statement appended: an array Statement grows; a single statement becomes
 * a list of two; a document without Statement (or that is no object) gets one.
 */
export function withStatement(doc: unknown, statement: JsonObject): Json {
  if (!isObject(doc)) return { Version: '2012-10-17', Statement: [statement] };
  const st = doc['Statement'];
  const list = Array.isArray(st)
    ? [...(st as Json[]), statement]
    : st === undefined
      ? [statement]
      : [st as Json, statement];
  return { ...(doc as JsonObject), Statement: list };
}

/** Indexes of the Deny statements of a document (`-1` for a single-object Statement). */
export function denyIndexes(doc: unknown): number[] {
  if (!isObject(doc)) return [];
  const st = doc['Statement'];
  if (Array.isArray(st))
    return st.flatMap((s, i) => (isObject(s) && s['Effect'] === 'Deny' ? [i] : []));
  return isObject(st) && st['Effect'] === 'Deny' ? [-1] : [];
}

/** The document without the statement at `index` (`-1`: the single-object Statement). */
export function withoutStatement(doc: unknown, index: number): Json {
  const d = doc as JsonObject;
  const st = d['Statement'];
  if (index === -1 || !Array.isArray(st)) return { ...d, Statement: [] };
  return { ...d, Statement: st.filter((_, i) => i !== index) };
}

/** The caller a request names, as kms-semantics 0.2 describes it. */
export interface CallerFacts {
  kind: 'user' | 'role' | 'session' | 'federated' | 'root' | 'service' | 'other';
  account: string | null;
  /** The scenario principal whose identity policies and boundary are the caller's. */
  entryIndex: number;
  /** A service-linked role or one of its sessions (S16: SCPs do not apply). */
  serviceLinked: boolean;
}

const IAM = /^arn:aws:iam::(\d{12}):(user|role|root)(?:\/(.*))?$/;
const STS = /^arn:aws:sts::(\d{12}):(assumed-role|federated-user)\/([^/]+)/;

export function callerFacts(s: Scenario, arn: string): CallerFacts {
  const lastSegment = (x: string) => x.slice(x.lastIndexOf('/') + 1);
  if (/^[a-z0-9.-]+\.amazonaws\.com$/.test(arn))
    return { kind: 'service', account: null, entryIndex: -1, serviceLinked: false };
  const iam = IAM.exec(arn);
  if (iam) {
    const [, account = null, type, rest = ''] = iam;
    const kind = type === 'user' ? 'user' : type === 'role' ? 'role' : 'root';
    const entryIndex = kind === 'root' ? -1 : s.principals.findIndex((p) => p.arn === arn);
    return {
      kind,
      account,
      entryIndex,
      serviceLinked: kind === 'role' && rest.startsWith('aws-service-role/'),
    };
  }
  const sts = STS.exec(arn);
  if (sts) {
    const [, account = null, type, name = ''] = sts;
    if (type === 'federated-user')
      return {
        kind: 'federated',
        account,
        entryIndex: s.principals.findIndex((p) => p.arn === arn),
        serviceLinked: false,
      };
    const own = s.principals.findIndex((p) => p.arn === arn);
    const roleIndex = s.principals.findIndex((p) => {
      const m = IAM.exec(p.arn);
      return m !== null && m[1] === account && m[2] === 'role' && lastSegment(m[3] ?? '') === name;
    });
    return {
      kind: 'session',
      account,
      entryIndex: own >= 0 ? own : roleIndex,
      // A session ARN has no role path (A26): judge by the role name AWS gives service-linked roles.
      serviceLinked: name.startsWith('AWSServiceRoleFor'),
    };
  }
  return { kind: 'other', account: null, entryIndex: -1, serviceLinked: false };
}

/** Whether the engine authorized the request at all (pre-authorization rejections have no check). */
export const authorizationRan = (r: EvaluationResult): boolean =>
  r.trace.some((t) => t.rule === 'authorizationCheck');

/** The essentials of a result that statements can influence. */
export const essentials = (r: EvaluationResult) => ({
  request: r.request,
  outcome: r.outcome,
  decision: r.decision,
  message: r.message,
  deciding: r.deciding,
});

/** numRuns scaled by PROPERTY_RUNS_SCALE (e.g. 10 for a deeper local search; default 1). */
export function runs(n: number): number {
  const scale = Number(process.env['PROPERTY_RUNS_SCALE'] ?? '1');
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
