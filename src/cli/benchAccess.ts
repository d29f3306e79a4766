/**
 * The access figure of `npm run bench` (issue 15: "50 principals × all actions × 10 keys within
 * 200 ms"): `accessMatrix` of the generated 50 × 10 scenario (src/access/testing/largeAccess.ts),
 * from a fresh copy each run (nothing compiled or cached beforehand, as when the matrix opens),
 * timed `runs` times after two warm-up runs. Wall time and the process's CPU time, because the
 * machine is shared and wall time includes waiting for a core.
 */
import { performance } from 'node:perf_hooks';
import { accessMatrix } from '../access';
import { largeAccessScenario } from '../access/testing/largeAccess';

export interface AccessFigure {
  cells: number;
  medianMs: number;
  maxMs: number;
  medianCpuMs: number;
  conditional: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

export function benchAccess(runs = 10): AccessFigure {
  const s = largeAccessScenario();
  for (let w = 0; w < 2; w++) accessMatrix(structuredClone(s));
  const wall: number[] = [];
  const cpu: number[] = [];
  let cells = 0;
  let conditional = 0;
  for (let k = 0; k < runs; k++) {
    const fresh = structuredClone(s);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const m = accessMatrix(fresh);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    cells = m.cells.length;
    conditional = m.cells.filter((x) => x.access === 'conditional').length;
  }
  return {
    cells,
    medianMs: median(wall),
    maxMs: Math.max(...wall),
    medianCpuMs: median(cpu),
    conditional,
  };
}
