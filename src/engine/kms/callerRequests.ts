/**
 * Many plain requests of one caller (the who-can matrix of issue 15 asks every key × every action
 * for each principal): what `evaluateRequest` prepares per request that depends only on the caller
 * (who it is, its identity policies, boundary, SCP chain and base request context) is resolved
 * once for all of its requests; each request is then planned and checked exactly as
 * `evaluateRequest` does (evaluate.ts `decide`: the same planRequest, runCheck and
 * validateAfterAuthorization, combined the same way). A plain request supplies no context keys,
 * session policy, `Policy` parameter or VPC endpoint. A decision-only deny (Tracer.OFF) is kept and
 * given again to a request on the same key whose operation no consulted statement or grant can tell
 * apart (see `signature`). src/access/matrix.test.ts checks every result against evaluating the
 * request alone.
 */
import type { Key, Request } from '../../scenario/types';
import type { OperationInfo } from '../catalog/operations';
import { contextEntry } from '../context';
import type { Tracer } from '../trace';
import type { DecidingRef, Decision, Outcome, TraceStep } from '../types';
import { validateAfterAuthorization } from './afterAuthorization';
import { failedCheck } from './combineChecks';
import type { CompiledPolicy, CompiledStatement } from '../policy/compile';
import { bestMatch } from '../policy/principal';
import { resolveCaller, type Caller } from './caller';
import { runCheck } from './check';
import type { Check, CheckResult, FailReason, RequestEnv } from './checkTypes';
import { matchGrantPrincipal } from './grantMatch';
import { orgLevels, type CompiledScenario } from './compileScenario';
import { memoLookup, memoOperation, planMemo, planRequest } from './plan';
import { baseContext } from './requestContext';
import { findNamedGrant } from './retireGrant';

/** A request's answer without its message: enough to read the route or what stopped it. */
export interface CallerResult {
  outcome: Outcome;
  decision: Decision;
  deciding: DecidingRef[];
  /**
   * The steps recorded in the tracer given (evaluateRequest's trace without its request-context
   * and decision steps); empty with `Tracer.OFF`.
   */
  trace: TraceStep[];
  /** Why the check that decided a deny did not allow (null when allowed or never checked). */
  reason: FailReason | null;
  /** How many authorization checks the request made (0 when rejected before any). */
  checks: number;
  /** Whether a permissions boundary or a session policy limits the caller. */
  limited: boolean;
  /**
   * Whether the caller is a service principal or in the account of every key checked. Then a key
   * policy statement naming the caller, its role or everyone allows without an identity policy
   * (S1, A5), so an identity policy among an allow's deciding references means the key policy
   * delegated to IAM (kms-semantics 1.2 step 9).
   */
  sameAccount: boolean;
  /**
   * For an implicit deny after its checks: whether a condition or a grant constraint could have
   * stopped an Allow (some consulted policy has an Allow statement with a Condition for this action
   * that names the caller, no one, or everyone but some; or a grant on the key for this caller and
   * operation has constraints). An over-estimate: false guarantees that no Allow statement failed
   * on its Condition and no grant on its constraint. False for every other result.
   */
  conditional: boolean;
}

/** Operations that may also check an alias (S23): their checks depend on how the key is named. */
const ALIAS_OPERATIONS = new Set(['CreateAlias', 'UpdateAlias', 'DeleteAlias']);

/** The denies of one key's plain requests, by the class of operations that share them. */
interface SharedDenies {
  /** Every policy a check on the key consults. */
  docs: readonly CompiledPolicy[];
  /** Each operation's class (null: decided on its own). */
  classes: Map<OperationInfo, string | null>;
  denies: Map<string, CallerResult>;
}

/** Evaluates one plain request of the prepared caller, recording its work in `tracer`. */
export type CallerEvaluator = (req: Request, tracer: Tracer) => CallerResult;

/** Whether a request is plain: nothing in it changes what is prepared for its caller. */
export function isPlainRequest(req: Request): boolean {
  return (
    req.deriveContext &&
    req.viaVpcEndpoint === undefined &&
    req.sessionPolicy === undefined &&
    req.parameters.Policy === undefined &&
    !hasOwnKey(req.context)
  );
}

/** Whether an object has an own enumerable key (without building the list of them). */
function hasOwnKey(o: object): boolean {
  for (const k in o) if (Object.hasOwn(o, k)) return true;
  return false;
}

/** Whether a statement's Action element matches the action (as matchStatement reads it, S26). */
function actionHits(s: CompiledStatement, action: string): boolean {
  let hit = false;
  for (const a of s.actions)
    if (a.test(action)) {
      hit = true;
      break;
    }
  return s.actions.length > 0 && hit !== s.notAction;
}

/**
 * Whether matching the statement reads the request context: a Condition, or a policy variable in
 * its Resource (S33). Such a statement can tell operations apart by their context keys.
 */
function readsContext(s: CompiledStatement): boolean {
  return s.condition !== null || (s.resources ?? []).some((r) => r.raw.includes('${'));
}

