/**
 * The mixed-shape figure of `npm run bench` (issue 16): every request of every conformance
 * scenario, compiled once, evaluated in turn in one loop, so each engine call site sees every
 * scenario shape within a few microseconds (as the app, the fixes search and the who-can matrix
 * do). One batch is `rounds` passes over all the requests; the figure is the median batch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeScenarioText } from '../scenario';
import type { Scenario } from '../scenario/types';
import { compileScenario, decideRequest, evaluateRequest, type CompiledScenario } from '../engine';

/** One request of a conformance scenario, compiled once. */
export interface MixedCase {
  file: string;
  scenario: Scenario;
  cs: CompiledScenario;
  index: number;
}

export interface MixedFigure {
  requests: number;
  evaluations: number;
  /** Median over batches. */
  evalsPerSec: number;
  medianMicros: number;
  /** Best batch. */
  bestEvalsPerSec: number;
  /** From the process's CPU time (user + system) over all batches: less sensitive to load. */
  cpuEvalsPerSec: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Every request of every scenario in `dir`, in file order. */
export function loadMixedCases(dir: string): MixedCase[] {
  const out: MixedCase[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const decoded = decodeScenarioText(readFileSync(join(dir, file), 'utf8'));
    if (!decoded.ok) continue;
    const cs = compileScenario(decoded.scenario);
    for (let i = 0; i < decoded.scenario.requests.length; i++)
      out.push({ file, scenario: decoded.scenario, cs, index: i });
  }
  return out;
}

/**
 * Times `run` over the cases, interleaved: `batches` batches of `rounds` passes over every case,
 * after `warmup` passes.
 */
export function benchInterleaved(
  cases: readonly MixedCase[],
  run: (c: MixedCase) => unknown,
  rounds = 200,
  batches = 15,
  warmup = 300,
): MixedFigure {
  const n = cases.length;
  for (let w = 0; w < warmup; w++) for (let i = 0; i < n; i++) run(cases[i] as MixedCase);
  const perEval: number[] = [];
  const c0 = process.cpuUsage();
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (let i = 0; i < n; i++) run(cases[i] as MixedCase);
    const ms = performance.now() - t0;
    perEval.push((ms * 1000) / (rounds * n));
  }
  const cpu = process.cpuUsage(c0);
  const med = median(perEval);
  return {
    requests: n,
    evaluations: batches * rounds * n,
    evalsPerSec: Math.round(1e6 / med),
    medianMicros: med,
    bestEvalsPerSec: Math.round(1e6 / Math.min(...perEval)),
    cpuEvalsPerSec: Math.round((batches * rounds * n * 1e6) / (cpu.user + cpu.system)),
  };
}

/** The engine with its full trace, mixed shapes. */
export function benchMixed(cases: readonly MixedCase[], rounds?: number, batches?: number) {
  return benchInterleaved(cases, (c) => evaluateRequest(c.cs, c.index), rounds, batches);
}

/** The decision alone (`decideRequest`: no trace, no message), mixed shapes. */
export function benchMixedDecisions(
  cases: readonly MixedCase[],
  rounds?: number,
  batches?: number,
) {
  return benchInterleaved(cases, (c) => decideRequest(c.cs, c.index), rounds, batches);
}
