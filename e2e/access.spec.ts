/**
 * Issue 15 in the browser: the who-can matrix (computed in workers), a cell opened as a request
 * with its decision map, what the last edit changed, and "compare with…" a file. Run alone with
 * `E2E_PORT=4195 E2E_OUT_DIR=/tmp/dist-access npx playwright test e2e/access.spec.ts`.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeScenarioText, encodeShareFragment } from '../src/scenario';
import { expect, test, AUDITOR, INTERN, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

async function openAccess(page: Page): Promise<void> {
  await page.getByTestId('view-access').click();
  await expect(page.getByTestId('access-view')).toBeVisible();
  await expect(page.getByTestId('access-summary')).toContainText('computed in');
}

const cell = (page: Page, principal: string, action: string) =>
  page.locator(
    `[data-testid="access-cell"][data-principal="${principal}"][data-action="${action}"]`,
  );

test('the matrix shows who can use the key, filters, and opens a cell with its decision map', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await openAccess(page);

  // The auditor may decrypt through the key policy; the intern may not; nobody may delete it.
  await expect(cell(page, AUDITOR, 'kms:Decrypt')).toHaveAttribute('data-access', 'allowed');
  await expect(cell(page, AUDITOR, 'kms:Decrypt')).toHaveText('K');
  await expect(cell(page, INTERN, 'kms:Decrypt')).toHaveAttribute('data-access', 'denied');
  await expect(cell(page, AUDITOR, 'kms:ScheduleKeyDeletion')).toHaveText('✕');
  // The account's root is a row too.
  await expect(cell(page, 'arn:aws:iam::111122223333:root', 'kms:Decrypt')).toHaveAttribute(
    'data-access',
    'allowed',
  );

  // Filter to one action and the rows with access.
  await page.getByTestId('access-filter-action').selectOption('kms:Decrypt');
  await page.getByTestId('access-filter-show').selectOption('access');
  await expect(page.getByTestId('access-cell')).toHaveCount(2);
  await page.getByTestId('access-filter-show').selectOption('all');

  const axe = await new AxeBuilder({ page }).include('[data-testid="access-view"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  await cell(page, INTERN, 'kms:Decrypt').click();
  await expect(page.getByTestId('access-details-sentence')).toContainText('Denied (implicit)');
  await page.getByTestId('access-open-request').click();
  // The playground shows the existing request for exactly this call, with its decision map.
  await expect(app.decision).toHaveAttribute('data-request', 'intern-decrypt');
  await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
  await expect(app.diagramFlow).toBeVisible();
});

test('a cell that is not yet a request is added and selected', async ({ page }) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await openAccess(page);
  await cell(page, AUDITOR, 'kms:DescribeKey').click();
  await page.getByTestId('access-open-request').click();
  await expect(app.decision).toHaveAttribute('data-request', 'who-can-DescribeKey-Auditor');
  await expect(app.requestItems).toHaveCount(4);
});

test('keyboard only: Tab into the grid, arrows move, Enter selects, the details open the request', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await openAccess(page);
  await page.getByTestId('access-filter-action').selectOption('crypto');
  // From the last filter, Tab reaches the grid: one tab stop for all of it, on its first cell.
  await page.getByTestId('access-filter-show').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('access-cell').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const focused = page.locator('[data-testid="access-cell"]:focus');
  await expect(focused).toHaveAttribute('data-cell', '1:1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('access-details')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('access-open-request')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.decision).toBeVisible();
});

test('what the last edit changed, and compare with a file', async ({ page }) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await openAccess(page);
  // Compare the open scenario with a version that also lets the intern decrypt.
  const wider = structuredClone(auditorScenario);
  const policy = wider.keys[0]?.policy as { Statement: unknown[] };
  policy.Statement.push({
    Effect: 'Allow',
    Principal: { AWS: INTERN },
    Action: ['kms:Decrypt', 'kms:DescribeKey'],
    Resource: '*',
  });
  await page.getByTestId('access-tab-compare').click();
  await page.getByTestId('compare-after-source').selectOption('file');
  await page.getByTestId('compare-before-source').selectOption('current');
  await page.getByTestId('compare-after-file').setInputFiles({
    name: 'wider.kms-scenario.json',
    mimeType: 'application/json',
    buffer: Buffer.from(encodeScenarioText(wider)),
  });
  await expect(page.getByTestId('access-change-gained')).toHaveCount(2);
  await expect(page.getByTestId('access-change-gained').first()).toContainText('Intern');
  const axe = await new AxeBuilder({ page }).include('[data-testid="access-view"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  // The same file loaded in the playground: the last edit's changes are exactly those cells.
  await page.getByTestId('view-playground').click();
  await app.fileInput.setInputFiles({
    name: 'wider.kms-scenario.json',
    mimeType: 'application/json',
    buffer: Buffer.from(encodeScenarioText(wider)),
  });
  await page.getByTestId('view-access').click();
  await page.getByTestId('access-tab-edit').click();
  await expect(page.getByTestId('access-change-gained')).toHaveCount(2);
  await expect(page.getByTestId('access-change-lost')).toHaveCount(0);
});
