import type { Request, Scenario } from '../scenario/types';
import type { Check, CheckResult, FailReason, RequestEnv } from './kms/checkTypes';
import type { PolicyKind } from './policy/compile';
import { reportedCallerArn, resolveCaller } from './kms/caller';
import { runCheck } from './kms/check';
import { failedCheck } from './kms/combineChecks';
import { compileScenario, orgLevels, type CompiledScenario } from './kms/compileScenario';
import type { Rejection } from './kms/keyState';
import { accessDeniedMessage, CIPHERTEXT_DENIED, denyingPolicyArn } from './kms/messages';
import { planRequest, type Plan } from './kms/plan';
import { baseContext } from './kms/requestContext';
import { findNamedGrant } from './kms/retireGrant';
import { validateAfterAuthorization } from './kms/afterAuthorization';
import { Tracer } from './trace';
import { contextEntry, type RequestContext } from './context';
import type {
  DecidingRef,
  Decision,
  Diagnostic,
  EvaluationResult,
  Outcome,
  ScenarioEvaluation,
  StepDetail,
} from './types';
import { lintScenario } from './lint';

/** What a request needs that does not change between evaluations of the same compiled scenario. */
interface PreparedRequest {
  env: Omit<RequestEnv, 'tracer'>;
  /** `env` with `Tracer.OFF`, for decision-only evaluation (nothing in it changes per call). */
  offEnv: RequestEnv;
  /** `env` for traced evaluation: its tracer is set for the call and reset after it. */
  onEnv: RequestEnv;
  base: RequestContext;
  contextDetail: Record<string, unknown>;
  plan: Plan;
  /** The first check is a RetireGrant (authorized by the grant it names, S9). */
  retire: boolean;
  /** The last access-denied message built for this request, with what it was built from. */
  denied: {
    check: number;
    reason: FailReason;
    denyKind: PolicyKind | null;
    policyArn: string | null;
    message: string;
  } | null;
}

/**
 * Resolves the caller, its policies, the guardrails that apply and the request context once per
 * compiled scenario (they depend only on the scenario), so repeated evaluation only matches policies.
 */
function prepare(cs: CompiledScenario, index: number): PreparedRequest | null {
  const cached = cs.prepared.get(index) as PreparedRequest | undefined;
  if (cached) return cached;
  const req = cs.scenario.requests[index];
  if (!req) return null;
  const caller = resolveCaller(cs.scenario, req.principal);
  const base = baseContext(req, caller);
  const entryArn = caller.entry?.arn;
  const isSession = caller.kind === 'roleSession' || caller.kind === 'federatedUser';
  const env: Omit<RequestEnv, 'tracer'> = {
    cs,
    req,
    index,
    caller,
    // S6: identity policies are those of the caller in its own account; service principals and the
    // root user have none.
    identity:
      entryArn && caller.kind !== 'service' && caller.kind !== 'root'
        ? (cs.identity.get(entryArn) ?? [])
        : [],
    boundary: entryArn && caller.kind !== 'root' ? (cs.boundaries.get(entryArn) ?? null) : null,
    session: isSession ? (cs.sessionPolicies.get(index) ?? null) : null,
    // S16: SCPs do not restrict service principals or service-linked roles.
    scpLevels:
      caller.kind === 'service' || caller.serviceLinked
        ? null
        : orgLevels(cs, caller.account, 'SCP'),
    endpoint: endpointPolicy(cs, req, base),
  };
  const contextDetail = {
    caller: caller.arn,
    callerKind: caller.kind,
    keys: [...base.values()].map((e) => ({ name: e.name, value: e.value, derived: e.derived })),
  };
  const plan = planRequest({ ...env, tracer: new Tracer() }, base);
  const offEnv = withTracer(env, Tracer.OFF);
  const onEnv = withTracer(env, Tracer.OFF);
  const retire = !plan.error && plan.checks[0]?.op.name === 'RetireGrant';
  const prepared: PreparedRequest = {
    env,
    offEnv,
    onEnv,
    base,
    contextDetail,
    plan,
    retire,
    denied: null,
  };
  cs.prepared.set(index, prepared);
  return prepared;
}

