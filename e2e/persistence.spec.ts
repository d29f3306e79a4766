import { encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('a reload restores the scenario, the selection and the pane sizes', async ({ page }) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await app.selectRequest('intern-decrypt');
  await app.operation.selectOption('DescribeKey');
  await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');

  const splitter = page.getByRole('separator', { name: 'Resize the scenario explorer' });
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 32));

  // Autosave is debounced; leaving the page writes at once.
  await page.goto('/');
  await expect(app.heading).toBeVisible();

  await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
  await expect(app.decision).toHaveAttribute('data-request', 'intern-decrypt');
  await expect(app.operation).toHaveValue('DescribeKey');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 32));
  await page.reload();
  await expect(app.operation).toHaveValue('DescribeKey');
});
