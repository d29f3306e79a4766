/** The five gates of an authorization check: each one's status and reason, run or not. */
import type { TraceStep } from '../engine/types';
import type { Scenario } from '../scenario/types';
import { describePhase } from './phases';
import { accountOf, levelPhrase } from './names';
import { documentName, str } from './format';
import { STATUS_WORDS, type GateRule, type MapItem, type MapStatus } from './routeTypes';
import { stmt, type Ctx } from './routeContext';

const GATE_TITLES: Record<GateRule, string> = {
  explicitDenySweep: 'Explicit-deny sweep',
  rcpGate: 'Resource control policies',
  scpGate: 'Service control policies',
  vpcEndpointGate: 'VPC endpoint policy',
  crossAccountGate: 'Cross-account rule',
};

/** `Deny "DenyOutsideEU" in SCP "EU only" at OU Prod`. */
function denyWords(hit: TraceStep, scenario: Scenario | undefined): string {
  const doc = hit.source?.document ?? '';
  const name = documentName(doc);
  const colon = doc.indexOf(':');
  const type = doc.slice(0, colon);
  const id = doc.slice(colon + 1);
  let where = '';
  let label = type === 'key' ? 'the key policy' : name;
  if ((type === 'scp' || type === 'rcp') && scenario?.organization) {
    const p = scenario.organization.policies.find((x) => x.id === id);
    if (p) {
      label = `${type.toUpperCase()} "${p.name ?? p.id}"`;
      const target = p.targets[0];
      if (target) where = ` at ${levelPhrase(target, scenario)}`;
    }
  }
  return `Deny ${stmt(hit)} in ${label}${where}`;
}

export function gateItem(
  rule: GateRule,
  step: TraceStep | undefined,
  ctx: Ctx,
  stopIndex: number,
  order: number,
): MapItem {
  const { index, spans, scenario } = ctx;
  const id = `${ctx.check.id}/gate/${rule}`;
  const base = { id, kind: 'gate' as const, rule, title: GATE_TITLES[rule] };
  if (step) {
    const stop = step.outcome === 'explicitDeny' || step.outcome === 'implicitDeny';
    const below = index.descendants(step.id);
    let reason = describePhase(step, below).summary.replace(/\.$/, '');
    if (rule === 'explicitDenySweep' && stop) {
      const hit = below.find((c) => c.kind === 'statement' && c.outcome === 'match');
      if (hit) reason = `${denyWords(hit, scenario)}: an explicit deny overrides every allow`;
    }
    if (rule === 'scpGate' && stop) {
      const levels = index
        .children(step.id)
        .filter((c) => c.outcome === 'fail')
        .map((c) => {
          const level = str(c.detail, 'level');
          return scenario ? levelPhrase(level, scenario) : level;
        });
      reason = `No SCP at ${levels.join(', ') || 'some level'} allows ${ctx.action}`;
    }
    if (rule === 'vpcEndpointGate')
      reason = stop
        ? `The endpoint policy does not allow ${ctx.action} (it never grants on its own)`
        : `The endpoint policy allows ${ctx.action}`;
    return {
      ...base,
      status: stop ? 'stop' : 'pass',
      statusWords: STATUS_WORDS[stop ? 'stop' : 'pass'],
      reason,
      stepIds: [step.id],
      stepIndex: spans.first([step.id], 0),
      lastStepIndex: spans.end([step.id], 0),
      lit: false,
    };
  }
  const reached = stopIndex < 0 || order < stopIndex;
  const status: MapStatus = reached ? 'notApplicable' : 'notReached';
  return {
    ...base,
    status,
    statusWords: STATUS_WORDS[status],
    reason: reached ? absentGateReason(rule, ctx) : (ctx.stoppedBy ?? 'An earlier gate stopped it'),
    stepIds: [],
    stepIndex: ctx.checkEnd,
    lastStepIndex: ctx.checkEnd,
    lit: false,
  };
}

function absentGateReason(rule: GateRule, ctx: Ctx): string {
  const context = ctx.index.steps.find((s) => s.kind === 'context');
  const keys = Array.isArray(context?.detail?.keys) ? (context.detail.keys as unknown[]) : [];
  const has = (name: string) =>
    keys.some((k) => !!k && typeof k === 'object' && (k as { name?: unknown }).name === name);
  const resource = str(ctx.check.detail, 'resource');
  const keyAccount = accountOf(resource);
  const callerAccount = accountOf(ctx.caller);
  switch (rule) {
    case 'rcpGate':
      return 'No resource control policy applies to this key';
    case 'scpGate':
      return 'No service control policy applies to this caller';
    case 'vpcEndpointGate':
      return has('aws:SourceVpce')
        ? 'The endpoint has no policy of its own'
        : 'The request did not come through a VPC endpoint';
    case 'crossAccountGate':
      if (!resource.includes(':key/')) return 'No key: nothing crosses accounts';
      if (str(context?.detail, 'callerKind') === 'service') return 'A service principal calls';
      return `Caller and key are in the same account${(keyAccount ?? callerAccount) ? ` (${keyAccount ?? callerAccount})` : ''}`;
    default:
      return 'Not run';
  }
}
