/**
 * The iam-simulate line of `npm run bench` (issue 16): the engine and @cloud-copilot/iam-simulate
 * on the same conformance requests, in one process, both warmed, each interleaved over all the
 * requests. iam-simulate is AGPL: it is an optional dev-only dependency, loaded here at run time
 * and never imported from src/ (this script imports the engine, not the other way round). Without
 * it the script prints "iam-simulate not installed".
 *
 * Only requests both can express are compared: one authorization check of a KMS key (the key
 * policy as resource policy, the caller's own and group identity policies), decided by those two
 * alone: no grant on the key, no SCP, RCP, VPC endpoint, permissions boundary or session policy
 * in play, no cross-account gate, no RetireGrant, and an IAM user, role or account root as caller
 * (read from the engine's own trace of the request). iam-simulate gets the request context the
 * engine derived (every key, derived ones included) as its context variables, and the key's
 * account as the resource's account. Decisions are compared (Allow, ExplicitDeny, ImplicitDeny),
 * not outcomes: iam-simulate does not model key states, usages or parameter validation.
 * Its entry point is `runSimulation` (asynchronous; it validates the input and loads every policy
 * on each call, having no compile-once API); `runUnsafeSimulation`, the synchronous one without
 * validation, fails on any resource policy in 0.1.173 (it reads the name of an unnamed policy).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Scenario } from '../src/scenario/types';
import { evaluateRequest, decideRequest, type Decision } from '../src/engine';
import { benchInterleaved, loadMixedCases, type MixedCase } from '../src/cli/benchMixed';

type SimResult = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';
interface Simulation {
  request: {
    principal: string;
    action: string;
    resource: { resource: string; accountId: string };
    contextVariables: Record<string, string | string[]>;
  };
  identityPolicies: { name: string; policy: unknown }[];
  serviceControlPolicies: never[];
  resourceControlPolicies: never[];
  resourcePolicy?: unknown;
}
type RunSimulation = (
  s: Simulation,
  options: Record<string, never>,
) => Promise<{ resultType: string; overallResult?: SimResult }>;

const EXCLUDED_RULES = new Set([
  'scpGate',
  'rcpGate',
  'vpcEndpointGate',
  'crossAccountGate',
  'grantPath',
  'permissionsBoundary',
  'sessionPolicy',
  'retireGrantRules',
]);

const DECISION: Record<SimResult, Decision> = {
  Allowed: 'Allow',
  ExplicitlyDenied: 'ExplicitDeny',
  ImplicitlyDenied: 'ImplicitDeny',
};

/** The iam-simulate input for one request, or null when the two cannot both express it. */
export function toSimulation(s: Scenario, c: MixedCase): Simulation | null {
  const r = evaluateRequest(c.cs, c.index);
  const checks = r.trace.filter((t) => t.rule === 'authorizationCheck');
  if (checks.length !== 1 || r.trace.some((t) => EXCLUDED_RULES.has(t.rule))) return null;
  if (!r.trace.some((t) => t.rule === 'keyPolicy')) return null;
  const ctx = r.trace[0]?.detail as
    { caller: string; callerKind: string; keys: { name: string; value: unknown }[] } | undefined;
  if (!ctx || !['user', 'role', 'root'].includes(ctx.callerKind)) return null;
  if (s.grants.length > 0 || s.vpcEndpoints.length > 0 || s.organization) return null;
  const check = checks[0]?.detail as { action: string; resource: string };
  const key = s.keys.find((k) => k.arn === check.resource);
  if (!key) return null;
  const principal = s.principals.find((p) => p.arn === ctx.caller);
  if (principal?.permissionsBoundary !== undefined) return null;
  const identityPolicies = [
    ...(principal?.policies ?? []).map((p) => ({ name: p.name, policy: p.document })),
    ...(principal?.groups ?? []).flatMap((g) =>
      (s.groups.find((x) => x.arn === g)?.policies ?? []).map((p) => ({
        name: `${g}/${p.name}`,
        policy: p.document,
      })),
    ),
  ];
  const contextVariables: Record<string, string | string[]> = {};
  for (const k of ctx.keys)
    contextVariables[k.name] = Array.isArray(k.value) ? k.value.map(String) : String(k.value);
  return {
    request: {
      principal: ctx.caller,
      action: check.action,
      resource: { resource: key.arn, accountId: key.arn.split(':')[4] ?? '' },
      contextVariables,
    },
    identityPolicies,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: key.policy ?? undefined,
  };
}

