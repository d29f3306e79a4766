/**
 * Reads an evaluation result's trace back into what blocked each authorization check, so the fix
 * generators act on what the engine found instead of re-deciding the rules.
 */
import { findOperation, type EvaluationResult, type TraceStep } from '../engine';
import type { OperationInfo } from '../engine/catalog/operations';
import { resolveCaller, type Caller } from '../engine/kms/caller';
import type { Key, Request, Scenario } from '../scenario/types';

/** The first thing that stopped a check, in the engine's order (kms-semantics 1.2). */
export type Blocker = 'deny' | 'scp' | 'vpce' | 'crossAccount' | 'route';

/** A statement the trace points at. */
export interface StatementRef {
  document: string;
  path: (string | number)[];
}

/** A condition of a statement, as the trace compared it. */
export interface ConditionRef {
  operator: string;
  key: string;
  policyValues: unknown[];
}

/** A Deny statement that matched, with the conditions that made it match. */
export interface DenyRef extends StatementRef {
  conditions: ConditionRef[];
}

/** A failed condition of an Allow statement whose other elements matched. */
export interface FailedCondition extends ConditionRef {
  statement: StatementRef;
}

/** Why a grant on the key did not allow (grantPath's `failed`). */
export interface GrantMiss {
  grantId: string;
  failed: string;
}

/** One failed authorization check. */
export interface FailedCheck {
  id: string;
  action: string;
  /** Key ARN, alias ARN or `*`. */
  resource: string;
  op: OperationInfo | undefined;
  key: Key | null;
  keyIndex: number;
  blocker: Blocker;
  /** Deny statements that matched in the sweep. */
  denies: DenyRef[];
  /** SCP levels without an Allow. */
  scpLevels: string[];
  /** Key policy phase: no statement matched (`none`), one matched (`match`), not consulted. */
  keyPolicy: 'none' | 'match' | 'absent';
  /** Which limit stopped the identity side, when it was reached. */
  identity: 'noIdentityPolicy' | 'boundary' | 'session' | null;
  grants: GrantMiss[];
  conditions: FailedCondition[];
}

/** What the fix generators need to know about one denied request. */
export interface Analysis {
  s: Scenario;
  index: number;
  request: Request;
  /** `request:<id>` document id. */
  requestDoc: string;
  caller: Caller;
  /** The derived and supplied request context, by key. */
  context: Map<string, unknown>;
  /** Keys the engine derived (the caller cannot send them). */
  derived: Set<string>;
  result: EvaluationResult;
  /** Failed checks; empty when authorization allowed and a later check failed. */
  checks: FailedCheck[];
}

function childrenOf(trace: TraceStep[]): Map<string | null, TraceStep[]> {
  const by = new Map<string | null, TraceStep[]>();
  for (const s of trace) {
    const list = by.get(s.parentId);
    if (list) list.push(s);
    else by.set(s.parentId, [s]);
  }
  return by;
}

function descendants(by: Map<string | null, TraceStep[]>, id: string): TraceStep[] {
  const out: TraceStep[] = [];
  const stack = [...(by.get(id) ?? [])];
  while (stack.length > 0) {
    const s = stack.pop() as TraceStep;
    out.push(s);
    stack.push(...(by.get(s.id) ?? []));
  }
  return out;
}

const ref = (s: TraceStep): StatementRef | null =>
  s.source ? { document: s.source.document, path: s.source.path } : null;

/** Failed conditions of Allow statements that failed only on their Condition. */
function failedConditions(by: Map<string | null, TraceStep[]>, phaseId: string): FailedCondition[] {
  const out: FailedCondition[] = [];
  for (const st of descendants(by, phaseId)) {
    if (st.kind !== 'statement' || st.rule !== 'Allow' || st.detail?.['failed'] !== 'Condition')
      continue;
    const statement = ref(st);
    if (!statement) continue;
    for (const c of conditionsOf(by, st.id, 'fail')) out.push({ statement, ...c });
  }
  return out;
}

