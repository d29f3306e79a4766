import { encodeShareFragment, examples } from '../src/scenario';
import { expect, test, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('the page makes no request beyond its own origin', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const origin = new URL(baseURL!).origin;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await expect(app.requestItems).toHaveCount(3);
  await app.openDocument('key:');
  await expect(app.monaco).toBeVisible({ timeout: 20_000 });
  if (examples[0]) await app.examples.selectOption(examples[0].id);
  await app.copyLink.click();
  await expect(app.shareUrl).toHaveValue(/#s=/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await download;
  await page.reload();
  await expect(app.requestItems.first()).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(requested.length).toBeGreaterThan(0);
  const foreign = requested.filter((url) => {
    const { protocol } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return new URL(url).origin !== origin;
  });
  expect(foreign).toEqual([]);
});
