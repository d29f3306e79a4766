import { expect, test } from '@playwright/test';
import { encodeShareFragment } from '../src/scenario';
import { auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`main screen renders in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await expect(app.resultRows).toHaveCount(3);
    // Kept for people to look at; not compared pixel by pixel.
    await page.screenshot({ path: `test-results/main-screen-${colorScheme}.png`, fullPage: true });
  });
}
