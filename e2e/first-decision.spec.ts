import { encodeShareFragment } from '../src/scenario';
import { armFirstDecision, gzippedBytes, openToFirstDecision } from '../src/cli/benchFirstDecision';
import { expect, test, auditorScenario } from './fixtures';

/** Same budget as scripts/bundle-budget.mjs, but for what a browser really asks for. */
const BUDGET_KB = 300;
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';

test('before the first decision the page asks only for the decision’s own code, within budget', async ({
  page,
}) => {
  // The moment the decision is in the DOM, on the page's own clock, and what was asked for by then
  // (the same measure `npm run bench:ui` prints).
  await armFirstDecision(page);
  const { ms, scripts: before } = await openToFirstDecision(
    page,
    `/#${await encodeShareFragment(auditorScenario)}`,
  );

  // Monaco, its workers and the editor chunk wait until the decision has painted.
  expect(before.filter((p) => /PolicyEditor|worker|monaco/i.test(p))).toEqual([]);
  const gz = gzippedBytes(OUT_DIR, before);
  console.log(
    `JavaScript before the first decision: ${(gz / 1024).toFixed(1)} KB gzipped, decision at ${ms.toFixed(0)} ms`,
  );
  expect(gz).toBeLessThanOrEqual(BUDGET_KB * 1024);

  // Then the editor arrives without being asked for.
  await expect(page.getByTestId('editor-pane').locator('.monaco-editor')).toBeVisible({
    timeout: 20_000,
  });
});
