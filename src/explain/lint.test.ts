// Proves the words zone of eslint.config.js reports what it should: src/explain stays pure and
// imports only the engine and the scenario, so every screen and the CLI can use it.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // The first lint loads the config and the TypeScript parser: seconds on a busy machine.
  await eslint.lintText('export {};', { filePath: `${root}src/explain/warm-up.ts` });
}, 120_000);

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  expect(result?.fatalErrorCount ?? 1).toBe(0);
  return (result?.messages ?? []).map((m) => m.ruleId ?? '(fatal)');
}

describe('the words stay pure', () => {
  const file = 'src/explain/example.ts';

  it.each([
    [
      'react',
      "import { useState } from 'react';\nexport const u = useState;",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'the store',
      "import { useAppStore } from '../state';\nexport const s = useAppStore;",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'an import from src/ui',
      "import { DecisionMap } from '../ui/flow';\nexport const m = DecisionMap;",
      '@typescript-eslint/no-restricted-imports',
    ],
    ['the clock', 'export const t = Date.now();', 'no-restricted-properties'],
    ['the DOM', 'export const t = document.title;', 'no-restricted-globals'],
  ])('reports %s in src/explain', async (_name, code, rule) => {
    expect(await ruleIds(code, file)).toContain(rule);
  });

  it('lets src/explain read the engine and the scenario', async () => {
    const code =
      "import { evaluateScenario } from '../engine';\nimport { examples } from '../scenario';\nexport const e = [evaluateScenario, examples];";
    expect(await ruleIds(code, file)).toEqual([]);
  });
});