/** iam-simulate's decision, or why there is none. */
async function simulate(run: RunSimulation, sim: Simulation): Promise<Decision | string> {
  const r = await run(sim, {});
  if (r.resultType !== 'single' || !r.overallResult) return JSON.stringify(r).slice(0, 200);
  return DECISION[r.overallResult];
}

/** Like benchInterleaved, awaiting each call: evaluations/s of the median batch and from CPU time. */
async function benchAsync(
  items: readonly Simulation[],
  run: RunSimulation,
  rounds = 10,
  batches = 10,
  warmup = 20,
): Promise<{ evalsPerSec: number; cpuEvalsPerSec: number }> {
  for (let w = 0; w < warmup; w++) for (const x of items) await run(x, {});
  const per: number[] = [];
  const c0 = process.cpuUsage();
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const x of items) await run(x, {});
    per.push((performance.now() - t0) / (rounds * items.length));
  }
  const cpu = process.cpuUsage(c0);
  per.sort((a, b) => a - b);
  const med = per[per.length >> 1] ?? 1;
  const n = batches * rounds * items.length;
  return {
    evalsPerSec: Math.round(1000 / med),
    cpuEvalsPerSec: Math.round((n * 1e6) / (cpu.user + cpu.system)),
  };
}

async function main(): Promise<void> {
  let runSimulation: RunSimulation;
  try {
    const name = '@cloud-copilot/iam-simulate';
    ({ runSimulation } = (await import(name)) as { runSimulation: RunSimulation });
  } catch {
    console.log('iam-simulate not installed (a dev dependency: npm install)');
    return;
  }
  const all = loadMixedCases(join(process.cwd(), 'src/scenario/fixtures/conformance'));
  const cases: { c: MixedCase; sim: Simulation }[] = [];
  for (const c of all) {
    const sim = toSimulation(c.scenario, c);
    if (sim) cases.push({ c, sim });
  }
  let agree = 0;
  const disagree: string[] = [];
  for (const { c, sim } of cases) {
    const ours = decideRequest(c.cs, c.index).decision;
    let theirs: Decision | string;
    try {
      theirs = await simulate(runSimulation, sim);
    } catch (e) {
      theirs = `error: ${(e as Error).message}`;
    }
    if (ours === theirs) agree++;
    else disagree.push(`${c.file} (engine ${ours}, iam-simulate ${theirs})`);
  }
  const mixed = cases.map((x) => x.c);
  const theirs = await benchAsync(
    cases.map((x) => x.sim),
    runSimulation,
  );
  const traced = benchInterleaved(mixed, (c) => evaluateRequest(c.cs, c.index));
  const fast = benchInterleaved(mixed, (c) => decideRequest(c.cs, c.index));
  const f = (n: number) => n.toLocaleString('en-US');
  console.log(
    `iam-simulate on the same ${cases.length} requests (of ${all.length}; identity + key policy only; decisions agree on ${agree}): ` +
      `iam-simulate ${f(theirs.evalsPerSec)} evaluations/s (CPU ${f(theirs.cpuEvalsPerSec)}); ` +
      `engine with trace ${f(traced.evalsPerSec)}/s (CPU ${f(traced.cpuEvalsPerSec)}), ${(traced.evalsPerSec / theirs.evalsPerSec).toFixed(0)}×; ` +
      `decision only ${f(fast.evalsPerSec)}/s (CPU ${f(fast.cpuEvalsPerSec)}), ${(fast.evalsPerSec / theirs.evalsPerSec).toFixed(0)}×`,
  );
  if (disagree.length > 0) console.log(`  decisions differ: ${disagree.join('; ')}`);
}

await main();
