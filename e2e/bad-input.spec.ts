import { expect, test } from '@playwright/test';
import { encodeShareFragment } from '../src/scenario';
import { auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test.describe('bad input never crashes or loses work', () => {
  test('malformed JSON shows a clear error and keeps the text', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await expect(app.resultRows).toHaveCount(3);

    const broken = '{ "format": "kms-playground/scenario", "version": 1, "keys": [ ';
    await app.evaluate(broken);

    await expect(app.inputError).toBeVisible();
    await expect(app.inputError).toHaveAttribute('role', 'alert');
    await expect(app.inputError).toContainText('not valid JSON');
    await expect(app.scenarioText).toHaveValue(broken);
    await expect(app.scenarioText).toHaveAttribute('aria-invalid', 'true');
    // The scenario on screen is the last good one.
    await expect(app.scenarioTitle).toHaveText('E2E: auditor may decrypt');
    await expect(app.resultRows).toHaveCount(3);
  });

  test('a broken share link shows why and leaves the app usable', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open('#s=1.this-is-not-a-scenario');

    await expect(app.shareError).toBeVisible();
    await expect(app.shareError).toContainText('share link could not be opened');
    await expect(app.heading).toBeVisible();

    await app.evaluate(JSON.stringify(auditorScenario));
    await expect(app.resultRows).toHaveCount(3);
    await expect(app.shareError).toBeHidden();
  });

  test('a broken link opened later leaves the current scenario in place', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await expect(app.resultRows).toHaveCount(3);

    await page.evaluate(() => {
      window.location.hash = '#s=1.AAAA';
    });

    await expect(app.shareError).toBeVisible();
    await expect(app.shareError).toContainText('unchanged');
    await expect(app.scenarioTitle).toHaveText('E2E: auditor may decrypt');
    await expect(app.resultRows).toHaveCount(3);
  });

  test('an oversized paste is refused with a message and the text stays as it was', async ({
    page,
  }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    const before = await app.scenarioText.inputValue();

    await app.paste(`{"padding": "${'x'.repeat(1_100_000)}"}`);

    await expect(app.inputError).toContainText('limited to 1 MB');
    await expect(app.inputError).toContainText('your text is unchanged');
    expect(await app.scenarioText.inputValue()).toBe(before);
  });

  test('oversized text is not evaluated and stays in the text area', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    const huge = `{"padding": "${'x'.repeat(1_100_000)}"}`;

    await app.evaluate(huge);

    await expect(app.inputError).toContainText('limited to 1 MB');
    expect((await app.scenarioText.inputValue()).length).toBe(huge.length);
  });
});
