import { encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test.describe('bad input never crashes or loses work', () => {
  test('a broken link opened later explains why and keeps the work on screen', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await app.selectRequest('intern-decrypt');
    await app.operation.selectOption('Encrypt');
    await expect(app.scenarioTitle).toContainText('edited');

    await page.evaluate(() => {
      window.location.hash = '#s=1.AAAA';
    });

    await expect(app.shareNotices.first()).toBeVisible();
    await expect(app.shareNotices.first()).toContainText('could not be opened');
    await expect(app.shareNotices.first()).toContainText('unchanged');
    await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
    await expect(app.operation).toHaveValue('Encrypt');
    await expect(app.requestItems).toHaveCount(3);
  });

  test('a broken link on arrival shows its message and the app stays usable', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open('#s=1.this-is-not-a-scenario');

    await expect(app.shareNotices.first()).toContainText('could not be opened');
    await expect(app.decision).toBeVisible();
    await app.examples.selectOption({ index: 1 });
    await expect(app.requestItems.first()).toBeVisible();
  });

  test('a link opened over unsaved work asks first, and keeping the work keeps it', async ({
    page,
  }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.operation.selectOption('GenerateDataKey');
    const fragment = await encodeShareFragment(auditorScenario);

    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, fragment);

    const dialog = page.getByRole('dialog', { name: /Open the shared scenario/ });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep my work' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.operation).toHaveValue('GenerateDataKey');

    await page.evaluate(() => {
      window.location.hash = '';
    });
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, fragment);
    await dialog.getByRole('button', { name: 'Open the link' }).click();
    await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
  });

  test('a file that is not a scenario is refused with a message beside the work', async ({
    page,
  }) => {
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await app.fileInput.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "format": "kms-playground/scenario", "version": 1, "keys": [ '),
    });
    await expect(app.bannerNotices.first()).toContainText('broken.json');
    await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
  });
});
