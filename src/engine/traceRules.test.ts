import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeScenarioText, examples } from '../scenario';
import type { Scenario } from '../scenario/types';
import { evaluateScenario } from './evaluate';
import {
  CHECK_RULES,
  DOCUMENT_RULES,
  ELEMENT_RULES,
  PHASE_RULES,
  STATEMENT_RULES,
} from './traceRules';

const listed: Record<string, readonly string[]> = {
  context: ['requestContext'],
  phase: PHASE_RULES,
  check: CHECK_RULES,
  document: DOCUMENT_RULES,
  statement: STATEMENT_RULES,
  element: ELEMENT_RULES,
  grant: ['grant'],
  decision: ['decision'],
};

function scenarios(): Scenario[] {
  const dir = join(__dirname, '../scenario/fixtures/conformance');
  const out = examples.map((e) => e.scenario);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const d = decodeScenarioText(readFileSync(join(dir, f), 'utf8'));
    if (d.ok) out.push(d.scenario);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('trace rules', () => {
  it('lists every rule the engine emits over the conformance scenarios and examples', () => {
    const seen = new Set<string>();
    for (const s of scenarios())
      for (const r of evaluateScenario(s).results)
        for (const step of r.trace)
          if (step.kind !== 'condition') seen.add(`${step.kind}:${step.rule}`);
    const unlisted = [...seen].filter((k) => {
      const [kind = '', rule = ''] = k.split(':');
      return !listed[kind]?.includes(rule);
    });
    expect(unlisted).toEqual([]);
    expect(seen.size).toBeGreaterThan(30);
  });

  it('lists every phase and check rule written in the engine source', () => {
    const found = new Set<string>();
    for (const file of sourceFiles(__dirname)) {
      const text = readFileSync(file, 'utf8');
      // tracer.add/open(parent, local, 'phase' | 'check', '<rule>', …), on one line or several.
      for (const m of text.matchAll(/'(phase|check)',\s*'([A-Za-z]+)'/g))
        found.add(`${m[1]}:${m[2]}`);
      // afterAuthorization's step(local, '<rule>', …) adds a check.
      for (const m of text.matchAll(/\bstep\(\s*'[A-Za-z]+',\s*'([A-Za-z]+)'/g))
        found.add(`check:${m[1]}`);
    }
    const unlisted = [...found].filter((k) => {
      const [kind = '', rule = ''] = k.split(':');
      return !listed[kind]?.includes(rule);
    });
    expect(unlisted).toEqual([]);
    expect(found.size).toBeGreaterThan(10);
  });
});
