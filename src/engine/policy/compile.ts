import type { LocalDiagnostic } from '../context';
import type { DecidingRef, JsonPath, SourceRef, StepDetail } from '../types';
import { compileCondition, type CompiledCondition } from '../conditions';
import { compileActions, type PatternEntry } from './actions';
import { compileResources, type ResourceEntry } from './resources';
import { parsePrincipal, type PrincipalEntry } from './principal';

/** What kind of policy a document is; decides which elements are required or forbidden. */
export type PolicyKind = 'key' | 'identity' | 'boundary' | 'session' | 'scp' | 'rcp' | 'vpce';

/** Policies that carry a Principal (resource-based): S2 key policies, S17 RCPs, S13 endpoints. */
export const RESOURCE_BASED: ReadonlySet<PolicyKind> = new Set(['key', 'rcp', 'vpce']);

/** A statement, parsed and with its matchers built once. */
export interface CompiledStatement {
  index: number;
  /** JSON path of the statement in its document (`["Statement"]` when Statement is an object). */
  path: JsonPath;
  sid: string | null;
  effect: 'Allow' | 'Deny';
  /** Principal entries; null when the statement has no Principal/NotPrincipal. */
  principals: PrincipalEntry[] | null;
  notPrincipal: boolean;
  principalPath: JsonPath;
  actions: PatternEntry[];
  notAction: boolean;
  actionPath: JsonPath;
  /** null: neither Resource nor NotResource, so the statement applies to nothing (S2). */
  resources: ResourceEntry[] | null;
  notResource: boolean;
  resourcePath: JsonPath;
  condition: CompiledCondition | null;
  conditionPath: JsonPath;
  /** The statement's trace step: its local id (`s<index>`) and source, built once and shared. */
  localId: string;
  /** The detail of the statement's step when it matches without a principal (shared). */
  matchDetail: StepDetail;
  /** `/` + local id: the statement step's id is its parent's id + this (one concatenation). */
  slashId: string;
  source: SourceRef;
  /** Sources of the element steps and of each condition clause (in clause order). */
  principalSource: SourceRef;
  actionSource: SourceRef;
  resourceSource: SourceRef;
  clauseSources: SourceRef[];
  /** `/condition.<i>` per clause: each condition step's id is the statement's id + this. */
  clauseSlashIds: string[];
  /** The statement as a deciding reference (document, Sid, path), shared by every result. */
  ref: DecidingRef;
  /** The entries as written, for the element steps' details (shared, never changed). */
  principalsRaw: string[];
  actionsRaw: string[];
  resourcesRaw: string[];
}

/** A parsed policy document. */
export interface CompiledPolicy {
  /** Document id, e.g. `key:1234…`. */
  id: string;
  kind: PolicyKind;
  /** `2012-10-17`, `2008-10-17` or null when absent. */
  version: string | null;
  statements: CompiledStatement[];
  /** Allow statements, in document order (precomputed for the allow phases). */
  allows: CompiledStatement[];
  /** Deny statements, in document order (precomputed for the deny sweep). */
  denies: CompiledStatement[];
  diagnostics: LocalDiagnostic[];
  /** The document step's source (`path` []), built once and shared by every trace. */
  source: SourceRef;
  /** `/` + id: the document step's id is its parent's id + this. */
  slashId: string;
}

const KNOWN = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);

