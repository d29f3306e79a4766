import type { Locator, Page } from '@playwright/test';
import { encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

/** Presses Tab until `target` has focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 15): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the request builder works from the keyboard alone', async ({ page }) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
  await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');

  // The first Tab reaches the skip links; Enter jumps to the builder.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to the request builder' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Request', exact: true })).toBeFocused();

  // Change the operation with the arrow keys: Decrypt → DeriveSharedSecret, which is denied.
  await tabTo(page, app.operation);
  await page.keyboard.press('ArrowDown');
  await expect(app.operation).toHaveValue('DeriveSharedSecret');
  await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
  await page.keyboard.press('ArrowUp');
  await expect(app.operation).toHaveValue('Decrypt');
  await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');

  // Name a key that does not exist, then the right one again.
  await tabTo(page, app.key);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('alias/missing');
  await expect(app.decision).toHaveAttribute('data-outcome', 'NotFoundException');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('alias/payments');
  await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');

  // Add an encryption-context pair: Enter on the button focuses the new row.
  const context = app.builder.getByTestId('encryption-context');
  await tabTo(page, context.getByRole('button', { name: 'Add pair' }));
  await page.keyboard.press('Enter');
  const pairKey = context.getByRole('textbox', { name: 'Encryption context: key 1' });
  await expect(pairKey).toBeFocused();
  await page.keyboard.type('dept');
  await page.keyboard.press('Tab');
  await page.keyboard.type('finance');
  await expect(context.getByRole('textbox', { name: 'Encryption context: value 1' })).toHaveValue(
    'finance',
  );

  // Supply a typed context key: an invalid IP address is explained, a valid one accepted.
  const keys = app.builder.getByTestId('context-keys');
  await tabTo(page, keys.getByRole('button', { name: 'Add context key' }), 30);
  await page.keyboard.press('Space');
  await expect(keys.getByRole('combobox', { name: 'Context key 1' })).toBeFocused();
  await page.keyboard.type('aws:SourceIp');
  await page.keyboard.press('Tab');
  await page.keyboard.type('300.1.2.3');
  const value = keys.getByRole('textbox', { name: 'Value of context key 1' });
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await expect(keys).toContainText('Enter one IP address');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('203.0.113.5');
  await expect(value).not.toHaveAttribute('aria-invalid', 'true');
  await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');
});