/** One literal for every environment: one hidden class. */
function withTracer(e: Omit<RequestEnv, 'tracer'>, tracer: Tracer): RequestEnv {
  return {
    cs: e.cs,
    req: e.req,
    index: e.index,
    caller: e.caller,
    tracer,
    identity: e.identity,
    boundary: e.boundary,
    session: e.session,
    scpLevels: e.scpLevels,
    endpoint: e.endpoint,
  };
}

/**
 * S13: an endpoint policy applies when the request came through that endpoint: the request's
 * viaVpcEndpoint, or else an aws:SourceVpce it supplies that names an endpoint of the scenario.
 */
function endpointPolicy(cs: CompiledScenario, req: Request, base: RequestContext) {
  // Any spelling of the key names the endpoint (condition keys are case-insensitive).
  const supplied = contextEntry(base, 'aws:SourceVpce')?.value;
  const id = req.viaVpcEndpoint ?? (typeof supplied === 'string' ? supplied : undefined);
  return id ? (cs.endpoints.get(id) ?? null) : null;
}

/** What deciding a request gives before the trace's decision step and the result are built. */
interface Verdict {
  outcome: Outcome;
  decision: Decision;
  /** Undefined when allowed, and when nothing is traced (decision-only evaluation). */
  message: string | undefined;
  deciding: DecidingRef[];
}

/** A request's outcome and decision without its trace: what {@link decideRequest} returns. */
export interface Decided {
  outcome: Outcome;
  decision: Decision;
}

const verdict = (
  outcome: Outcome,
  decision: Decision,
  message: string | undefined,
  deciding: DecidingRef[],
): Verdict => ({ outcome, decision, message, deciding });

/**
 * Decides one request, recording the work in `tracer` (everything but the decision step). With
 * `Tracer.OFF` the same code runs, and what only the trace and the message need is skipped.
 */
function decide(cs: CompiledScenario, index: number, tracer: Tracer): Verdict {
  const req = cs.scenario.requests[index];
  const prepared = prepare(cs, index);
  if (!req || !prepared) {
    const name = req?.id ?? String(index);
    return verdict('ValidationException', 'ImplicitDeny', `No request ${name}.`, []);
  }
  // The prepared environments are reused (no allocation per call): the traced one gets this
  // call's tracer, and evaluateRequest takes it back once the work is recorded.
  const env = tracer.on ? prepared.onEnv : prepared.offEnv;
  if (tracer.on) env.tracer = tracer;
  const plan = prepared.plan;
  tracer.add(
    null,
    'context',
    'context',
    'requestContext',
    'info',
    undefined,
    prepared.contextDetail,
  );
  if (plan.error) return verdict(plan.error.outcome, 'ImplicitDeny', plan.error.message, []);
  const checks = plan.checks;
  const retire = prepared.retire ? findNamedGrant(env, checks[0]?.key?.arn ?? null) : null;
  if (prepared.retire && !retire) {
    return verdict(
      'NotFoundException',
      'ImplicitDeny',
      'Grant not found: give a GrantToken, or the key and a GrantId of a grant on it.',
      [],
    );
  }
  // One check (all but ReEncrypt and UpdateAlias): no array of results.
  const only = checks.length === 1 ? runCheck(env, checks[0] as Check, retire) : null;
  const results: CheckResult[] | null = only ? null : [];
  if (results)
    for (let i = 0; i < checks.length; i++) results.push(runCheck(env, checks[i] as Check, retire));
  const f = results ? failedCheck(results) : only && only.decision !== 'Allow' ? 0 : -1;
  if (f >= 0) {
    const failed = (results ? results[f] : only) as CheckResult;
    if (!tracer.on)
      return verdict('AccessDeniedException', failed.decision, undefined, failed.deciding);
    const c = checks[f];
    const reason = failed.reason ?? 'noResourcePolicy';
    // The message depends only on the check, the reason and the deny's kind (the rest is fixed
    // per prepared request): the last one is kept and reused when those are the same.
    // S58/P20: an SCP or RCP deny inside the organization names the policy's ARN.
    const policyArn = denyingPolicyArn(
      cs.scenario,
      env.caller.arn,
      failed.denyKind,
      failed.deciding,
    );
    const last = prepared.denied;
    if (
      last &&
      last.check === f &&
      last.reason === reason &&
      last.denyKind === failed.denyKind &&
      last.policyArn === policyArn
    )
      return verdict('AccessDeniedException', failed.decision, last.message, failed.deciding);
    const message =
      plan.ciphertextKey && c?.op.name === 'Decrypt'
        ? CIPHERTEXT_DENIED
        : accessDeniedMessage(
            reportedCallerArn(env.caller),
            c?.action ?? req.action,
            c?.resource ?? '*',
            reason,
            failed.denyKind,
            policyArn,
          );
    prepared.denied = { check: f, reason, denyKind: failed.denyKind, policyArn, message };
    return verdict('AccessDeniedException', failed.decision, message, failed.deciding);
  }
  const deciding = only ? only.deciding : (results as CheckResult[]).flatMap((r) => r.deciding);
  const rejection: Rejection | null = validateAfterAuthorization(env, plan);
  if (rejection) return verdict(rejection.outcome, 'Allow', rejection.message, deciding);
  return verdict('Allowed', 'Allow', undefined, deciding);
}

