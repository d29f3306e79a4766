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
import { closeSync, openSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { decodeScenarioText, decodeTextBytes, MAX_SCENARIO_BYTES } from '../scenario';
import { compileScenario, evaluateRequest, scenarioDiagnostics } from '../engine';
import type { Diagnostic } from '../engine';
import { proposeFixes, type Fix } from '../fixes';
import { parseArgs, USAGE } from './args';
import { runAccess } from './accessCli';

/** What the CLI reads and writes, injectable for tests. */
export interface CliIo {
  read(file: string): string;
  out(text: string): void;
  err(text: string): void;
}

/**
 * Reads a file (or stdin for `-`) as the app does (`decodeTextBytes`: UTF-8, or UTF-16 by its
 * BOM), checking the size while reading: past the scenario limit it stops and throws, so
 * `/dev/zero` or a 1 GB file is refused at once instead of read forever.
 */
export function readBounded(file: string, limit = MAX_SCENARIO_BYTES): string {
  const fd = file === '-' ? 0 : openSync(file, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const buf = Buffer.alloc(64 * 1024);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      total += n;
      // UTF-16 takes up to twice the bytes of the same text: allow for it, then the decoder checks.
      if (total > limit * 2) throw new Error(`larger than the ${limit / (1024 * 1024)} MB limit`);
      chunks.push(Uint8Array.from(buf.subarray(0, n)));
    }
    return decodeTextBytes(Buffer.concat(chunks));
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

const nodeIo: CliIo = {
  read: (file) => readBounded(file),
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** JSON of a value as it sits inside the printed document at `depth` (two spaces per level). */
const nested = (value: unknown, depth: number) =>
  JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * Runs the CLI and returns its exit status. Results are written as they are made (one request at
 * a time, its trace then dropped), so a scenario at the documented limits never builds the whole
 * document in memory; a file that cannot be read or decoded is reported and the other files'
 * results are kept (exit 2); an unexpected error is a message and exit 2, never a stack trace.
 */
export function runEvaluate(argv: readonly string[], io: CliIo = nodeIo): number {
  try {
    return evaluateFiles(argv, io);
  } catch (e) {
    io.err(`evaluate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

function evaluateFiles(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.err(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  if (args.mode !== 'evaluate') return runAccess(args.mode, args.files, io);
  const diagnostics: (Diagnostic & { file?: string })[] = [];
  let evaluations = 0;
  let seconds = 0;
  let status = 0;
  let written = 0;
  let opened = false;
  const open = () => {
    if (!opened) io.out('{\n  "results": [');
    opened = true;
  };
  for (const file of args.files) {
    let text: string;
    try {
      text = io.read(file);
    } catch (e) {
      io.err(`${file}: cannot read: ${(e as Error).message}\n`);
      status = 2;
      continue;
    }
    const decoded = decodeScenarioText(text);
    if (!decoded.ok) {
      for (const i of decoded.issues)
        io.err(`${file}: ${i.path.join('.') || '(root)'}: ${i.message}\n`);
      status = 2;
      continue;
    }
    open();
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
    const scenario = decoded.scenario;
    const cs = compileScenario(scenario);
    for (let i = 0; i < scenario.requests.length; i++) {
      const r = evaluateRequest(cs, i);
      if (r.expectation === 'failed' && status === 0) status = 1;
      const result =
        args.fixes && r.outcome === 'AccessDeniedException'
          ? { ...named, ...r, fixes: proposeFixes(scenario, i).map(fixJson) }
          : { ...named, ...r };
      io.out(`${written++ === 0 ? '' : ','}\n    ${nested(result, 2)}`);
    }
    diagnostics.push(...scenarioDiagnostics(cs).map((d) => ({ ...named, ...d })));
    if (args.repeat > 0) {
      // Benchmark mode: decoded and compiled once, each request evaluated `repeat` times after a warm-up.
      const n = cs.scenario.requests.length;
      for (let w = 0; w < Math.min(args.repeat, 2000); w++)
        for (let i = 0; i < n; i++) evaluateRequest(cs, i);
      const t0 = performance.now();
      for (let k = 0; k < args.repeat; k++) for (let i = 0; i < n; i++) evaluateRequest(cs, i);
      seconds += (performance.now() - t0) / 1000;
      evaluations += args.repeat * n;
    }
  }
  if (opened) {
    io.out(`${written > 0 ? '\n  ' : ''}],\n  "diagnostics": ${nested(diagnostics, 1)}\n}\n`);
  }
  if (args.repeat > 0 && evaluations > 0) {
    const perSec = seconds > 0 ? Math.round(evaluations / seconds) : 0;
    io.err(
      `${JSON.stringify({ evaluations, seconds: Number(seconds.toFixed(3)), evalsPerSec: perSec })}\n`,
    );
  }
  return status;
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
