// Proves that the architecture rules in eslint.config.js actually report violations: a rule that
// never fires looks exactly like a rule that works.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = fileURLToPath(new URL('../eslint.config.js', import.meta.url));

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: configFile });
});

/** Lints `code` as if it were the file at `file` (relative to the project) and lists rule ids. */
async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  expect(result?.fatalErrorCount ?? 1).toBe(0);
  return (result?.messages ?? []).map((m) => m.ruleId ?? '(fatal)');
}

describe('engine purity', () => {
  const engineFile = 'src/engine/example.ts';

  it.each([
    ['Math.random()', 'export const r = Math.random();', 'no-restricted-properties'],
    ['Date.now()', 'export const t = Date.now();', 'no-restricted-properties'],
    ['new Date()', 'export const d = new Date();', 'no-restricted-syntax'],
    [
      "import React from 'react'",
      "import React from 'react';\nexport const r = React;",
      '@typescript-eslint/no-restricted-imports',
    ],
    ['document.title', 'export const t = document.title;', 'no-restricted-globals'],
    ['the crypto global', 'export const s = crypto.subtle;', 'no-restricted-globals'],
    ['setTimeout', 'setTimeout(() => undefined, 1);', 'no-restricted-globals'],
    [
      'a value import of src/scenario/types',
      "import { SCENARIO_FORMAT } from '../scenario/types';\nexport const f = SCENARIO_FORMAT;",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'an import from src/ui',
      "import { App } from '../ui/app/App';\nexport const a = App;",
      '@typescript-eslint/no-restricted-imports',
    ],
  ])('reports %s in an engine file', async (_name, code, rule) => {
    expect(await ruleIds(code, engineFile)).toContain(rule);
  });

  it('allows new Date(value), relative engine imports and type-only scenario types', async () => {
    const code = [
      "import type { Scenario } from '../scenario/types';",
      "import { helper } from './helper';",
      'export const parse = (s: Scenario, t: string) => [s, helper, new Date(t)];',
    ].join('\n');
    expect(await ruleIds(code, engineFile)).toEqual([]);
  });

  it('knows how deep a file is when checking where its imports lead', async () => {
    const code = "import { x } from '../types';\nexport const y = x;";
    expect(await ruleIds(code, 'src/engine/kms/grants.ts')).toEqual([]);
    expect(await ruleIds(code, 'src/engine/types-user.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });
});

describe('library homes', () => {
  const zustand = "import { create } from 'zustand';\nexport const c = create;";

  it('reports zustand outside src/state', async () => {
    expect(await ruleIds(zustand, 'src/ui/x.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });

  it('allows zustand inside src/state', async () => {
    expect(await ruleIds(zustand, 'src/state/x.ts')).toEqual([]);
  });

  it('keeps monaco-editor in src/ui/editor and @xyflow/react in src/ui/flow', async () => {
    const monaco = "import * as monaco from 'monaco-editor';\nexport const m = monaco;";
    const flow = "import { ReactFlow } from '@xyflow/react';\nexport const f = ReactFlow;";
    expect(await ruleIds(monaco, 'src/ui/editor/Editor.ts')).toEqual([]);
    expect(await ruleIds(monaco, 'src/ui/panels/Panel.ts')).not.toEqual([]);
    expect(await ruleIds(flow, 'src/ui/flow/Graph.ts')).toEqual([]);
    expect(await ruleIds(flow, 'src/ui/editor/Editor.ts')).not.toEqual([]);
  });

  it('keeps crypto.subtle in src/crypto', async () => {
    const code = 'export const s = crypto.subtle;';
    expect(await ruleIds(code, 'src/crypto/aes.ts')).toEqual([]);
    expect(await ruleIds(code, 'src/ui/app/App.ts')).toContain('no-restricted-globals');
    expect(await ruleIds(code, 'src/scenario/codec.ts')).toContain('no-restricted-globals');
  });

  it('keeps react out of src/scenario', async () => {
    const code = "import { useState } from 'react';\nexport const u = useState;";
    expect(await ruleIds(code, 'src/scenario/x.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });
});
