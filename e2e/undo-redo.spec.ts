import { encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('undo and redo walk back and forth through edits, by button and by key', async ({ page }) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
  await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');

  await app.operation.selectOption('Encrypt');
  await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
  await app.key.fill('');
  await expect(app.decision).toHaveAttribute('data-outcome', 'ValidationException');

  await app.undoButton.click();
  await expect(app.key).toHaveValue('alias/payments');
  await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
  await app.undoButton.click();
  await expect(app.operation).toHaveValue('Decrypt');
  await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');

  await app.redoButton.click();
  await expect(app.operation).toHaveValue('Encrypt');

  // Ctrl+Z / Ctrl+Shift+Z outside the editor.
  await app.heading.click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(app.operation).toHaveValue('Decrypt');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(app.operation).toHaveValue('Encrypt');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(app.key).toHaveValue('');
});

test('adding and removing in the explorer are undoable', async ({ page }) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await expect(app.requestItems).toHaveCount(3);
  await page.getByRole('button', { name: '+ Request' }).click();
  await expect(app.requestItems).toHaveCount(4);
  await expect(app.decision).toHaveAttribute('data-request', 'request-4');
  await page.getByRole('button', { name: 'Remove request intern-decrypt' }).click();
  await expect(app.requestItems).toHaveCount(3);
  await app.undoButton.click();
  await app.undoButton.click();
  await expect(app.requestItems).toHaveCount(3);
  await expect(app.request('intern-decrypt')).toBeVisible();
  await expect(app.request('request-4')).toHaveCount(0);
});