/** Which statements of a policy an action matches, whoever calls: kept per compiled policy. */
interface ActionMatches {
  /** One character per statement: `1` when its Action element matches. */
  bits: string;
  /** The matching statements that read the request context. */
  contextual: CompiledStatement[];
}

/** Compiled policies never change, so what an action matches in one is kept with it. */
const ACTION_MATCHES = new WeakMap<CompiledPolicy, Map<string, ActionMatches>>();

function actionMatches(p: CompiledPolicy, action: string): ActionMatches {
  let byAction = ACTION_MATCHES.get(p);
  if (!byAction) ACTION_MATCHES.set(p, (byAction = new Map()));
  let m = byAction.get(action);
  if (!m) {
    let bits = '';
    const contextual: CompiledStatement[] = [];
    for (const st of p.statements) {
      const hit = actionHits(st, action);
      if (hit && readsContext(st)) contextual.push(st);
      bits += hit ? '1' : '0';
    }
    byAction.set(action, (m = { bits, contextual }));
  }
  return m;
}

/** Whether an Allow statement with a Condition could reach its condition for this caller and action. */
function conditionalAllow(s: CompiledStatement, caller: Caller, action: string): boolean {
  if (s.effect !== 'Allow' || s.condition === null) return false;
  // As matchStatement: the principal, then the action, come before the condition (S25-S30).
  if (s.principals !== null && !s.notPrincipal && bestMatch(s.principals, caller) === null)
    return false;
  return actionHits(s, action);
}

/**
 * Prepares `principal` once for plain requests of a compiled scenario; the evaluator throws for a
 * request of another caller or one that is not plain (a caller's mistake, never a scenario's).
 */
