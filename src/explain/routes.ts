/**
 * The route model: an evaluation result as the decision map draws it. KMS answers one question in
 * a fixed shape (kms-semantics 1.2, steps 4-12): gates that can only stop a call (explicit-deny
 * sweep, RCPs, SCPs, VPC endpoint policy, cross-account rule), then alternative allow routes (the
 * key policy names the caller; the key policy delegates to IAM; each grant on the key), then the
 * checks after authorization and the decision. Every gate and route of every authorization check
 * gets a status and a one-line reason, including the ones the engine never reached, and the route
 * that allowed is marked `lit`. Derived from the trace only; the scenario, when given, only names
 * things (grant names, OUs) and lists grants the engine did not need to look at.
 */
import type { EvaluationResult, TraceStep } from '../engine/types';
import { describePhase } from './phases';
import { accountOf } from './names';
import { shortArn, str } from './format';
import { TraceIndex } from './traceQuery';
import {
  GATE_RULES,
  STATUS_WORDS,
  type CheckMap,
  type MapItem,
  type MapStatus,
  type RouteModel,
  type RouteModelOptions,
} from './routeTypes';
import { Spans, passed, type Ctx } from './routeContext';
import { gateItem } from './routeGates';
import { checkRoutes } from './routePolicy';

export * from './routeTypes';

function checkMap(
  check: TraceStep,
  trace: TraceIndex,
  spans: Spans,
  opts: RouteModelOptions,
  caller: string,
): CheckMap {
  const phases = trace.children(check.id);
  const action = str(check.detail, 'action');
  const resource = str(check.detail, 'resource');
  const stopIndex = GATE_RULES.findIndex((rule) => {
    const p = phases.find((x) => x.rule === rule);
    return p?.outcome === 'explicitDeny' || p?.outcome === 'implicitDeny';
  });
  const context = trace.steps.find((s) => s.kind === 'context');
  const callerKind = str(context?.detail, 'callerKind');
  const keyAccount = accountOf(resource);
  const callerAccount = accountOf(caller);
  const sameAccount =
    callerKind === 'service' || !keyAccount || !callerAccount || keyAccount === callerAccount;
  const ctx: Ctx = {
    index: trace,
    spans,
    check,
    action,
    caller,
    callerShort: shortArn(caller),
    scenario: opts.scenario,
    stoppedBy: null,
    checkEnd: spans.end([check.id], 0),
  };
  const gates = GATE_RULES.map((rule, i) =>
    gateItem(
      rule,
      phases.find((p) => p.rule === rule),
      ctx,
      stopIndex,
      i,
    ),
  );
  // A gate the engine skipped is known to be skipped once playback reaches what came after it.
  gates.forEach((g, i) => {
    if (g.stepIds.length > 0) return;
    const later = phases.filter((p) => {
      const order = (GATE_RULES as readonly string[]).indexOf(p.rule);
      return order < 0 || order > i;
    });
    const at =
      later.length > 0
        ? spans.first(
            later.map((p) => p.id),
            ctx.checkEnd,
          )
        : ctx.checkEnd;
    const stop = stopIndex >= 0 && i > stopIndex ? gates[stopIndex] : undefined;
    g.stepIndex = stop ? stop.lastStepIndex : at;
    g.lastStepIndex = g.stepIndex;
  });
  const stopGate = stopIndex >= 0 ? gates[stopIndex] : undefined;
  // Routes of a stopped check say what stopped it: `Deny "X" in SCP "Y" at OU Prod`.
  if (stopGate) {
    ctx.stoppedBy = stopGate.reason.replace(/: an explicit deny overrides every allow$/, '');
    for (const g of gates) if (g.status === 'notReached') g.reason = ctx.stoppedBy;
  }
  const routes = checkRoutes(ctx, phases, sameAccount);
  for (const g of gates) g.lit = g.status === 'pass' || g.status === 'stop';
  for (const r of routes) r.lit = r.status === 'allow' && check.outcome === 'allow';
  return {
    id: check.id,
    action,
    resource,
    outcome: check.outcome,
    crossAccount:
      !sameAccount && keyAccount && callerAccount ? { callerAccount, keyAccount } : null,
    gates,
    routes,
    stepIndex: spans.first([check.id], 0),
    lastStepIndex: ctx.checkEnd,
  };
}

