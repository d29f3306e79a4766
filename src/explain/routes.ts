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
import type { Grant, Scenario } from '../scenario/types';
import { describePhase } from './phases';
import { conditionReason, elementReason } from './rowText';
import { accountOf, levelPhrase } from './names';
import { capitalise, documentName, list, shortArn, str, value, words } from './format';
import { TraceIndex } from './traceQuery';
import {
  GATE_RULES,
  STATUS_WORDS,
  type CheckMap,
  type GateRule,
  type MapItem,
  type MapStatus,
  type RouteHalf,
  type RouteModel,
  type RouteModelOptions,
  type RouteRule,
} from './routeTypes';

export * from './routeTypes';

const GATE_TITLES: Record<GateRule, string> = {
  explicitDenySweep: 'Explicit-deny sweep',
  rcpGate: 'Resource control policies',
  scpGate: 'Service control policies',
  vpcEndpointGate: 'VPC endpoint policy',
  crossAccountGate: 'Cross-account rule',
};

const IAM_PHASES = ['identityPolicies', 'permissionsBoundary', 'sessionPolicy'] as const;

/** Trace indexes: each step's own, and the last index of its subtree. */
class Spans {
  readonly index = new Map<string, number>();
  readonly last = new Map<string, number>();
  constructor(trace: readonly TraceStep[]) {
    const parent = new Map<string, string | null>();
    trace.forEach((s, i) => {
      this.index.set(s.id, i);
      this.last.set(s.id, i);
      parent.set(s.id, s.parentId);
      let p = s.parentId;
      while (p !== null && p !== undefined) {
        const prev = this.last.get(p);
        if (prev === undefined || prev >= i) break;
        this.last.set(p, i);
        p = parent.get(p) ?? null;
      }
    });
  }
  first(ids: string[], fallback: number): number {
    return ids.reduce(
      (m, id) => Math.min(m, this.index.get(id) ?? m),
      ids.length ? Infinity : fallback,
    );
  }
  end(ids: string[], fallback: number): number {
    return ids.reduce((m, id) => Math.max(m, this.last.get(id) ?? -1), ids.length ? -1 : fallback);
  }
}

const sid = (s: TraceStep) => str(s.detail, 'sid');
const stmt = (s: TraceStep) => (sid(s) ? `"${sid(s)}"` : s.id.slice(s.id.lastIndexOf('/') + 1));
const passed = (s: TraceStep | undefined) =>
  !!s && (s.outcome === 'pass' || s.outcome === 'allow' || s.outcome === 'match');

/** Everything one check's routes need to know. */
interface Ctx {
  index: TraceIndex;
  spans: Spans;
  check: TraceStep;
  action: string;
  caller: string;
  callerShort: string;
  scenario: Scenario | undefined;
  /** The gate (or reason) that stopped the check before the routes, in words. */
  stoppedBy: string | null;
  checkEnd: number;
}

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