export function prepareCaller(cs: CompiledScenario, principal: string): CallerEvaluator {
  const caller = resolveCaller(cs.scenario, principal);
  const entryArn = caller.entry?.arn;
  // The base context of a plain request depends only on the caller (baseContext reads the request's
  // own context keys, deriveContext and endpoint, the same for every plain request).
  let base: ReturnType<typeof baseContext> | null = null;
  let endpoint: RequestEnv['endpoint'] = null;
  // As evaluate.ts prepares a request: S6 identity policies of the caller in its own account
  // (none for service principals and the root user), the boundary, S16 SCPs (not for service
  // principals or service-linked roles), S13 an endpoint policy only through an endpoint.
  const identity =
    entryArn && caller.kind !== 'service' && caller.kind !== 'root'
      ? (cs.identity.get(entryArn) ?? [])
      : [];
  const boundary =
    entryArn && caller.kind !== 'root' ? (cs.boundaries.get(entryArn) ?? null) : null;
  const scpLevels =
    caller.kind === 'service' || caller.serviceLinked ? null : orgLevels(cs, caller.account, 'SCP');
  // Each key's key policy, RCPs, organization place and deny documents, once per key.
  const memo = planMemo();
  // The policies every check of the caller consults besides the key policy (S6, S16, S18).
  const callerDocs: CompiledPolicy[] = [...identity];
  if (boundary) callerDocs.push(boundary);
  for (const l of scpLevels ?? []) callerDocs.push(...l.policies);
  const anyConditional = (docs: readonly (CompiledPolicy | null)[], action: string): boolean =>
    docs.some((p) => p !== null && p.allows.some((st) => conditionalAllow(st, caller, action)));
  const constrainedGrant = (c: Check): boolean =>
    c.key !== null &&
    (cs.grantsByKey.get(c.key.arn) ?? []).some(
      (g) =>
        g.constraints !== undefined &&
        g.operations.includes(c.op.name) &&
        matchGrantPrincipal(g.granteePrincipal, caller) !== null,
    );
  // A check's answer depends only on its key (which names its key policy and grants) and its
  // operation (its action is kms:<operation>), the caller being fixed: kept per key and operation.
  const conditional = new Map<Key | null, Map<OperationInfo, boolean>>();
  const mayBeConditional = (c: Check): boolean => {
    let byAction = conditional.get(c.key);
    if (!byAction) conditional.set(c.key, (byAction = new Map()));
    let hit = byAction.get(c.op);
    if (hit === undefined) {
      hit =
        anyConditional(callerDocs, c.action) ||
        anyConditional([c.keyPolicy, endpoint], c.action) ||
        constrainedGrant(c);
      byAction.set(c.op, hit);
    }
    return hit;
  };
  const principalMayMatch = (s: CompiledStatement): boolean =>
    s.principals === null || s.notPrincipal || bestMatch(s.principals, caller) !== null;
  // Denies shared between the operations of one key that nothing the caller's check reads can
  // tell apart: every statement of every policy the check consults matches both actions or
  // neither, none that could apply reads the request context (whose operation keys differ), no
  // grant for the caller lists either operation, and the cross-account rule treats both alike
  // (S14). The check then runs the same steps on the same statements and denies the same way.
  const shared = new Map<Key, SharedDenies>();
  /** The signature of an operation on a key: which statements its action matches (null: none). */
  const signature = (
    docs: readonly CompiledPolicy[],
    key: Key,
    op: OperationInfo,
    action: string,
  ) => {
    // S14: across accounts, only some operations may be called at all.
    const across = caller.kind !== 'service' && caller.account !== (key.arn.split(':')[4] ?? null);
    let bits = across ? (op.crossAccount ? 'x' : '-') : '';
    for (const d of docs) {
      const m = actionMatches(d, action);
      for (const st of m.contextual) if (principalMayMatch(st)) return null;
      bits += m.bits;
    }
    for (const g of cs.grantsByKey.get(key.arn) ?? [])
      if (
        g.operations.includes(op.name) &&
        matchGrantPrincipal(g.granteePrincipal, caller) !== null
      )
        return null;
    return bits;
  };
  const classOf = (slot: SharedDenies, key: Key, op: OperationInfo, action: string) => {
    let cls = slot.classes.get(op);
    if (cls === undefined) slot.classes.set(op, (cls = signature(slot.docs, key, op, action)));
    return cls;
  };
  /** Every policy a check on a key reads: key policy, the caller's, RCPs, endpoint (S10). */
  const consulted = (c: Check): CompiledPolicy[] => {
    const docs = new Set<CompiledPolicy>(callerDocs);
    if (c.keyPolicy) docs.add(c.keyPolicy);
    for (const l of c.rcpLevels ?? []) for (const p of l.policies) docs.add(p);
    if (endpoint) docs.add(endpoint);
    return [...docs];
  };
  /** The key and operation of a request whose deny may be shared, or null. */
  const shareable = (req: Request): { key: Key; op: OperationInfo } | null => {
    const { api, first } = memoOperation(memo, req.action);
    if (!first || api === 'ReEncrypt' || first.keyless || first.name === 'RetireGrant') return null;
    // Parameters can add checks (an alias, S23) or change the key (a ciphertext's, A27).
    if (req.key === undefined || hasOwnKey(req.parameters) || ALIAS_OPERATIONS.has(first.name))
      return null;
    const found = memoLookup(memo, cs, req.key, caller.account, first.name);
    return 'key' in found ? { key: found.key, op: first } : null;
  };
  return (req, tracer) => {
    if (req.principal !== principal || !isPlainRequest(req))
      throw new Error(`Not a plain request of ${principal}.`);
    const share = tracer.on ? null : shareable(req);
    let slot = share ? shared.get(share.key) : undefined;
    let cls = slot && share ? classOf(slot, share.key, share.op, req.action) : null;
    if (slot && cls !== null) {
      const known = slot.denies.get(cls);
      if (known) return known;
    }
    if (!base) {
      base = baseContext(req, caller);
      const supplied = contextEntry(base, 'aws:SourceVpce')?.value;
      endpoint = typeof supplied === 'string' ? (cs.endpoints.get(supplied) ?? null) : null;
    }
    const env: RequestEnv = {
      cs,
      req,
      index: -1,
      caller,
      tracer,
      identity,
      boundary,
      session: null,
      scpLevels,
      endpoint,
    };
    const plan = planRequest(env, base, memo);
    const result = (
      outcome: Outcome,
      decision: Decision,
      deciding: DecidingRef[],
      reason: FailReason | null,
    ): CallerResult => ({
      outcome,
      decision,
      deciding,
      trace: tracer.steps,
      reason,
      checks: plan.error ? 0 : plan.checks.length,
      limited: boundary !== null,
      sameAccount:
        !plan.error &&
        plan.checks.every((c) => caller.kind === 'service' || caller.account === c.keyAccount),
      conditional:
        decision === 'ImplicitDeny' && reason !== null && !plan.error
          ? plan.checks.some(mayBeConditional)
          : false,
    });
    if (plan.error) return result(plan.error.outcome, 'ImplicitDeny', [], null);
    const checks = plan.checks;
    const retireCheck = checks[0]?.op.name === 'RetireGrant' ? checks[0] : null;
    const retire = retireCheck ? findNamedGrant(env, retireCheck.key?.arn ?? null) : null;
    if (retireCheck && !retire) return result('NotFoundException', 'ImplicitDeny', [], null);
    const results: CheckResult[] = [];
    for (let i = 0; i < checks.length; i++) results.push(runCheck(env, checks[i] as Check, retire));
    // S24: checks combine toward deny, the first explicit deny, else the first implicit one.
    const f = failedCheck(results);
    const failed = f >= 0 ? results[f] : undefined;
    if (failed) {
      const denied = result(
        'AccessDeniedException',
        failed.decision,
        failed.deciding,
        failed.reason,
      );
      const only = checks.length === 1 ? checks[0] : undefined;
      if (share && only?.key === share.key && only.op === share.op) {
        if (!slot)
          shared.set(
            share.key,
            (slot = { docs: consulted(only), classes: new Map(), denies: new Map() }),
          );
        cls ??= classOf(slot, share.key, share.op, req.action);
        if (cls !== null) slot.denies.set(cls, denied);
      }
      return denied;
    }
    const deciding =
      results.length === 1 ? (results[0]?.deciding ?? []) : results.flatMap((r) => r.deciding);
    const rejection = validateAfterAuthorization(env, plan);
    return result(rejection ? rejection.outcome : 'Allowed', 'Allow', deciding, null);
  };
}