function compileStatement(
  doc: string,
  raw: unknown,
  index: number,
  path: JsonPath,
  kind: PolicyKind,
  variables: boolean,
  d: LocalDiagnostic[],
): CompiledStatement | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    d.push({
      path,
      severity: 'error',
      code: 'InvalidStatement',
      message: 'A statement must be a JSON object.',
    });
    return null;
  }
  const s = raw as Record<string, unknown>;
  for (const k of Object.keys(s)) {
    if (!KNOWN.has(k))
      d.push({
        path: [...path, k],
        severity: 'error',
        code: 'UnknownElement',
        message: `"${k}" is not a policy element (S38 grammar).`,
      });
  }
  // S25: Effect is case-sensitive and must be Allow or Deny.
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') {
    d.push({
      path: s.Effect === undefined ? path : [...path, 'Effect'],
      severity: 'error',
      code: 'InvalidEffect',
      message: `Effect must be exactly "Allow" or "Deny" (case-sensitive), got ${JSON.stringify(s.Effect ?? null)}; the statement is ignored.`,
    });
    return null;
  }
  const sid = typeof s.Sid === 'string' ? s.Sid : null;
  if (s.Sid !== undefined && typeof s.Sid !== 'string')
    d.push({
      path: [...path, 'Sid'],
      severity: 'error',
      code: 'InvalidSid',
      message: 'Sid must be a string.',
    });
  // S2: in key policies the Sid may contain spaces; IAM policies allow only letters and digits.
  if (sid && kind !== 'key' && !/^[A-Za-z0-9]*$/.test(sid))
    d.push({
      path: [...path, 'Sid'],
      severity: 'warning',
      code: 'SidCharacters',
      message: 'Outside key policies a Sid may contain only ASCII letters and digits.',
    });
  const both = (a: string, b: string) =>
    s[a] !== undefined &&
    s[b] !== undefined &&
    d.push({
      path,
      severity: 'error',
      code: 'ConflictingElements',
      message: `A statement may have ${a} or ${b}, not both.`,
    });
  both('Principal', 'NotPrincipal');
  both('Action', 'NotAction');
  both('Resource', 'NotResource');

  const notPrincipal = s.Principal === undefined && s.NotPrincipal !== undefined;
  const pKey = notPrincipal ? 'NotPrincipal' : 'Principal';
  let principals: PrincipalEntry[] | null = null;
  if (s[pKey] !== undefined) {
    if (!RESOURCE_BASED.has(kind)) {
      d.push({
        path: [...path, pKey],
        severity: 'error',
        code: 'PrincipalInIdentityPolicy',
        message: `${pKey} is not allowed in ${kind === 'scp' ? 'a service control policy' : 'an identity-based policy'}; it is ignored here, and AWS rejects such a policy.`,
      });
    } else principals = parsePrincipal(s[pKey], [...path, pKey], d);
  } else if (RESOURCE_BASED.has(kind)) {
    d.push({
      path,
      severity: 'error',
      code: 'MissingPrincipal',
      message:
        'A statement in a key policy, RCP or VPC endpoint policy needs a Principal; this statement matches no one.',
    });
    principals = [];
  }
  if (notPrincipal && s.Effect === 'Allow')
    d.push({
      path: [...path, 'NotPrincipal'],
      severity: 'warning',
      code: 'NotPrincipalWithAllow',
      message:
        'AWS does not support NotPrincipal with Allow (S29); it would allow everyone not listed. The playground never lets it allow a listed principal, its role or its account (P11); name the principals in Principal instead.',
    });

  const notAction = s.Action === undefined && s.NotAction !== undefined;
  const aKey = notAction ? 'NotAction' : 'Action';
  if (s[aKey] === undefined)
    d.push({
      path,
      severity: 'error',
      code: 'MissingAction',
      message: 'A statement needs Action or NotAction; this one matches no action.',
    });
  const actions = s[aKey] === undefined ? [] : compileActions(s[aKey], [...path, aKey], aKey, d);

  const notResource = s.Resource === undefined && s.NotResource !== undefined;
  const rKey = notResource ? 'NotResource' : 'Resource';
  if (s[rKey] === undefined)
    d.push({
      path,
      severity: kind === 'key' ? 'warning' : 'error',
      code: 'MissingResource',
      message:
        'A statement without Resource or NotResource applies to nothing (S2); use "Resource": "*" in a key policy.',
    });
  const resources =
    s[rKey] === undefined ? null : compileResources(s[rKey], [...path, rKey], rKey, variables, d);

  let condition: CompiledCondition | null = null;
  if (s.Condition !== undefined) {
    const c = compileCondition(s.Condition, [...path, 'Condition'], { variables });
    condition = c.condition;
    d.push(...c.diagnostics);
  }
  // Absent elements point at the statement, so every trace source resolves.
  const principalPath = s[pKey] === undefined ? path : [...path, pKey];
  const actionPath = s[aKey] === undefined ? path : [...path, aKey];
  const resourcePath = s[rKey] === undefined ? path : [...path, rKey];
  return {
    index,
    path,
    sid,
    effect: s.Effect,
    principals,
    notPrincipal,
    principalPath,
    actions: s[aKey] === undefined ? [] : actions,
    notAction,
    actionPath,
    resources,
    notResource,
    resourcePath,
    condition,
    conditionPath: [...path, 'Condition'],
    localId: `s${index}`,
    matchDetail: { sid },
    slashId: `/s${index}`,
    ref: { document: doc, statement: sid, path },
    source: { document: doc, path },
    principalSource: { document: doc, path: principalPath },
    actionSource: { document: doc, path: actionPath },
    resourceSource: { document: doc, path: resourcePath },
    clauseSources: (condition?.clauses ?? []).map((c) => ({ document: doc, path: c.path })),
    clauseSlashIds: (condition?.clauses ?? []).map((_, i) => `/condition.${i}`),
    principalsRaw: (principals ?? []).map((e) => e.raw),
    actionsRaw: (s[aKey] === undefined ? [] : actions).map((a) => a.raw),
    resourcesRaw: (resources ?? []).map((r) => r.raw),
  };
}

