/**
 * A 10,000-line console script (issue 17): keys created, encrypt / decrypt / generate-data-key,
 * grants, describe and list calls, generated while it runs (each new key's id and the first
 * ciphertext go into later lines). Prints milliseconds per line so far at 1,000, 5,000 and 10,000
 * lines, and for each stretch between them: a script that runs in time linear in its length shows
 * the same figure throughout.
 *
 *   npx tsx scripts/bench-console-script.ts [--lines N] [--store] [--fixed] [--write DIR]
 *
 * Default: the console's own path (`runCommandAsync` line after line, as `npm run kms` runs a
 * script). `--store`: the page's path without React, each line through the app store
 * (`runConsoleCommand`: the scenario rebuilt and written back, the requests re-evaluated, an undo
 * step and the saved console history per line). `--write DIR` saves the scenario and the script
 * (DIR/scenario.json, DIR/script.sh) for `npm run --silent kms -- --scenario DIR/scenario.json
 * DIR/script.sh`; the key has demo material, so its ciphertexts decrypt in that run too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSimulatorPort } from '../src/crypto/simulatorPort';
import { encodeScenarioText, type Scenario } from '../src/scenario';
import { runCommandAsync, type SimulatorState } from '../src/simulator';
import { ALICE, BOB, KEY_ARN, fixture } from '../src/simulator/testing';
import { simulatorOf } from '../src/state/simulatorState';
import { testStore } from '../src/state/testing';

const arg = (name: string) => process.argv.indexOf(name);
const lines = arg('--lines') > 0 ? Number(process.argv[arg('--lines') + 1]) : 10_000;
const viaStore = arg('--store') > 0;
const writeDir = arg('--write') > 0 ? process.argv[arg('--write') + 1] : undefined;
/** `--fixed`: no create-key or create-grant lines (describe-key and list-grants instead), so the
 * account stays the same size and only the history grows. */
const fixed = arg('--fixed') > 0;

/** The simulator's test account; the key with alias/app gets demo material. */
function startScenario(): Scenario {
  const s = fixture().scenario;
  const keys = s.keys.map((k) =>
    k.arn === KEY_ARN ? { ...k, demoMaterial: ['42'.repeat(32)] } : k,
  );
  return { ...s, keys };
}

/** Line `i` of the script; `at` holds the newest key's id and a ciphertext, once made. */
function lineAt(i: number, at: { key: string; blob: string }): string {
  const slot = i % 10;
  const ec = '--encryption-context purpose=bench';
  if (slot === 0)
    return i % 50 === 0 && !fixed
      ? `aws kms create-key --description bench-${i / 50}`
      : `aws kms describe-key --key-id ${at.key}`;
  if (slot === 1) return `aws kms encrypt --key-id alias/app --plaintext aGVsbG8= ${ec}`;
  if (slot === 2)
    return at.blob === ''
      ? `aws kms generate-random --number-of-bytes 16`
      : `aws kms decrypt --ciphertext-blob ${at.blob} ${ec}`;
  if (slot === 3) return `aws kms generate-data-key --key-id alias/app --key-spec AES_256`;
  if (slot === 4 && fixed) return `aws kms list-grants --key-id alias/app`;
  if (slot === 4)
    return `aws kms create-grant --key-id ${at.key} --grantee-principal ${BOB} --operations Decrypt`;
  if (slot === 5) return `aws kms list-grants --key-id ${at.key}`;
  if (slot === 6) return `aws kms list-keys --max-items 5`;
  if (slot === 7) return `aws kms describe-key --key-id alias/app`;
  if (slot === 8) return `aws kms get-key-policy --key-id ${at.key}`;
  return `aws kms list-aliases --key-id alias/app`;
}

/** Keeps the newest key's id and the first ciphertext from a line's output. */
function learn(line: string, output: string, at: { key: string; blob: string }) {
  if (line.startsWith('aws kms create-key'))
    at.key = (JSON.parse(output) as { KeyMetadata: { KeyId: string } }).KeyMetadata.KeyId;
  if (at.blob === '' && line.startsWith('aws kms encrypt'))
    at.blob = (JSON.parse(output) as { CiphertextBlob: string }).CiphertextBlob;
}

async function main() {
  const scenario = startScenario();
  const at = { key: KEY_ARN, blob: '' };
  const script: string[] = [];
  let run: (line: string) => Promise<{ output: string; isError: boolean }>;
  if (viaStore) {
    const { store } = testStore({ scenario });
    store.getState().setConsoleProfile(ALICE);
    run = async (line) => {
      await store.getState().runConsoleCommand(line);
      const e = store.getState().consoleHistory.at(-1)!;
      return { output: e.output, isError: e.isError };
    };
  } else {
    const port = createSimulatorPort();
    let state: SimulatorState = simulatorOf(scenario, ALICE);
    run = async (line) => {
      const r = await runCommandAsync(state, line, port);
      state = r.state;
      return r;
    };
  }
  const marks = [1_000, 5_000, 10_000, 20_000, 50_000].filter((m) => m <= lines);
  if (!marks.includes(lines)) marks.push(lines);
  let errors = 0;
  let last = { at: 0, ms: 0 };
  const start = performance.now();
  for (let i = 0; i < lines; i++) {
    const line = lineAt(i, at);
    const r = await run(line);
    if (r.isError) errors++;
    else learn(line, r.output, at);
    script.push(line);
    if (marks.includes(i + 1)) {
      const ms = performance.now() - start;
      const stretch = (ms - last.ms) / (i + 1 - last.at);
      console.log(
        `${String(i + 1).padStart(6)} lines  ${(ms / (i + 1)).toFixed(3)} ms/line so far  ` +
          `${stretch.toFixed(3)} ms/line for lines ${last.at + 1}-${i + 1}  (${errors} errors)`,
      );
      last = { at: i + 1, ms };
    }
  }
  console.log(
    `${viaStore ? 'store' : 'console'} path${fixed ? ', fixed account' : ''}, ${lines} lines in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  if (writeDir) {
    mkdirSync(writeDir, { recursive: true });
    writeFileSync(join(writeDir, 'scenario.json'), encodeScenarioText(scenario));
    writeFileSync(join(writeDir, 'script.sh'), `${script.join('\n')}\n`);
    console.log(`wrote ${join(writeDir, 'scenario.json')} and ${join(writeDir, 'script.sh')}`);
  }
}

void main();
