import { expect, test } from '@playwright/test';
import { encodeShareFragment } from '../src/scenario';
import { auditorScenario } from './fixtures';
import { LearnPage } from './pages/LearnPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { PresentPage } from './pages/PresentPage';

for (const theme of ['light', 'dark'] as const) {
  test(`main screen at 1280×800 in the ${theme} theme`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await app.selectRequest('intern-decrypt');
    await app.openDocument('key:');
    await expect(app.monaco).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await app.expectPosition(await app.traceLength());
    // Kept for people to look at (and the README); not compared pixel by pixel. The committed
    // copies change only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
    const name = `main-${theme}.png`;
    const path = process.env.UPDATE_SCREENSHOTS
      ? `docs/screenshots/${name}`
      : testInfo.outputPath(name);
    await page.screenshot({ path });
  });
}

/** Where a screenshot goes: docs/screenshots when asked (UPDATE_SCREENSHOTS=1), else test output. */
const shotPath = (name: string, outputPath: (n: string) => string) =>
  process.env.UPDATE_SCREENSHOTS ? `docs/screenshots/${name}` : outputPath(name);

test('the lesson player at 1280×800', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const learn = new LearnPage(page);
  await learn.open('lesson=key-policy-basics/give-the-account-access');
  await expect(learn.diagram).toBeVisible();
  await expect(learn.decision).toBeVisible();
  await page.screenshot({ path: shotPath('learn-light.png', (n) => testInfo.outputPath(n)) });
});

test('an instructor-mode slide after the reveal at 1280×800', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto('/');
  await page.getByTestId('view-present').click();
  await page.getByRole('button', { name: 'New deck from this lesson' }).click();
  const present = new PresentPage(page);
  await present.press('PageDown', 'v', 'End', 'Enter');
  await expect(present.decision).toBeVisible();
  await page.screenshot({ path: shotPath('present-dark.png', (n) => testInfo.outputPath(n)) });
});
