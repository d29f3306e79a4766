/**
 * Screenshots of the access screen (issue 15) at a phone, a laptop and a large screen, light and
 * dark: kept for people to look at, written to docs/screenshots only with UPDATE_SCREENSHOTS=1.
 */
import { encodeShareFragment, examples } from '../src/scenario';
import { expect, test } from './fixtures';

const shotPath = (name: string, outputPath: (n: string) => string) =>
  process.env.UPDATE_SCREENSHOTS ? `docs/screenshots/${name}` : outputPath(name);

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'wide', width: 1920, height: 1080 },
] as const;

const grantExample = examples.find((e) => e.id === 'grant-encryption-context')?.scenario;

for (const size of SIZES)
  for (const theme of ['light', 'dark'] as const) {
    test(`who-can matrix at ${size.width}×${size.height}, ${theme}`, async ({ page }, testInfo) => {
      if (!grantExample) throw new Error('example missing');
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(`/#${await encodeShareFragment(grantExample)}`);
      await page.getByTestId('view-access').click();
      await expect(page.getByTestId('access-summary')).toContainText('computed in');
      await page.getByTestId('access-filter-action').selectOption('crypto');
      await page.locator('[data-testid="access-cell"][data-access="conditional"]').first().click();
      await expect(page.getByTestId('access-details')).toBeVisible();
      await page.screenshot({
        path: shotPath(`access-${size.name}-${theme}.png`, (n) => testInfo.outputPath(n)),
      });
    });
  }
