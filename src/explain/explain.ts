/**
 * The decision in plain words, built only from the engine's trace and the scenario: which
 * statement or grant decided, and for a deny, which phase said no and what nearly allowed it.
 * Pure and deterministic so it can be unit-tested and shown beside the diagram.
 */
import type { EvaluationResult, TraceStep } from '../engine/types';
import type { Request, Scenario } from '../scenario/types';
import { documentPhrase, principalName, statementPhrase } from './names';
import { allowLine, type Ctx } from './allow';
import { implicitDeny } from './deny';
import { capitalise } from './format';
import { keyPhrase, summaryLine } from './summary';
import { TraceIndex } from './traceQuery';

const RETIRE_ROLES: Record<string, string> = {
  retiringPrincipal: 'retiring principal',
  granteeWithRetireGrant: 'grantee (the grant allows RetireGrant)',
  issuingAccount: 'issuing account',
};

export function requestOf(result: EvaluationResult, scenario: Scenario): Request | undefined {
  return (
    scenario.requests.find((r) => r.id === result.request) ??
    scenario.requests[Number(result.request)]
  );
}

/** Plain-language sentences explaining one evaluation result. */
export function explain(result: EvaluationResult, scenario: Scenario): string[] {
  const request = requestOf(result, scenario);
  const callerArn = request?.principal ?? '';
  const ctx: Ctx = {
    index: new TraceIndex(result.trace),
    scenario,
    request,
    action: request?.action ?? 'the action',
    caller: principalName(callerArn, scenario),
    callerArn,
  };
  const checks = ctx.index.checks();
  const key = keyPhrase(request, scenario);
  const summary = summaryLine(result, ctx.caller, ctx.action, key, checks.length > 0);
  if (checks.length === 0) return [summary];
  return [summary, ...reasons(result, ctx, checks)];
}

/** The sentences after the summary: the statements, grants or missing statements that decided. */
function reasons(result: EvaluationResult, ctx: Ctx, checks: TraceStep[]): string[] {
  const { scenario } = ctx;
  if (result.decision === 'ExplicitDeny') return explicitDeny(result, ctx);
  if (result.decision === 'ImplicitDeny') {
    const failed = checks.find((c) => c.outcome === 'implicitDeny') ?? checks[0];
    return failed ? implicitDeny(failed, ctx) : [];
  }
  const retiring = checks.some((c) => ctx.index.child(c.id, 'retireGrantRules'));
  // For RetireGrant the deciding grant is the one being retired, not one that allowed the call.
  const refs = retiring
    ? result.deciding.filter((r) => !r.document.startsWith('grant:'))
    : result.deciding;
  const lines = refs.map((ref) => allowLine(ref, ctx));
  for (const c of checks) {
    const identity = ctx.index.child(c.id, 'identityPolicies');
    if (identity?.detail?.implicitRootAllow)
      lines.push('The root user needs no IAM policy in its own account.');
    const retire = ctx.index.child(c.id, 'retireGrantRules');
    if (retire?.outcome === 'allow')
      lines.push(
        `${ctx.caller} may retire ${documentPhrase(`grant:${String(retire.detail?.grantId)}`, scenario)} as its ${RETIRE_ROLES[String(retire.detail?.allowedAs)] ?? 'retiring principal'}.`,
      );
  }
  if (result.outcome !== 'Allowed') {
    lines.push(
      `The request was authorized, but KMS then answered ${result.outcome}: ${result.message ?? ''}`.trim(),
    );
  }
  return lines;
}

function explicitDeny(result: EvaluationResult, ctx: Ctx): string[] {
  const lines = result.deciding.map(
    (ref) =>
      `${capitalise(documentPhrase(ref.document, ctx.scenario))} statement ${statementPhrase(ref.statement, ref.path)} denies ${ctx.action} explicitly.`,
  );
  lines.push('An explicit deny overrides every allow, in any policy.');
  return lines;
}
