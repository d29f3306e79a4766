/**
 * The policy routes of a check: the key policy names the caller, the key policy delegates to IAM
 * (both halves across accounts), IAM alone for keyless operations, the retire-grant rules; then
 * the grant routes.
 */
import type { TraceStep } from '../engine/types';
import { describePhase } from './phases';
import { accountOf } from './names';
import { capitalise, shortArn, str } from './format';
import { STATUS_WORDS, type MapItem, type MapStatus, type RouteHalf } from './routeTypes';
import {
  hitIn,
  lowerFirst,
  nearMiss,
  passed,
  roleOf,
  route,
  sid,
  stmt,
  type Ctx,
} from './routeContext';
import { grantRoutes } from './routeGrants';

const IAM_PHASES = ['identityPolicies', 'permissionsBoundary', 'sessionPolicy'] as const;

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

export function checkRoutes(ctx: Ctx, phases: TraceStep[], sameAccount: boolean): MapItem[] {
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
