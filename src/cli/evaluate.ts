/**
 * Headless evaluation: `npm run --silent evaluate -- FILE... [--repeat N] [--fixes]` (`-` reads
 * stdin). Prints one JSON document; exit 0 when every expectation is met or absent, 1 when one
 * failed, 2 when a file could not be read or decoded. `--fixes` adds `fixes: [{ summary, patch,
 * sideEffects }]` (src/fixes, ranked least-privilege first) to every AccessDeniedException result.
 *
 * Issue 15 (src/access): `--who-can FILE` prints `{ access: [...] }`, one entry per principal × key
 * × KMS permission; `--diff BEFORE AFTER` prints the changed cells and exits 1 when AFTER grants
 * access BEFORE did not (see accessCli.ts).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { decodeScenarioText } from '../scenario';
import { compileScenario, evaluateRequest, evaluateScenario } from '../engine';
import type { Diagnostic, EvaluationResult } from '../engine';
import { proposeFixes, type Fix } from '../fixes';
import { parseArgs, USAGE } from './args';
import { runAccess } from './accessCli';

/** What the CLI reads and writes, injectable for tests. */
export interface CliIo {
  read(file: string): string;
  out(text: string): void;
  err(text: string): void;
}

const nodeIo: CliIo = {
  read: (file) => (file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8')),
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Runs the CLI and returns its exit status. */
export function runEvaluate(argv: readonly string[], io: CliIo = nodeIo): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.err(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  if (args.mode !== 'evaluate') return runAccess(args.mode, args.files, io);
  const results: (EvaluationResult & {
    file?: string;
    fixes?: Pick<Fix, 'summary' | 'patch' | 'sideEffects'>[];
  })[] = [];
  const diagnostics: (Diagnostic & { file?: string })[] = [];
  let evaluations = 0;
  let seconds = 0;
  for (const file of args.files) {
    let text: string;
    try {
      text = io.read(file);
    } catch (e) {
      io.err(`${file}: cannot read: ${(e as Error).message}\n`);
      return 2;
    }
    const decoded = decodeScenarioText(text);
    if (!decoded.ok) {
      for (const i of decoded.issues)
        io.err(`${file}: ${i.path.join('.') || '(root)'}: ${i.message}\n`);
      return 2;
    }
    const named = args.files.length > 1 ? { file } : {};
    for (const i of decoded.issues) {
      diagnostics.push({
        ...named,
        document: 'scenario',
        path: i.path,
        severity: i.severity,
        code: i.code,
        message: i.message,
      });
    }
    const evaluation = evaluateScenario(decoded.scenario);
    const scenario = decoded.scenario;
    results.push(
      ...evaluation.results.map((r, i) =>
        args.fixes && r.outcome === 'AccessDeniedException'
          ? { ...named, ...r, fixes: proposeFixes(scenario, i).map(fixJson) }
          : { ...named, ...r },
      ),
    );
    diagnostics.push(...evaluation.diagnostics.map((d) => ({ ...named, ...d })));
    if (args.repeat > 0) {
      // Benchmark mode: decoded and compiled once, each request evaluated `repeat` times after a warm-up.
      const cs = compileScenario(decoded.scenario);
      const n = cs.scenario.requests.length;
      for (let w = 0; w < Math.min(args.repeat, 2000); w++)
        for (let i = 0; i < n; i++) evaluateRequest(cs, i);
      const t0 = performance.now();
      for (let k = 0; k < args.repeat; k++) for (let i = 0; i < n; i++) evaluateRequest(cs, i);
      seconds += (performance.now() - t0) / 1000;
      evaluations += args.repeat * n;
    }
  }
  io.out(`${JSON.stringify({ results, diagnostics }, null, 2)}\n`);
  if (args.repeat > 0) {
    const perSec = seconds > 0 ? Math.round(evaluations / seconds) : 0;
    io.err(
      `${JSON.stringify({ evaluations, seconds: Number(seconds.toFixed(3)), evalsPerSec: perSec })}\n`,
    );
  }
  return results.some((r) => r.expectation === 'failed') ? 1 : 0;
}

/** A fix as the CLI prints it. */
const fixJson = (f: Fix): Pick<Fix, 'summary' | 'patch' | 'sideEffects'> => ({
  summary: f.summary,
  patch: f.patch,
  sideEffects: f.sideEffects,
});

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = runEvaluate(process.argv.slice(2));
}
