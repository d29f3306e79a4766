/**
 * The fixes figure of `npm run bench` (issue 10: "fixes for a conformance scenario are ready within
 * 50 ms, median"): `proposeFixes` for every AccessDeniedException request of the conformance set,
 * from the decoded scenario (nothing compiled or cached beforehand, as when the user selects a
 * denied request), each timed `runs` times after one warm-up run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateScenario } from '../engine';
import { proposeFixes } from '../fixes';
import { decodeScenarioText } from '../scenario';
import type { Scenario } from '../scenario/types';

export interface FixesFigure {
  requests: number;
  medianMs: number;
  maxMs: number;
  slowest: string;
  fixesPerRequest: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Times proposeFixes over the denied requests of the scenarios in `dir`. */
export function benchFixes(dir: string, runs = 5): FixesFigure {
  const perRequest: { name: string; ms: number; fixes: number }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const decoded = decodeScenarioText(readFileSync(join(dir, file), 'utf8'));
    if (!decoded.ok) continue;
    const s = decoded.scenario;
    evaluateScenario(s).results.forEach((r, i) => {
      if (r.outcome !== 'AccessDeniedException') return;
      const fixes = proposeFixes(s, i).length; // warm-up
      const times: number[] = [];
      for (let k = 0; k < runs; k++) {
        const t0 = performance.now();
        proposeFixes(s, i);
        times.push(performance.now() - t0);
      }
      perRequest.push({ name: `${file}#${i}`, ms: median(times), fixes });
    });
  }
  const slowest = perRequest.reduce(
    (a, b) => (b.ms > a.ms ? b : a),
    perRequest[0] ?? { name: '', ms: 0, fixes: 0 },
  );
  return {
    requests: perRequest.length,
    medianMs: median(perRequest.map((r) => r.ms)),
    maxMs: slowest.ms,
    slowest: slowest.name,
    fixesPerRequest: median(perRequest.map((r) => r.fixes)),
  };
}

/** Median and max ms of `proposeFixes(s, index)` over `runs` runs after one warm-up. */
export function benchFixesOn(
  s: Scenario,
  index: number,
  runs = 10,
): { medianMs: number; maxMs: number; fixes: number } {
  const fixes = proposeFixes(s, index).length;
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    proposeFixes(s, index);
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), maxMs: Math.max(...times), fixes };
}
