import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { encodeShareFragment } from '../src/scenario';
import { auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

for (const theme of ['light', 'dark'] as const) {
  test(`the main screen has no serious or critical axe violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await app.selectRequest('intern-decrypt');
    await expect(app.monaco).toBeVisible({ timeout: 20_000 });
    await app.expectPosition(await app.traceLength());

    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
    expect(bad).toEqual([]);
  });
}
