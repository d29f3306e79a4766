import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario } from './fixtures';

/** Same budget as scripts/bundle-budget.mjs, but for what a browser really asks for. */
const BUDGET_KB = 300;
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';

test('before the first decision the page asks only for the decision’s own code, within budget', async ({
  page,
}) => {
  // The moment the decision is in the DOM, on the page's own clock.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (!document.querySelector('[data-testid="decision-result"]')) return;
      (window as unknown as { decidedAt: number }).decidedAt = performance.now();
      obs.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`/#${await encodeShareFragment(auditorScenario)}`);
  await page.getByTestId('decision-result').waitFor();
  const before = await page.evaluate(() => {
    const at = (window as unknown as { decidedAt: number }).decidedAt;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= at && /\.js$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname);
  });
  const entry = await page.evaluate(() =>
    [...document.querySelectorAll('script[src]')].map(
      (s) => new URL((s as HTMLScriptElement).src).pathname,
    ),
  );
  // The entry script itself is not a resource-timing entry in every browser: count it once.
  for (const p of entry) if (!before.includes(p)) before.push(p);

  // Monaco, its workers and the editor chunk wait until the decision has painted.
  expect(before.filter((p) => /PolicyEditor|worker|monaco/i.test(p))).toEqual([]);
  const gz = before.reduce(
    (n, p) => n + gzipSync(readFileSync(join(OUT_DIR, p.replace(/^\//, '')))).length,
    0,
  );
  console.log(`JavaScript before the first decision: ${(gz / 1024).toFixed(1)} KB gzipped`);
  expect(gz).toBeLessThanOrEqual(BUDGET_KB * 1024);

  // Then the editor arrives without being asked for.
  await expect(page.getByTestId('editor-pane').locator('.monaco-editor')).toBeVisible({
    timeout: 20_000,
  });
});