/** Builds the route model of one evaluation result. Pure; never throws for any trace. */
export function routeModel(result: EvaluationResult, opts: RouteModelOptions = {}): RouteModel {
  const trace = new TraceIndex(result.trace);
  const spans = new Spans(result.trace);
  const context = result.trace.find((s) => s.kind === 'context');
  const caller = str(context?.detail, 'caller');
  const checks = trace.checks().map((c) => checkMap(c, trace, spans, opts, caller));
  const want = result.decision === 'ExplicitDeny' ? 'explicitDeny' : 'implicitDeny';
  const denying = checks.findIndex((c) => c.outcome === want);
  const decidingCheck =
    result.decision !== 'Allow' && denying >= 0 ? denying : Math.max(0, checks.length - 1);
  const end = Math.max(0, result.trace.length - 1);
  const decisionStep = result.trace.find((s) => s.kind === 'decision');
  const decisionIndex = decisionStep ? spans.first([decisionStep.id], end) : end;

  const validity = trace.children(null).find((s) => s.rule === 'afterAuthorization');
  let after: MapItem;
  if (validity) {
    const failed = trace.children(validity.id).find((c) => c.outcome === 'fail');
    // A dry run passes every check; KMS then does nothing (S50/P15).
    const status: MapStatus =
      failed || (passed(validity) === false && validity.detail?.dryRun !== true) ? 'fail' : 'pass';
    after = {
      id: 'after',
      kind: 'after',
      rule: 'afterAuthorization',
      title: 'After authorization',
      status,
      statusWords: STATUS_WORDS[status],
      reason: describePhase(validity, trace.descendants(validity.id)).summary.replace(/\.$/, ''),
      stepIds: [validity.id],
      stepIndex: spans.first([validity.id], end),
      lastStepIndex: spans.end([validity.id], end),
      lit: true,
    };
  } else {
    const authorized = result.decision === 'Allow';
    const status: MapStatus = authorized ? 'notApplicable' : 'notReached';
    after = {
      id: 'after',
      kind: 'after',
      rule: 'afterAuthorization',
      title: 'After authorization',
      status,
      statusWords: STATUS_WORDS[status],
      reason: authorized
        ? 'Nothing to check after authorization'
        : checks.length === 0
          ? 'KMS refused the call before checking any policy'
          : 'Only an authorized request is checked (key state, key usage, encryption context, ciphertext)',
      stepIds: [],
      stepIndex: decisionIndex,
      lastStepIndex: decisionIndex,
      lit: false,
    };
  }
  const allowed = result.outcome === 'Allowed';
  const dryRun = result.outcome === 'DryRunOperationException';
  const decision: RouteModel['decision'] = {
    id: 'decision',
    kind: 'decision',
    rule: 'decision',
    title: result.outcome,
    status: allowed || dryRun ? 'allow' : result.decision === 'Allow' ? 'fail' : 'stop',
    statusWords: allowed
      ? 'Allow'
      : dryRun
        ? 'Would succeed (dry run)'
        : result.decision === 'Allow'
          ? 'Authorized, then rejected'
          : result.decision === 'ExplicitDeny'
            ? 'Explicit deny'
            : 'Implicit deny',
    reason: allowed ? 'KMS performs the operation' : (result.message ?? result.outcome),
    stepIds: decisionStep ? [decisionStep.id] : [],
    stepIndex: decisionIndex,
    lastStepIndex: decisionIndex,
    lit: true,
    decision: result.decision,
    outcome: result.outcome,
    message: result.message,
  };
  return { request: result.request, caller, checks, decidingCheck, after, decision };
}

/** Every item of a model in reading order: per check its gates and routes, then after and decision. */
export function mapItems(model: RouteModel): MapItem[] {
  return [...model.checks.flatMap((c) => [...c.gates, ...c.routes]), model.after, model.decision];
}
