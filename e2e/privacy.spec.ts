import { expect, test } from '@playwright/test';
import { encodeShareFragment, examples } from '../src/scenario';
import { auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('the page makes no request beyond its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await expect(app.resultRows).toHaveCount(3);
  if (examples[0]) await app.pickExample(examples[0].id);
  await app.evaluate(JSON.stringify(auditorScenario));
  await app.copyShareLink.click();
  await expect(app.shareUrl).toHaveValue(/#s=/);
  await page.reload();
  await expect(app.resultRows).toHaveCount(3);
  await page.waitForLoadState('networkidle');

  expect(requested.length).toBeGreaterThan(0);
  const foreign = requested.filter((url) => {
    const { protocol } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return new URL(url).origin !== origin;
  });
  expect(foreign).toEqual([]);
});
