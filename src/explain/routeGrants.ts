/** The grant routes of a check: one per grant on the key, with why each did or did not allow. */
import type { TraceStep } from '../engine/types';
import type { Grant, Scenario } from '../scenario/types';
import { list, shortArn, str, value, words } from './format';
import type { MapItem, MapStatus } from './routeTypes';
import { route, type Ctx } from './routeContext';

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

export function grantRoutes(
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
