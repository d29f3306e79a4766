// Proves the access zone of eslint.config.js: src/access stays as pure as the engine and imports
// only the engine and the scenario (the app runs it in a worker from src/ui/access).
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText('export {};', { filePath: `${root}src/access/warm-up.ts` });
}, 120_000);

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  expect(result?.fatalErrorCount ?? 1).toBe(0);
  return (result?.messages ?? []).map((m) => m.ruleId ?? '(fatal)');
}

describe('access purity (eslint zone kms/src/access)', () => {
  it.each([
    ['Date.now()', 'export const t = Date.now();', 'no-restricted-properties'],
    [
      'self.postMessage',
      'postMessage(1);\nexport const t = performance.now();',
      'no-restricted-globals',
    ],
    [
      "import from 'react'",
      "import React from 'react';\nexport const r = React;",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'an import from src/state',
      "import { useAppStore } from '../state';\nexport const a = useAppStore;",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'an import from src/fixes',
      "import { proposeFixes } from '../fixes';\nexport const a = proposeFixes;",
      '@typescript-eslint/no-restricted-imports',
    ],
  ])('reports %s in an access file', async (_name, code, rule) => {
    expect(await ruleIds(code, 'src/access/example.ts')).toContain(rule);
  });

  it('allows the engine and the scenario', async () => {
    const code = [
      "import { evaluateScenario } from '../engine';",
      "import { decodeScenarioText } from '../scenario';",
      'export const both = [evaluateScenario, decodeScenarioText];',
    ].join('\n');
    expect(await ruleIds(code, 'src/access/example.ts')).toEqual([]);
  });
});
