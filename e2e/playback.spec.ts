import { encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('the decision plays step by step, with buttons and with keys in the diagram', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
  const dimmed = app.diagram.locator('.kms-map-node.is-dimmed');

  // A link plays its decision once; wait for it to arrive at the end.
  const length = await app.traceLength();
  expect(length).toBeGreaterThan(3);
  await app.expectPosition(length);
  await expect(app.playPause).toHaveAccessibleName('Play');
  await expect(dimmed).toHaveCount(0);

  await page.getByRole('button', { name: 'Restart' }).click();
  await app.expectPosition(0);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await app.expectPosition(2);
  expect(await dimmed.count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Step back' }).click();
  await app.expectPosition(1);

  await page.getByRole('combobox', { name: 'Speed' }).selectOption('16');
  await app.playPause.click();
  await expect(app.playPause).toHaveAccessibleName('Pause');
  await app.expectPosition(length);
  await expect(app.playPause).toHaveAccessibleName('Play');
  await expect(dimmed).toHaveCount(0);

  // Keyboard, with focus in the diagram.
  await app.diagramHost.focus();
  await page.keyboard.press('Home');
  await app.expectPosition(0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await app.expectPosition(3);
  await page.keyboard.press('ArrowLeft');
  await app.expectPosition(2);
  await page.keyboard.press('End');
  await app.expectPosition(length);
  await page.keyboard.press('Space');
  await expect(app.playPause).toHaveAccessibleName('Pause');
  await page.keyboard.press('Space');
  await expect(app.playPause).toHaveAccessibleName('Play');
  const paused = Number(await app.position.getAttribute('data-position'));
  await page.waitForTimeout(300);
  await app.expectPosition(paused);
});

test('with reduced motion the final state shows at once', async ({ browser }) => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
  });
  const app = new PlaygroundPage(await context.newPage());
  await app.open(await encodeShareFragment(auditorScenario));
  await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
  const length = await app.traceLength();
  await app.expectPosition(length);
  await app.playPause.click();
  await app.expectPosition(length);
  await expect(app.diagram.locator('.kms-map-node.is-dimmed')).toHaveCount(0);
  await context.close();
});