/** Parses and compiles a policy document of the given kind. Never throws. */
export function compilePolicy(id: string, kind: PolicyKind, doc: unknown): CompiledPolicy {
  const d: LocalDiagnostic[] = [];
  const out: CompiledPolicy = {
    id,
    kind,
    version: null,
    statements: [],
    allows: [],
    denies: [],
    diagnostics: d,
    source: { document: id, path: [] },
    slashId: `/${id}`,
  };
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    d.push({
      path: [],
      severity: 'error',
      code: 'InvalidPolicy',
      message: 'A policy document must be a JSON object with a Statement.',
    });
    return out;
  }
  const p = doc as Record<string, unknown>;
  for (const k of Object.keys(p)) {
    if (k !== 'Version' && k !== 'Id' && k !== 'Statement')
      d.push({
        path: [k],
        severity: 'error',
        code: 'UnknownElement',
        message: `"${k}" is not a top-level policy element; expected Version, Id and Statement.`,
      });
  }
  if (p.Version !== undefined && p.Version !== '2012-10-17' && p.Version !== '2008-10-17') {
    d.push({
      path: ['Version'],
      severity: 'error',
      code: 'InvalidVersion',
      message: 'Version must be "2012-10-17" or "2008-10-17".',
    });
  }
  out.version = typeof p.Version === 'string' ? p.Version : null;
  if (out.version !== '2012-10-17') {
    d.push({
      path: p.Version === undefined ? [] : ['Version'],
      severity: 'info',
      code: 'VariablesDisabled',
      message:
        'Without Version "2012-10-17", policy variables such as ${aws:username} are literal text (S33).',
    });
  }
  if (p.Id !== undefined && typeof p.Id !== 'string')
    d.push({ path: ['Id'], severity: 'error', code: 'InvalidId', message: 'Id must be a string.' });
  if (p.Statement === undefined) {
    d.push({
      path: [],
      severity: 'error',
      code: 'MissingStatement',
      message: 'A policy needs a Statement (an object or an array of objects).',
    });
    return out;
  }
  const variables = out.version === '2012-10-17';
  const list = Array.isArray(p.Statement) ? p.Statement : [p.Statement];
  list.forEach((raw, i) => {
    const path: JsonPath = Array.isArray(p.Statement) ? ['Statement', i] : ['Statement'];
    const s = compileStatement(id, raw, i, path, kind, variables, d);
    if (s) {
      out.statements.push(s);
      (s.effect === 'Allow' ? out.allows : out.denies).push(s);
    }
  });
  return out;
}
