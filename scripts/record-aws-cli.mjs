// Re-records the console's differential fixture: what the real AWS CLI v2 sends (or refuses) for
// each line of src/simulator/console/fixtures/awsCli.lines. Needs the shared oracle
// /work/shared/tools/aws-cli-request.mjs (Debian's AWS CLI run inside `unshare -n`, no network, with
// botocore's current KMS model); the tests only read the recorded JSON.
// Usage: node scripts/record-aws-cli.mjs [ORACLE]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const oracle = process.argv[2] ?? '/work/shared/tools/aws-cli-request.mjs';
if (!existsSync(oracle)) {
  console.error(`no oracle at ${oracle}: the fixture can only be re-recorded where it exists`);
  process.exit(2);
}
const dir = new URL('../src/simulator/console/fixtures/', import.meta.url).pathname;
const filesDir = join(dir, 'files');
const lines = readFileSync(join(dir, 'awsCli.lines'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const run = spawnSync('node', [oracle], {
  cwd: filesDir,
  input: `${lines.join('\n')}\n`,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const answers = run.stdout.split('\n').filter((l) => l.trim() !== '');
if (answers.length !== lines.length) {
  console.error(`expected ${lines.length} answers, got ${answers.length}`);
  process.exit(1);
}
// `--version` makes no request: safe to run without the oracle's wrapper, but still offline.
const version = spawnSync('unshare', ['-n', '/usr/bin/aws', '--version'], { encoding: 'utf8' });
const modelReadme = join(oracle, '..', 'kms-model', 'README.md');
const model = existsSync(modelReadme)
  ? `botocore ${/botocore\s+([\d.]+)/.exec(readFileSync(modelReadme, 'utf8'))?.[1] ?? 'unknown'}`
  : 'the CLI own model';
const files = Object.fromEntries(
  readdirSync(filesDir)
    .sort()
    .map((f) => [f, readFileSync(join(filesDir, f), 'utf8')]),
);
const fixture = {
  note: 'Recorded by scripts/record-aws-cli.mjs: the request the AWS CLI builds for each line (operation and JSON body, blobs in base64) or its refusal (the last line it prints). file:// paths are the files below.',
  cli: (version.stdout || version.stderr).trim(),
  model,
  files,
  cases: lines.map((line, i) => ({ line, expect: JSON.parse(answers[i]) })),
};
writeFileSync(join(dir, 'awsCli.json'), `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`${lines.length} lines recorded (${fixture.cli}; ${model})`);