/** The condition steps of a statement with this outcome. */
function conditionsOf(
  by: Map<string | null, TraceStep[]>,
  statementId: string,
  outcome: 'pass' | 'fail',
): ConditionRef[] {
  const out: ConditionRef[] = [];
  for (const c of by.get(statementId) ?? []) {
    if (c.kind !== 'condition' || c.outcome !== outcome) continue;
    const key = c.detail?.['key'];
    const values = c.detail?.['policyValues'];
    if (typeof key === 'string')
      out.push({ operator: c.rule, key, policyValues: Array.isArray(values) ? values : [] });
  }
  return out;
}

function analyseCheck(
  s: Scenario,
  by: Map<string | null, TraceStep[]>,
  check: TraceStep,
): FailedCheck {
  const action = String(check.detail?.['action'] ?? '');
  const resource = String(check.detail?.['resource'] ?? '*');
  const keyIndex = s.keys.findIndex((k) => k.arn === resource);
  const phases = new Map((by.get(check.id) ?? []).map((p) => [p.rule, p]));
  const failed = (rule: string) => {
    const o = phases.get(rule)?.outcome;
    return o === 'implicitDeny' || o === 'explicitDeny';
  };
  const sweep = phases.get('explicitDenySweep');
  const denies: DenyRef[] = [];
  for (const x of sweep ? descendants(by, sweep.id) : []) {
    const r = x.kind === 'statement' && x.rule === 'Deny' && x.outcome === 'match' ? ref(x) : null;
    if (r) denies.push({ ...r, conditions: conditionsOf(by, x.id, 'pass') });
  }
  const scp = phases.get('scpGate');
  const scpLevels = scp
    ? (by.get(scp.id) ?? [])
        .filter((l) => l.outcome === 'fail')
        .map((l) => String(l.detail?.['level'] ?? ''))
    : [];
  const blocker: Blocker = failed('explicitDenySweep')
    ? 'deny'
    : failed('scpGate')
      ? 'scp'
      : failed('vpcEndpointGate')
        ? 'vpce'
        : failed('crossAccountGate')
          ? 'crossAccount'
          : 'route';
  const kp = phases.get('keyPolicy');
  const identity = failed('identityPolicies')
    ? 'noIdentityPolicy'
    : failed('permissionsBoundary')
      ? 'boundary'
      : failed('sessionPolicy')
        ? 'session'
        : null;
  const grantPhase = phases.get('grantPath');
  const grants = grantPhase
    ? (by.get(grantPhase.id) ?? [])
        .filter((g) => g.kind === 'grant' && g.outcome === 'noMatch')
        .map((g) => ({
          grantId: String(g.detail?.['grantId'] ?? ''),
          failed: String(g.detail?.['failed'] ?? ''),
        }))
    : [];
  return {
    id: check.id,
    action,
    resource,
    op: findOperation(action),
    key: s.keys[keyIndex] ?? null,
    keyIndex,
    blocker,
    denies,
    scpLevels,
    keyPolicy: kp ? (kp.outcome === 'implicitDeny' ? 'none' : 'match') : 'absent',
    identity,
    grants,
    conditions: failedConditions(by, check.id),
  };
}

/** Reads the trace of a denied request. */
export function analyse(s: Scenario, index: number, result: EvaluationResult): Analysis | null {
  const request = s.requests[index];
  if (!request) return null;
  const by = childrenOf(result.trace);
  const top = by.get(null) ?? [];
  const contextStep = top.find((t) => t.kind === 'context');
  const keys = contextStep?.detail?.['keys'];
  const context = new Map<string, unknown>();
  const derived = new Set<string>();
  if (Array.isArray(keys))
    for (const k of keys as { name: string; value: unknown; derived?: boolean }[]) {
      context.set(k.name, k.value);
      if (k.derived) derived.add(k.name.toLowerCase());
    }
  const checks = top
    .filter(
      (t) =>
        t.rule === 'authorizationCheck' &&
        (t.outcome === 'implicitDeny' || t.outcome === 'explicitDeny'),
    )
    .map((t) => analyseCheck(s, by, t));
  return {
    s,
    index,
    request,
    requestDoc: `request:${request.id ?? String(index)}`,
    caller: resolveCaller(s, request.principal),
    context,
    derived,
    result,
    checks,
  };
}
