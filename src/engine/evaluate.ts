import type { Scenario } from '../scenario/types';
import type { CheckResult, RequestEnv } from './kms/checkTypes';
import { resolveCaller } from './kms/caller';
import { runCheck } from './kms/check';
import { compileScenario, orgLevels, type CompiledScenario } from './kms/compileScenario';
import type { Rejection } from './kms/keyState';
import { accessDeniedMessage, CIPHERTEXT_DENIED } from './kms/messages';
import { planRequest } from './kms/plan';
import { baseContext } from './kms/requestContext';
import { findNamedGrant } from './kms/retireGrant';
import { validateAfterAuthorization } from './kms/afterAuthorization';
import { Tracer } from './trace';
import type { DecidingRef, Decision, EvaluationResult, Outcome, ScenarioEvaluation } from './types';
import { lintScenario } from './lint';

/** Builds the per-request environment: caller, its policies and the guardrails that apply. */
function requestEnv(cs: CompiledScenario, index: number, tracer: Tracer): RequestEnv | null {
  const req = cs.scenario.requests[index];
  if (!req) return null;
  const caller = resolveCaller(cs.scenario, req.principal);
  const entryArn = caller.entry?.arn;
  const isSession = caller.kind === 'roleSession' || caller.kind === 'federatedUser';
  return {
    cs, req, index, caller, tracer,
    // S6: identity policies are those of the caller in its own account; service principals and the
    // root user have none.
    identity: entryArn && caller.kind !== 'service' && caller.kind !== 'root' ? (cs.identity.get(entryArn) ?? []) : [],
    boundary: entryArn && caller.kind !== 'root' ? (cs.boundaries.get(entryArn) ?? null) : null,
    session: isSession ? (cs.sessionPolicies.get(index) ?? null) : null,
    // S16: SCPs do not restrict service principals or service-linked roles.
    scpLevels: caller.kind === 'service' || caller.serviceLinked ? null : orgLevels(cs, caller.account, 'SCP'),
    endpoint: req.viaVpcEndpoint ? (cs.endpoints.get(req.viaVpcEndpoint) ?? null) : null,
  };
}

/** S24: checks combine toward deny — any ExplicitDeny, else any ImplicitDeny, else Allow. */
function combine(results: CheckResult[]): { decision: Decision; failed: CheckResult | null } {
  const explicit = results.find((r) => r.decision === 'ExplicitDeny');
  if (explicit) return { decision: 'ExplicitDeny', failed: explicit };
  const implicit = results.find((r) => r.decision === 'ImplicitDeny');
  return implicit ? { decision: 'ImplicitDeny', failed: implicit } : { decision: 'Allow', failed: null };
}

/** Evaluates one request of a compiled scenario. Never throws for any decoded scenario. */
export function evaluateRequest(cs: CompiledScenario, index: number): EvaluationResult {
  const tracer = new Tracer();
  const req = cs.scenario.requests[index];
  const name = req?.id ?? String(index);
  const env = req ? requestEnv(cs, index, tracer) : null;
  if (!req || !env) return finish(name, undefined, 'ValidationException', 'ImplicitDeny', `No request ${name}.`, [], tracer);
  const base = baseContext(req, env.caller);
  tracer.add(null, 'context', 'context', 'requestContext', 'info', undefined, {
    caller: env.caller.arn, callerKind: env.caller.kind,
    keys: [...base.values()].map((e) => ({ name: e.name, value: e.value, derived: e.derived })),
  });
  const plan = planRequest(env, base);
  if ('error' in plan) return finish(name, req.expect, plan.error.outcome, 'ImplicitDeny', plan.error.message, [], tracer);
  const retire = plan.checks[0]?.op.name === 'RetireGrant' ? findNamedGrant(env, plan.checks[0].key?.arn ?? null) : null;
  if (plan.checks[0]?.op.name === 'RetireGrant' && !retire) {
    return finish(name, req.expect, 'NotFoundException', 'ImplicitDeny', 'Grant not found: give a GrantToken, or the key and a GrantId of a grant on it.', [], tracer);
  }
  const results = plan.checks.map((c) => runCheck(env, c, retire));
  const { decision, failed } = combine(results);
  if (failed) {
    const c = plan.checks[results.indexOf(failed)];
    const message = plan.ciphertextKey && c?.op.name === 'Decrypt'
      ? CIPHERTEXT_DENIED
      : accessDeniedMessage(env.caller.arn, c?.action ?? req.action, c?.resource ?? '*', failed.reason ?? 'noResourcePolicy', failed.denyKind);
    return finish(name, req.expect, 'AccessDeniedException', decision, message, failed.deciding, tracer);
  }
  const deciding = results.flatMap((r) => r.deciding);
  const rejection: Rejection | null = validateAfterAuthorization(env, plan);
  if (rejection) return finish(name, req.expect, rejection.outcome, 'Allow', rejection.message, deciding, tracer);
  return finish(name, req.expect, 'Allowed', 'Allow', undefined, deciding, tracer);
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
  tracer.add(null, 'decision', 'decision', 'decision', decision === 'Allow' ? 'allow' : decision === 'ExplicitDeny' ? 'explicitDeny' : 'implicitDeny', undefined, { outcome, decision });
  const met = !expect || ((expect.outcome === undefined || expect.outcome === outcome) && (expect.decision === undefined || expect.decision === decision));
  const r: EvaluationResult = {
    request, outcome, decision, deciding,
    expectation: !expect || (expect.outcome === undefined && expect.decision === undefined) ? 'none' : met ? 'met' : 'failed',
    trace: tracer.steps,
  };
  if (message !== undefined) r.message = message;
  return r;
}

/** Evaluates every request of a scenario, with the scenario's diagnostics. */
export function evaluateScenario(s: Scenario): ScenarioEvaluation {
  const cs = compileScenario(s);
  return {
    results: s.requests.map((_, i) => evaluateRequest(cs, i)),
    diagnostics: [...cs.diagnostics, ...lintScenario(cs)],
  };
}
