import { expect, test } from '@playwright/test';
import { encodeShareFragment } from '../src/scenario';
import { auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

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
