/**
 * Many plain requests of one caller (the who-can matrix of issue 15 asks every key × every action
 * for each principal): what `evaluateRequest` prepares per request that depends only on the caller
 * (who it is, its identity policies, boundary, SCP chain and base request context) is resolved
 * once for all of its requests; each request is then planned and checked exactly as
 * `evaluateRequest` does (evaluate.ts `decide`: the same planRequest, runCheck and
 * validateAfterAuthorization, combined the same way). A plain request supplies no context keys,
 * session policy, `Policy` parameter or VPC endpoint; src/access/matrix.test.ts checks every result
 * against evaluating the request alone.
 */
import type { Request } from '../../scenario/types';
import { contextEntry } from '../context';
import type { Tracer } from '../trace';
import type { DecidingRef, Decision, Outcome, TraceStep } from '../types';
import { validateAfterAuthorization } from './afterAuthorization';
import { resolveCaller } from './caller';
import { runCheck } from './check';
import type { Check, CheckResult, RequestEnv } from './checkTypes';
import { orgLevels, type CompiledScenario } from './compileScenario';
import { planRequest } from './plan';
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
    Object.keys(req.context).length === 0
  );
}

const result = (
  outcome: Outcome,
  decision: Decision,
  deciding: DecidingRef[],
  tracer: Tracer,
): CallerResult => ({ outcome, decision, deciding, trace: tracer.steps });

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
  return (req, tracer) => {
    if (req.principal !== principal || !isPlainRequest(req))
      throw new Error(`Not a plain request of ${principal}.`);
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
    const plan = planRequest(env, base);
    if (plan.error) return result(plan.error.outcome, 'ImplicitDeny', [], tracer);
    const checks = plan.checks;
    const retireCheck = checks[0]?.op.name === 'RetireGrant' ? checks[0] : null;
    const retire = retireCheck ? findNamedGrant(env, retireCheck.key?.arn ?? null) : null;
    if (retireCheck && !retire) return result('NotFoundException', 'ImplicitDeny', [], tracer);
    const results: CheckResult[] = [];
    for (let i = 0; i < checks.length; i++) results.push(runCheck(env, checks[i] as Check, retire));
    // S24: checks combine toward deny, the first explicit deny, else the first implicit one.
    let failed: CheckResult | null = null;
    for (const r of results) {
      if (r.decision === 'ExplicitDeny') {
        failed = r;
        break;
      }
      if (r.decision === 'ImplicitDeny' && !failed) failed = r;
    }
    if (failed) return result('AccessDeniedException', failed.decision, failed.deciding, tracer);
    const deciding =
      results.length === 1 ? (results[0]?.deciding ?? []) : results.flatMap((r) => r.deciding);
    const rejection = validateAfterAuthorization(env, plan);
    return result(rejection ? rejection.outcome : 'Allowed', 'Allow', deciding, tracer);
  };
}
