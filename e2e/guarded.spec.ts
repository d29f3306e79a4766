import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

/**
 * Issue 11: the e2e suite fails on any console error or warning. That holds only while every spec
 * takes `test` from ./fixtures (the console guard); a spec that imports Playwright's own `test`
 * would run unguarded, so this names any that does.
 */
test('every spec runs under the console guard (test and expect from ./fixtures)', () => {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const specs = readdirSync(dir).filter((f) => f.endsWith('.spec.ts'));
  expect(specs.length).toBeGreaterThan(20);
  const unguarded = specs.filter((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const fromPlaywright =
      /import\s*\{([^}]*)\}\s*from\s*'@playwright\/test'/.exec(text)?.[1] ?? '';
    const valueImports = fromPlaywright
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith('type '));
    const typeOnly = /import\s+type\s*\{[^}]*\}\s*from\s*'@playwright\/test'/.test(text);
    const usesGuard = /import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*'\.\/fixtures'/.test(text);
    return !usesGuard || (valueImports.length > 0 && !typeOnly);
  });
  expect(unguarded).toEqual([]);
});
