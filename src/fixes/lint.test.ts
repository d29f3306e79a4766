// Proves the fixes zone of eslint.config.js reports what it should: src/fixes stays as pure as
// the engine and imports only the engine and the scenario.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // The first lint loads the config and the TypeScript parser: seconds on a busy machine.
  await eslint.lintText('export {};', { filePath: `${root}src/fixes/warm-up.ts` });
}, 120_000);

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  expect(result?.fatalErrorCount ?? 1).toBe(0);
  return (result?.messages ?? []).map((m) => m.ruleId ?? '(fatal)');
}

describe('fixes purity (eslint zone kms/src/fixes)', () => {
  it.each([
    ['Math.random()', 'export const r = Math.random();', 'no-restricted-properties'],
    ['Date.now()', 'export const t = Date.now();', 'no-restricted-properties'],
    ['new Date()', 'export const d = new Date();', 'no-restricted-syntax'],
    ['setTimeout', 'setTimeout(() => undefined, 1);', 'no-restricted-globals'],
    [
      "import React from 'react'",
      "import React from 'react';\nexport const r = React;",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'an import from src/ui',
      "import { App } from '../ui/app/App';\nexport const a = App;",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'an import from src/lessons',
      "import { applyChanges } from '../lessons/patch';\nexport const a = applyChanges;",
      '@typescript-eslint/no-restricted-imports',
    ],
  ])('reports %s in a fixes file', async (_name, code, rule) => {
    expect(await ruleIds(code, 'src/fixes/example.ts')).toContain(rule);
  });

  it('allows the engine and the scenario', async () => {
    const code = [
      "import { evaluateScenario } from '../engine';",
      "import { scenarioToJson } from '../scenario';",
      'export const both = [evaluateScenario, scenarioToJson];',
    ].join('\n');
    expect(await ruleIds(code, 'src/fixes/example.ts')).toEqual([]);
  });

  it('lets tests use the lessons applier', async () => {
    const code = "import { applyChanges } from '../lessons/patch';\nexport const a = applyChanges;";
    expect(await ruleIds(code, 'src/fixes/example.test.ts')).toEqual([]);
  });
});
