/**
 * The sources behind the rules live in the repository: docs/sources.md defines every page id
 * (S<n>) and every choice id (A<n>, P<n>) the code cites, and each cited id has a test whose title
 * names it, so a rule can be traced from code to AWS page to the test that pins it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from './assumptions';

const ROOT = join(__dirname, '../..');
const ID = /\b[SAP][1-9]\d?\b/g;
/** `it('…')`, `test.each(…)('…')`, `describe(\n  '…'` : the title is the first string argument. */
const TITLE =
  /\b(?:it|test|describe)(?:\.\w+)*(?:\([^()]*\))?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const doc = readFileSync(join(ROOT, 'docs/sources.md'), 'utf8');
const defined = new Set([...doc.matchAll(/^\|\s*([SAP]\d+)\s*\|/gm)].map((m) => m[1]));
const cited = new Map<string, string>();
const titled = new Set<string>();
for (const file of sourceFiles(join(ROOT, 'src'))) {
  const text = readFileSync(file, 'utf8');
  if (/\.test\.tsx?$/.test(file)) {
    for (const m of text.matchAll(TITLE))
      for (const id of (m[2] ?? '').match(ID) ?? []) titled.add(id);
  } else {
    for (const id of text.match(ID) ?? []) if (!cited.has(id)) cited.set(id, relative(ROOT, file));
  }
}

describe('sources in the repository (docs/sources.md)', () => {
  it('every id the code cites is defined in docs/sources.md', () => {
    const undefinedIds = [...cited]
      .filter(([id]) => !defined.has(id))
      .map(([id, f]) => `${id} (${f})`);
    expect(undefinedIds).toEqual([]);
  });

  it('every choice in src/engine/assumptions.ts is listed with its pages', () => {
    expect(ASSUMPTIONS.map((a) => a.id).filter((id) => !defined.has(id))).toEqual([]);
  });

  it('every page id in docs/sources.md has an address on its row', () => {
    for (const row of doc.split('\n').filter((l) => /^\|\s*S\d+\s*\|/.test(l)))
      expect(row, row.slice(0, 12)).toMatch(/https:\/\//);
  });

  it('every id the code cites has a test whose title names it', () => {
    const missing = [...cited.keys()].filter((id) => !titled.has(id));
    expect(missing.sort()).toEqual([]);
  });
});
