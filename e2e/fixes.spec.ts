import AxeBuilder from '@axe-core/playwright';
import { encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('a proposed fix flips a denied request to Allowed, shows its change, and Undo restores it', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await app.selectRequest('intern-decrypt');
  await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');

  const fixes = page.getByTestId('fixes');
  const first = fixes.getByTestId('fix').first();
  await expect(first).toBeVisible();
  // The narrowest fix names this caller and this action, never a wildcard.
  await expect(first).toContainText('Intern');
  await expect(first).toContainText('kms:Decrypt');
  await first.getByText('Show the change').click();
  await expect(first.locator('.diff-add').first()).toBeVisible();
  // What the fix grants, from the who-can matrices before and after it.
  await expect(first.getByTestId('access-diff')).toContainText('kms:Decrypt', { timeout: 20_000 });
  const added = (await first.locator('.diff-add').allTextContents()).join('\n');
  expect(added).not.toMatch(/"(AWS|Principal)": "\*"|"kms:\*"/);

  const axe = await new AxeBuilder({ page }).include('[data-testid="decision"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await first.getByTestId('apply-fix').click();
  await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');
  await expect(page.getByTestId('fix-applied')).toBeVisible();
  // The editor shows the document the fix changed, with the change marked.
  await expect(app.monaco).toBeVisible({ timeout: 20_000 });
  await expect(app.editorPane.locator('.kms-hl--changed').first()).toBeVisible();
  await expect(page.getByTestId('carriers')).toBeVisible();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
  await expect(page.getByTestId('fix-applied')).toHaveCount(0);
});
