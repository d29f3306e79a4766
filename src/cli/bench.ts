/**
 * `npm run bench`: evaluates every fixture scenario repeatedly (decoded and compiled once) and
 * prints evaluations per second and the median microseconds per evaluation. Results go to
 * docs/benchmarks.md by hand; this is a measurement, not a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { decodeScenarioText } from '../scenario';
import { compileScenario, evaluateRequest, evaluateScenario } from '../engine';
import { benchAccess } from './benchAccess';
import { benchFixes, benchFixesOn } from './benchFixes';
import { benchMixed, benchMixedDecisions, loadMixedCases } from './benchMixed';
import { largeScenario } from './largeScenario';

const DIR = join(process.cwd(), 'src/scenario/fixtures/conformance');
const BATCH = 2000;
const BATCHES = Number(process.env.BENCH_BATCHES ?? 25);

interface Row {
  file: string;
  evalsPerSec: number;
  medianMicros: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function benchFile(file: string): Row | null {
  const decoded = decodeScenarioText(readFileSync(join(DIR, file), 'utf8'));
  if (!decoded.ok) return null;
  const cs = compileScenario(decoded.scenario);
  const n = cs.scenario.requests.length;
  for (let w = 0; w < BATCH; w++) for (let i = 0; i < n; i++) evaluateRequest(cs, i);
  const perEval: number[] = [];
  let total = 0;
  for (let b = 0; b < BATCHES; b++) {
    const t0 = performance.now();
    for (let k = 0; k < BATCH; k++) for (let i = 0; i < n; i++) evaluateRequest(cs, i);
    const ms = performance.now() - t0;
    total += ms;
    perEval.push((ms * 1000) / (BATCH * n));
  }
  return {
    file,
    evalsPerSec: Math.round((BATCHES * BATCH * n) / (total / 1000)),
    medianMicros: median(perEval),
  };
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const rows = files.map(benchFile).filter((r): r is Row => r !== null);
const sorted = [...rows].sort((a, b) => a.medianMicros - b.medianMicros);
console.log(
  `KMS engine benchmark: ${rows.length} fixture scenarios, ${BATCHES}×${BATCH} evaluations each, node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`,
);
console.log('fixture        evals/s    median µs');
for (const r of sorted)
  console.log(
    `${r.file.padEnd(12)} ${String(r.evalsPerSec).padStart(9)}    ${r.medianMicros.toFixed(2)}`,
  );
const med = median(rows.map((r) => r.medianMicros));
const typical = median(rows.map((r) => r.evalsPerSec));
console.log('---');
console.log(
  `median over fixtures: ${med.toFixed(2)} µs per evaluation, ${typical} evaluations per second`,
);
console.log(
  `slowest: ${sorted[sorted.length - 1]?.file} ${sorted[sorted.length - 1]?.medianMicros.toFixed(2)} µs; fastest: ${sorted[0]?.file} ${sorted[0]?.medianMicros.toFixed(2)} µs`,
);

// Issue 16: every request of every fixture interleaved in one loop (mixed shapes), with the trace
// and decision only (decideRequest).
const mixedCases = loadMixedCases(DIR);
for (const [label, f] of [
  ['with trace', benchMixed(mixedCases)],
  ['decision only', benchMixedDecisions(mixedCases)],
] as const)
  console.log(
    `mixed shapes, ${label}: ${f.requests} requests interleaved, ${f.evalsPerSec} evaluations per second (median batch, ${f.medianMicros.toFixed(2)} µs; best ${f.bestEvalsPerSec}; from CPU time ${f.cpuEvalsPerSec})`,
  );

// Issue 3's large case: an edit re-runs the whole evaluation (compile + evaluate + diagnostics).
const large = largeScenario();
for (let w = 0; w < 5; w++) evaluateScenario(large);
const times: number[] = [];
for (let k = 0; k < 30; k++) {
  const fresh = structuredClone(large); // a new object: nothing cached, as when a link is opened
  const t0 = performance.now();
  const r = evaluateScenario(fresh);
  times.push(performance.now() - t0);
  if (r.results.length !== 1) throw new Error('large scenario lost its request');
}
console.log(
  `large scenario (20 documents × 50 statements), cold evaluation (every document compiled): median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`,
);

// An edit in the app replaces one document; the other 19 keep their identity and their compilation.
const edits: number[] = [];
let current = large;
for (let k = 0; k < 30; k++) {
  const p = current.principals[0];
  if (!p) break;
  const policies = p.policies.map((np, i) =>
    i === k % p.policies.length ? { ...np, document: JSON.parse(JSON.stringify(np.document)) } : np,
  );
  current = { ...current, principals: [{ ...p, policies }] };
  const t0 = performance.now();
  evaluateScenario(current);
  edits.push(performance.now() - t0);
}
console.log(
  `large scenario, re-evaluation after editing one of its 20 documents: median ${median(edits).toFixed(2)} ms, max ${Math.max(...edits).toFixed(2)} ms`,
);

// Issue 10: fixes for a denied request, verified by re-evaluating the patched scenario.
const fx = benchFixes(DIR);
console.log(
  `fixes for a conformance scenario: median ${fx.medianMs.toFixed(2)} ms over ${fx.requests} AccessDeniedException requests (max ${fx.maxMs.toFixed(2)} ms, ${fx.slowest}; median ${fx.fixesPerRequest} fixes each)`,
);
const deniedLarge = {
  ...large,
  requests: large.requests.map((r) => ({ ...r, action: 'kms:ScheduleKeyDeletion' })),
};
const fl = benchFixesOn(deniedLarge, 0);
console.log(
  `fixes for the large scenario (request denied): median ${fl.medianMs.toFixed(2)} ms, max ${fl.maxMs.toFixed(2)} ms (${fl.fixes} fixes)`,
);

// Issue 15: the who-can matrix, 50 principals × every KMS permission on a key × 10 keys.
const ax = benchAccess();
console.log(
  `who-can matrix, 50 principals × 10 keys × every key permission (${ax.cells} cells, ${ax.conditional} allowed only with request values): median ${ax.medianMs.toFixed(1)} ms (max ${ax.maxMs.toFixed(1)} ms), median CPU ${ax.medianCpuMs.toFixed(1)} ms`,
);
