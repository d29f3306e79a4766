/**
 * The console without the page: `aws kms` command lines against the simulated account.
 *
 *   npm run --silent kms -- --parse LINE        the request the AWS CLI would send:
 *                                              {"operation","parameters"} (blobs in base64), or
 *                                              {"error"} and exit 2
 *   npm run --silent kms -- --parse -           one line per stdin line, one JSON object per line
 *   npm run --silent kms -- [--scenario FILE] [--save FILE] [--echo] [SCRIPT | -]
 *                                              runs the lines (`\` continues a line, `#` comments)
 *                                              and prints what the console prints; exit 1 when a
 *                                              line failed
 *
 * `file://` and `fileb://` paths are relative to the directory npm was started from (INIT_CWD).
 * Without --scenario the account is the built-in default-key-policy-iam example; the caller is the
 * scenario's first principal (`--profile NAME` picks another, as in the console).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSimulatorPort } from '../crypto/simulatorPort';
import { decodeScenarioText, examples, scenarioToJson, type Scenario } from '../scenario';
import { parseCommand, runScriptAsync, tokenizeWords, type FileStore } from '../simulator';
import { simulatorOf, withSimulator } from '../state/simulatorState';

/** What the CLI reads and writes, injectable for tests. */
export interface KmsIo {
  cwd: string;
  read(file: string): string | null;
  readBytes(file: string): Uint8Array | null;
  write(file: string, text: string): void;
  stdin(): string;
  out(text: string): void;
  err(text: string): void;
}

const nodeIo = (): KmsIo => ({
  cwd: process.env.INIT_CWD ?? process.cwd(),
  read: (f) => (existsSync(f) ? readFileSync(f, 'utf8') : null),
  readBytes: (f) => (existsSync(f) ? new Uint8Array(readFileSync(f)) : null),
  write: (f, t) => writeFileSync(f, t),
  stdin: () => readFileSync(0, 'utf8'),
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});

const USAGE =
  'usage: npm run --silent kms -- --parse LINE | --parse -\n       npm run --silent kms -- [--scenario FILE] [--save FILE] [--echo] [SCRIPT | -]\n';

/** The files a line names with file:// or fileb://, read from disk (relative to `cwd`). */
function filesOf(line: string, io: KmsIo): FileStore {
  const out: [string, string | Uint8Array][] = [];
  for (const word of tokenizeWords(line)) {
    for (const m of word.matchAll(/(fileb?):\/\/(.*)$/gs)) {
      const name = m[2] ?? '';
      const path = isAbsolute(name) ? name : resolve(io.cwd, name);
      const content = m[1] === 'fileb' ? io.readBytes(path) : io.read(path);
      if (content !== null) out.push([name, content]);
    }
  }
  return Object.fromEntries(out);
}

function parseLine(line: string, io: KmsIo): { json: string; ok: boolean } {
  const p = parseCommand(line, filesOf(line, io));
  if (p.kind === 'call')
    return { json: JSON.stringify({ operation: p.operation, parameters: p.params }), ok: true };
  const error =
    p.kind === 'help'
      ? 'help is not a request'
      : p.kind === 'nothing'
        ? 'nothing to run'
        : p.message.trim();
  return { json: JSON.stringify({ error }), ok: false };
}

/** Runs the CLI and resolves to its exit status. */
export async function runKms(argv: readonly string[], io: KmsIo = nodeIo()): Promise<number> {
  if (argv[0] === '--parse') {
    const arg = argv.slice(1).join(' ');
    if (arg === '') {
      io.err(USAGE);
      return 2;
    }
    const lines =
      arg === '-'
        ? io
            .stdin()
            .split('\n')
            .filter((l) => l.trim() !== '')
        : [arg];
    let ok = true;
    for (const line of lines) {
      const r = parseLine(line, io);
      io.out(`${r.json}\n`);
      ok &&= r.ok;
    }
    return ok ? 0 : 2;
  }
  let scenarioFile: string | undefined;
  let saveFile: string | undefined;
  let script: string | undefined;
  let echo = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--scenario') scenarioFile = argv[++i];
    else if (a === '--save') saveFile = argv[++i];
    else if (a === '--echo') echo = true;
    else if (a === '--help' || a === '-h') {
      io.out(USAGE);
      return 0;
    } else if (a.startsWith('--') || script !== undefined) {
      io.err(`unknown argument ${a}\n${USAGE}`);
      return 2;
    } else script = a;
  }
  let scenario: Scenario;
  if (scenarioFile !== undefined) {
    const text = io.read(resolve(io.cwd, scenarioFile));
    if (text === null) {
      io.err(`${scenarioFile}: cannot read\n`);
      return 2;
    }
    const decoded = decodeScenarioText(text);
    if (!decoded.ok) {
      for (const i of decoded.issues)
        io.err(`${scenarioFile}: ${i.path.join('.') || '(root)'}: ${i.message}\n`);
      return 2;
    }
    scenario = decoded.scenario;
  } else {
    const example = examples.find((e) => e.id === 'default-key-policy-iam') ?? examples[0];
    if (!example) return 2;
    scenario = example.scenario;
  }
  const source =
    script === undefined || script === '-' ? io.stdin() : io.read(resolve(io.cwd, script));
  if (source === null) {
    io.err(`${script ?? '-'}: cannot read\n`);
    return 2;
  }
  const before = simulatorOf(scenario, scenario.principals[0]?.arn ?? null);
  const files: FileStore = { ...filesOf(source, io) };
  const { state, steps } = await runScriptAsync(before, source, createSimulatorPort(), files);
  let failed = false;
  for (const step of steps) {
    if (echo) io.out(`$ ${step.line}\n`);
    // With --echo the transcript is one stream, as the console shows it.
    if (step.output !== '') (step.isError && !echo ? io.err : io.out)(`${step.output}\n`);
    failed ||= step.isError;
  }
  if (saveFile !== undefined)
    io.write(
      resolve(io.cwd, saveFile),
      `${JSON.stringify(scenarioToJson(withSimulator(scenario, state)), null, 2)}\n`,
    );
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]))
  void runKms(process.argv.slice(2)).then((code) => process.exit(code));
