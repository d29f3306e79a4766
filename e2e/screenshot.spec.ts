import { encodeShareFragment, examples } from '../src/scenario';
import { expect, test, auditorScenario } from './fixtures';
import { LearnPage } from './pages/LearnPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { PresentPage } from './pages/PresentPage';

for (const theme of ['light', 'dark'] as const) {
  test(`main screen at 1280×800 in the ${theme} theme`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const app = new PlaygroundPage(page);
    // The README's hero: a built-in example, as a new user finds it in the Examples menu.
    const example = examples.find((e) => e.id === 'admins-and-users');
    if (!example) throw new Error('built-in example admins-and-users is missing');
    await app.open(await encodeShareFragment(example.scenario));
    await expect(app.scenarioTitle).toHaveAttribute('title', example.scenario.title ?? '');
    await app.selectRequest('admin-decrypt');
    await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
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

/** The decision map in the playground at 1280×800 and in the focus view, light and dark. */
for (const theme of ['light', 'dark'] as const) {
  test(`the decision map (${theme}): default layout and focus view`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await app.selectRequest('intern-decrypt');
    await app.expectPosition(await app.traceLength());
    await expect(app.mapDecision).toBeInViewport();
    await page.screenshot({ path: shotPath(`map-${theme}.png`, (n) => testInfo.outputPath(n)) });
    await app.focusButton.click();
    await app.mapNode('Key policy → IAM policies').locator('.kms-map-node__head').click();
    await page.screenshot({
      path: shotPath(`map-focus-${theme}.png`, (n) => testInfo.outputPath(n)),
    });
  });
}

test('the decision map: a grant route, in the focus view', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const app = new PlaygroundPage(page);
  const grant = examples.find((e) => e.id === 'grant-encryption-context')!.scenario;
  await app.open(await encodeShareFragment(grant));
  await app.selectRequest('decrypt-other-tenant');
  await app.expectPosition(await app.traceLength());
  await app.focusButton.click();
  await app
    .mapNode(/^Grant /)
    .first()
    .locator('.kms-map-node__head')
    .click();
  await page.screenshot({ path: shotPath('map-grant.png', (n) => testInfo.outputPath(n)) });
});

test('the decision map: a cross-account call at 1920×1080', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  const app = new PlaygroundPage(page);
  const cross = examples.find((e) => e.id === 'cross-account-decrypt')!.scenario;
  await app.open(await encodeShareFragment(cross));
  await expect(app.monaco).toBeVisible({ timeout: 20_000 });
  await app.expectPosition(await app.traceLength());
  await expect(app.mapDecision).toBeInViewport();
  await page.screenshot({
    path: shotPath('map-cross-account.png', (n) => testInfo.outputPath(n)),
  });
});

test('the decision map on a phone (390×844)', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await app.expectPosition(await app.traceLength());
  await app.diagramPane.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shotPath('map-phone.png', (n) => testInfo.outputPath(n)) });
});