/** Evaluates one request of a compiled scenario. Never throws for any decoded scenario. */
export function evaluateRequest(cs: CompiledScenario, index: number): EvaluationResult {
  const tracer = new Tracer();
  const req = cs.scenario.requests[index];
  const v = decide(cs, index, tracer);
  // The prepared environment keeps no tracer between calls (nor the trace alive through it).
  const prepared = cs.prepared.get(index) as PreparedRequest | undefined;
  if (prepared) prepared.onEnv.tracer = Tracer.OFF;
  return finish(
    req?.id ?? String(index),
    req?.expect,
    v.outcome,
    v.decision,
    v.message,
    v.deciding,
    tracer,
  );
}

/**
 * The outcome and decision of one request, without building its trace or its message: for callers
 * that evaluate many variants and only need the answer (the fixes search, the who-can matrix).
 * Always equal to {@link evaluateRequest}'s (a property test compares them).
 */
export function decideRequest(cs: CompiledScenario, index: number): Decided {
  return decide(cs, index, Tracer.OFF);
}

/** The decision step's detail per decision and outcome, made once and shared by every trace. */
const DECISION_DETAILS: Record<Decision, Partial<Record<Outcome, StepDetail>>> = {
  Allow: {},
  ExplicitDeny: {},
  ImplicitDeny: {},
};

function decisionDetail(outcome: Outcome, decision: Decision): StepDetail {
  const byOutcome = DECISION_DETAILS[decision];
  return (byOutcome[outcome] ??= { outcome, decision });
}

function finish(
  request: string,
  expect: { outcome?: string; decision?: Decision } | undefined,
  outcome: Outcome,
  decision: Decision,
  message: string | undefined,
  deciding: DecidingRef[],
  tracer: Tracer,
): EvaluationResult {
  tracer.add(
    null,
    'decision',
    'decision',
    'decision',
    decision === 'Allow' ? 'allow' : decision === 'ExplicitDeny' ? 'explicitDeny' : 'implicitDeny',
    undefined,
    decisionDetail(outcome, decision),
  );
  const met =
    !expect ||
    ((expect.outcome === undefined || expect.outcome === outcome) &&
      (expect.decision === undefined || expect.decision === decision));
  return {
    request,
    outcome,
    decision,
    message,
    deciding,
    expectation:
      !expect || (expect.outcome === undefined && expect.decision === undefined)
        ? 'none'
        : met
          ? 'met'
          : 'failed',
    trace: tracer.steps,
  };
}

/** Evaluates every request of a scenario, with the scenario's diagnostics. */
export function evaluateScenario(s: Scenario): ScenarioEvaluation {
  const cs = compileScenario(s);
  return {
    results: s.requests.map((_, i) => evaluateRequest(cs, i)),
    diagnostics: scenarioDiagnostics(cs),
  };
}

/** The diagnostics of a compiled scenario (parse problems, then the lint), as evaluateScenario. */
export function scenarioDiagnostics(cs: CompiledScenario): Diagnostic[] {
  return [...cs.diagnostics, ...lintScenario(cs)];
}