function gateItem(
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

/** The first statement under a phase that named the caller but failed later: a near miss. */
function nearMiss(index: TraceIndex, phaseId: string): string | null {
  for (const s of index.descendants(phaseId)) {
    if (s.kind !== 'statement' || s.outcome !== 'noMatch') continue;
    const failed = str(s.detail, 'failed');
    if (failed === 'Principal' || failed === 'NotPrincipal') continue;
    const kids = index.children(s.id);
    const element = kids.find((k) => k.kind === 'element');
    const cond = kids.find((k) => k.kind === 'condition' && k.outcome === 'fail');
    const why = element ? elementReason(element) : cond ? conditionReason(cond) : failed;
    return `statement ${stmt(s)}: ${why}`;
  }
  return null;
}

/** The first matching statement under a phase. */
function hitIn(index: TraceIndex, phaseId: string): TraceStep | undefined {
  return index.descendants(phaseId).find((s) => s.kind === 'statement' && s.outcome === 'match');
}

function route(
  ctx: Ctx,
  local: string,
  rule: RouteRule,
  title: string,
  status: MapStatus,
  reason: string,
  stepIds: string[],
): MapItem {
  const { spans } = ctx;
  return {
    id: `${ctx.check.id}/route/${local}`,
    kind: 'route',
    rule,
    title,
    status,
    statusWords: STATUS_WORDS[status],
    reason,
    stepIds,
    stepIndex: stepIds.length ? spans.first(stepIds, ctx.checkEnd) : ctx.checkEnd,
    lastStepIndex: stepIds.length ? spans.end(stepIds, ctx.checkEnd) : ctx.checkEnd,
    lit: false,
  };
}

/** Why the IAM side (identity policy, boundary, session policy) did not allow, or null. */
function iamSideFailure(ctx: Ctx, phases: TraceStep[]): string | null {
  const { index, action } = ctx;
  for (const p of phases) {
    if (passed(p)) continue;
    if (p.rule === 'identityPolicies') {
      const docs = index.children(p.id);
      if (docs.length === 0) return `${ctx.callerShort} has no identity policy`;
      const miss = nearMiss(index, p.id);
      return `No identity policy of ${ctx.callerShort} allows ${action}${miss ? ` (${miss})` : ''}`;
    }
    if (p.rule === 'permissionsBoundary')
      return `The permissions boundary does not allow ${action}`;
    if (p.rule === 'sessionPolicy') return `The session policy does not allow ${action}`;
  }
  return null;
}

function iamSideAllow(ctx: Ctx, identity: TraceStep | undefined): string {
  if (!identity) return 'no identity policy needed';
  if (identity.detail?.implicitRootAllow === true) return 'the root user needs no IAM policy';
  const hit = hitIn(ctx.index, identity.id);
  const doc = hit?.source?.document ?? '';
  const name = doc.slice(doc.lastIndexOf('#') + 1);
  const what = doc.startsWith('group:')
    ? `group policy ${name}`
    : doc.startsWith('identity:')
      ? `policy ${name}`
      : 'an identity policy';
  return `${what}${hit && sid(hit) ? ` ("${sid(hit)}")` : ''} allows it`;
}

function grantsOnKey(scenario: Scenario | undefined, keyArn: string): Grant[] {
  if (!scenario || !keyArn.includes(':key/')) return [];
  const keyId = keyArn.slice(keyArn.indexOf(':key/') + 5);
  return scenario.grants.filter((g) => g.key === keyArn || g.key === keyId);
}

function grantName(grantId: string, scenario: Scenario | undefined): string {
  const g = scenario?.grants.find((x) => x.grantId === grantId);
  return g?.name ?? (grantId.length > 16 ? `${grantId.slice(0, 8)}…` : grantId);
}

function grantFailure(step: TraceStep, ctx: Ctx): string {
  const d = step.detail ?? {};
  const g = ctx.scenario?.grants.find((x) => x.grantId === str(d, 'grantId'));
  switch (str(d, 'failed')) {
    case 'notPropagated':
      return 'not yet propagated, and its grant token was not presented';
    case 'grantee':
      return `for ${shortArn(str(d, 'grantee'))}, not ${ctx.callerShort}`;
    case 'operation':
      return `${str(d, 'operation')} is not among its operations ${list(d.operations)}`;
    case 'constraint': {
      const type = str(d, 'constraint', 'constraint');
      const c = g?.constraints as Record<string, unknown> | undefined;
      const want = c?.[type] ?? c?.[type.charAt(0).toLowerCase() + type.slice(1)];
      const pairs = (v: unknown) =>
        v && typeof v === 'object'
          ? Object.entries(v as Record<string, unknown>)
              .map(([k, x]) => `${k}=${String(x)}`)
              .join(', ') || 'none'
          : value(v);
      return want !== undefined
        ? `${type} ${pairs(want)} not met (request has ${pairs(d.encryptionContext)})`
        : `${type} not met by the request's encryption context ${pairs(d.encryptionContext)}`;
    }
    case 'childOperations':
      return `the new grant's operations ${list(d.extra)} are not in this grant`;
    case 'childConstraints':
      return 'the new grant would loosen its encryption-context constraint';
    case 'accountDelegation':
      return `names the account, but ${words(str(d, 'reason', 'no identity policy'))}`;
    default:
      return 'does not apply';
  }
}

function grantRoutes(
  ctx: Ctx,
  grantPhase: TraceStep | undefined,
  policyAllowed: boolean,
): MapItem[] {
  const { index, scenario } = ctx;
  const resource = str(ctx.check.detail, 'resource');
  const onKey = grantsOnKey(scenario, resource);
  const out: MapItem[] = [];
  const seen = new Set<string>();
  let allowedBy: string | null = null;
  if (grantPhase) {
    for (const g of index.children(grantPhase.id)) {
      if (g.kind !== 'grant') continue;
      const id = str(g.detail, 'grantId', g.id);
      seen.add(id);
      const name = grantName(id, scenario);
      if (g.outcome === 'match') {
        allowedBy = name;
        out.push(
          route(
            ctx,
            `grant:${id}`,
            'grant',
            `Grant ${name}`,
            'allow',
            `Grant ${name} allows ${ctx.action} for ${ctx.callerShort}`,
            [g.id],
          ),
        );
      } else {
        out.push(
          route(
            ctx,
            `grant:${id}`,
            'grant',
            `Grant ${name}`,
            'noAllow',
            `Grant ${name}: ${grantFailure(g, ctx)}`,
            [g.id],
          ),
        );
      }
    }
  }
  const rest = onKey.filter((g) => !seen.has(g.grantId));
  const absent = (status: MapStatus, reason: (name: string) => string) => {
    for (const g of rest) {
      const name = grantName(g.grantId, scenario);
      out.push(
        route(ctx, `grant:${g.grantId}`, 'grant', `Grant ${name}`, status, reason(name), []),
      );
    }
  };
  if (ctx.stoppedBy) absent('notReached', () => ctx.stoppedBy ?? '');
  else if (allowedBy) absent('notNeeded', () => `Grant ${allowedBy} allowed first`);
  else if (policyAllowed) absent('notNeeded', () => 'A key policy route allowed first');
  else if (!grantPhase) absent('notApplicable', () => `${ctx.action} cannot be allowed by a grant`);
  if (out.length === 0) {
    const [status, reason]: [MapStatus, string] = ctx.stoppedBy
      ? ['notReached', ctx.stoppedBy]
      : policyAllowed
        ? ['notNeeded', 'A key policy route allowed first']
        : scenario
          ? ['notApplicable', 'No grant on this key']
          : ['notApplicable', `No grant on this key allows ${ctx.action}`];
    out.push(route(ctx, 'grants', 'grants', 'Grants on the key', status, reason, []));
  }
  return out;
}

function checkRoutes(ctx: Ctx, phases: TraceStep[], sameAccount: boolean): MapItem[] {
  const { index } = ctx;
  const byRule = (rule: string) => phases.find((p) => p.rule === rule);
  const retire = byRule('retireGrantRules');
  if (retire) {
    const summary = describePhase(retire, index.descendants(retire.id)).summary.replace(/\.$/, '');
    return [
      route(
        ctx,
        'retire',
        'retireGrantRules',
        'Retire-grant rules',
        passed(retire) ? 'allow' : 'noAllow',
        summary,
        [retire.id],
      ),
    ];
  }
  const kp = byRule('keyPolicy');
  const iam = IAM_PHASES.map(byRule).filter((p): p is TraceStep => !!p);
  const grants = byRule('grantPath');
  const stopped = ctx.stoppedBy;
  const resource = str(ctx.check.detail, 'resource');
  if (!kp && !resource.includes(':key/')) {
    // Keyless operations and alias resources: IAM policies alone (S6, S23).
    const fail = iamSideFailure(ctx, iam);
    const status: MapStatus = stopped
      ? 'notReached'
      : iam.length === 0
        ? 'notReached'
        : fail
          ? 'noAllow'
          : 'allow';
    const reason = stopped ?? fail ?? `${iamSideAllow(ctx, byRule('identityPolicies'))}`;
    return [
      route(
        ctx,
        'iam',
        'iamOnly',
        `IAM policies (no key policy for ${resource === '*' ? 'this operation' : shortArn(resource)})`,
        status,
        capitalise(reason),
        iam.map((p) => p.id),
      ),
    ];
  }
  const kind = kp && kp.outcome === 'match' ? str(kp.detail, 'principalMatch', 'account') : null;
  const directSteps = kp
    ? [kp.id, ...(kind === 'role' && sameAccount ? iam.map((p) => p.id) : [])]
    : [];
  const iamSteps = kp ? [kp.id, ...iam.map((p) => p.id)] : [];
  // The statement the engine chose: the best-ranked match (policyPath.ts), of the kind it recorded.
  const matches = kp
    ? index.descendants(kp.id).filter((x) => x.kind === 'statement' && x.outcome === 'match')
    : [];
  const hit = matches.find((x) => str(x.detail, 'principal') === kind) ?? matches[0];

  // Route 1: the key policy names the caller.
  let direct: [MapStatus, string];
  if (stopped) direct = ['notReached', stopped];
  else if (!kp) direct = ['notReached', 'Not reached'];
  else if (!sameAccount)
    direct = [
      'notApplicable',
      `Cross-account: the key policy alone never allows a caller from account ${accountOf(ctx.caller) ?? '?'}`,
    ];
  else if (kind === 'direct' || kind === 'wildcard')
    direct = [
      'allow',
      kind === 'wildcard'
        ? `Statement ${hit ? stmt(hit) : ''} allows Principal "*"`
        : `Statement ${hit ? stmt(hit) : ''} names ${ctx.callerShort}`,
    ];
  else if (kind === 'role') {
    const fail = iamSideFailure(ctx, iam);
    direct = fail
      ? [
          'noAllow',
          `Statement ${hit ? stmt(hit) : ''} names ${roleOf(ctx.caller)}, the caller's role, but ${lowerFirst(fail)}`,
        ]
      : [
          'allow',
          `Statement ${hit ? stmt(hit) : ''} names ${roleOf(ctx.caller)}, the caller's role`,
        ];
  } else {
    const miss = nearMiss(index, kp.id);
    direct = [
      'noAllow',
      kind === 'account'
        ? `No statement names ${ctx.callerShort} (${hit ? stmt(hit) : 'one'} names the account)`
        : miss
          ? `No statement allows ${ctx.callerShort}: ${miss}`
          : `No statement names ${ctx.callerShort}`,
    ];
  }

  // Route 2: the key policy delegates to IAM (both halves across accounts).
  let viaIam: [MapStatus, string];
  if (stopped) viaIam = ['notReached', stopped];
  else if (!kp) viaIam = ['notReached', 'Not reached'];
  else if (kp.outcome !== 'match')
    viaIam = [
      'noAllow',
      sameAccount
        ? `The key policy does not enable IAM policies for account ${accountOf(resource) ?? '?'}`
        : `Key account: the key policy does not allow account ${accountOf(ctx.caller) ?? '?'} or the caller`,
    ];
  else if (sameAccount && (kind === 'direct' || kind === 'wildcard' || kind === 'role'))
    viaIam = ['notNeeded', 'The key policy names the caller'];
  else {
    const fail = iamSideFailure(ctx, iam);
    const named = hit ? stmt(hit) : 'a statement';
    const other = accountOf(ctx.caller) ?? '?';
    const keyHalf = sameAccount
      ? `${named} delegates to IAM`
      : `Key account: ${named} allows ${kind === 'account' ? `account ${other}` : ctx.callerShort}`;
    const callerHalf = sameAccount ? '' : `caller account ${other}: `;
    viaIam = fail
      ? ['noAllow', `${capitalise(keyHalf)}; ${callerHalf}${lowerFirst(fail)}`]
      : [
          'allow',
          `${capitalise(keyHalf)}; ${callerHalf}${iamSideAllow(ctx, byRule('identityPolicies'))}`,
        ];
  }
  const policyAllowed = direct[0] === 'allow' || viaIam[0] === 'allow';
  return [
    route(
      ctx,
      'keyPolicy',
      'keyPolicyDirect',
      'Key policy names the caller',
      direct[0],
      direct[1],
      directSteps,
    ),
    withHalves(
      route(
        ctx,
        'iam',
        'keyPolicyIam',
        sameAccount ? 'Key policy → IAM policies' : 'Key policy + IAM, both accounts',
        viaIam[0],
        viaIam[1],
        iamSteps,
      ),
      sameAccount || stopped || !kp ? null : crossHalves(ctx, kp, kind, hit, iam),
    ),
    ...grantRoutes(ctx, grants, policyAllowed),
  ];
}

function withHalves(item: MapItem, halves: RouteHalf[] | null): MapItem {
  if (halves) item.halves = halves;
  return item;
}

/** The two sides of a cross-account policy route: the key account's, then the caller's. */
function crossHalves(
  ctx: Ctx,
  kp: TraceStep,
  kind: string | null,
  hit: TraceStep | undefined,
  iam: TraceStep[],
): RouteHalf[] {
  const keyAccount = accountOf(str(ctx.check.detail, 'resource')) ?? '?';
  const other = accountOf(ctx.caller) ?? '?';
  const half = (label: string, status: MapStatus, reason: string): RouteHalf => ({
    label,
    status,
    statusWords: STATUS_WORDS[status],
    reason,
  });
  const keySide =
    kp.outcome === 'match'
      ? half(
          `Key account ${keyAccount}: key policy`,
          'allow',
          `${hit ? `Statement ${stmt(hit)}` : 'A statement'} allows ${kind === 'account' ? `account ${other}` : ctx.callerShort}`,
        )
      : half(
          `Key account ${keyAccount}: key policy`,
          'noAllow',
          `No statement allows account ${other} or ${ctx.callerShort}`,
        );
  if (kp.outcome !== 'match')
    return [
      keySide,
      half(`Caller account ${other}: IAM`, 'notReached', 'Not read: the key policy said no first'),
    ];
  const fail = iamSideFailure(ctx, iam);
  return [
    keySide,
    fail
      ? half(`Caller account ${other}: IAM`, 'noAllow', fail)
      : half(
          `Caller account ${other}: IAM`,
          'allow',
          capitalise(
            iamSideAllow(
              ctx,
              iam.find((p) => p.rule === 'identityPolicies'),
            ),
          ),
        ),
  ];
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function roleOf(caller: string): string {
  const m = /:assumed-role\/([^/]+)/.exec(caller);
  return m ? `role/${m[1]}` : shortArn(caller);
}

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
