/**
 * Candidate steps for a denied request, from what stopped each failed check (the first blocker in
 * the engine's order: deny sweep, SCP, VPC endpoint, cross-account, then the allow routes), or,
 * when authorization allowed, from the check after it that failed.
 */
import type { FailedCheck } from './analyse';
import { narrowDenies } from './gen/denies';
import { callFromKeyAccount, scpAllow, vpceAllow } from './gen/gates';
import { grantRepairs, newGrant } from './gen/grants';
import {
  ciphertextContext,
  contextPairs,
  dropUnknownTokens,
  enableKey,
  keepPutKeyPolicy,
} from './gen/request';
import { allowValues, denyValues } from './gen/values';
import { enableIam, identityLimit, identityPolicy, keyPolicyStatement } from './gen/routes';
import type { GenInput, Step } from './step';

/** The routes that could allow a check that reached them. */
function routeSteps(g: GenInput, c: FailedCheck): Step[] {
  const out: Step[] = [];
  out.push(...contextPairs(g, c), ...allowValues(g, c), ...grantRepairs(g, c));
  if (c.identity === 'boundary' || c.identity === 'session') out.push(...identityLimit(g, c));
  if (c.keyPolicy !== 'absent') out.push(...keyPolicyStatement(g, c));
  const delegated =
    c.keyPolicy === 'absent' ||
    c.identity === 'noIdentityPolicy' ||
    c.grants.some((x) => x.failed === 'accountDelegation');
  if (delegated) out.push(...identityPolicy(g, c));
  if (c.keyPolicy === 'none') out.push(...enableIam(g, c));
  out.push(...newGrant(g, c));
  return out;
}

function checkSteps(g: GenInput, c: FailedCheck): Step[] {
  switch (c.blocker) {
    case 'deny':
      return [];
    case 'scp':
      return scpAllow(g, c);
    case 'vpce':
      return vpceAllow(g, c);
    case 'crossAccount':
      return callFromKeyAccount(g, c);
    default:
      return routeSteps(g, c);
  }
}

/**
 * Steps for every failed check. With two failed checks (ReEncrypt), a step for one is paired with
 * the step of the same kind for the other, so one fix can cover both.
 */
export function generate(g: GenInput): Step[] {
  const checks = g.a.checks;
  if (checks.length === 0)
    return [
      ...enableKey(g),
      ...keepPutKeyPolicy(g),
      ...dropUnknownTokens(g),
      ...ciphertextContext(g),
    ];
  const out: Step[] = [...denyValues(g, checks), ...narrowDenies(g, checks)];
  const per = checks.map((c) => checkSteps(g, c));
  if (per.length === 1) return [...out, ...(per[0] ?? [])];
  const [first = [], ...rest] = per;
  for (const step of first) {
    const partners = rest.map((list) => list.find((x) => x.kind === step.kind));
    out.push(step);
    if (partners.every((p): p is Step => p !== undefined)) out.push(combine([step, ...partners]));
  }
  for (const list of rest) out.push(...list);
  return out;
}

/** Steps made at once, in order. */
export function combine(steps: Step[]): Step {
  const first = steps[0] as Step;
  return {
    kind: first.kind,
    routes: [...new Set(steps.flatMap((x) => x.routes))],
    clause: steps.map((x) => x.clause).join(', and '),
    ops: steps.flatMap((x) => x.ops),
    documents: [...new Set(steps.flatMap((x) => x.documents))],
    privilege: steps.reduce((n, x) => n + x.privilege, 0),
  };
}
