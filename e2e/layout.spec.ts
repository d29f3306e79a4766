import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeScenarioText, encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario, KEY_ARN } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

/** Issue 11: any screen, nothing lost. */

const SIZES = [
  { width: 390, height: 844, narrow: true },
  { width: 768, height: 1024, narrow: true },
  { width: 1280, height: 800, narrow: false },
  { width: 1920, height: 1080, narrow: false },
] as const;

async function noHorizontalScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.scrollingElement!.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function seriousAxe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

for (const size of SIZES) {
  test(`${size.width}×${size.height}: no horizontal scroll, the outcome in view, every pane reachable, axe clean`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await expect(app.decision).toBeInViewport();
    await noHorizontalScroll(page);
    // The header's actions: Copy link in view, the others in view or one tap away (Menu).
    await expect(app.copyLink).toBeInViewport();
    if (size.width <= 700) await page.getByTestId('header-menu').click();
    await expect(app.examples).toBeInViewport();
    await expect(app.themeSwitch).toBeInViewport();
    if (size.width <= 700) await page.getByTestId('header-menu').click();
    // The scenario title whole, not cut short.
    const title = app.scenarioTitle;
    await expect(title).toBeInViewport();
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

    const panes = [
      { button: 'Scenario', pane: app.explorer },
      { button: 'Editor', pane: app.editorPane },
      { button: 'Request', pane: app.builder },
      { button: 'Decision', pane: app.decision },
    ];
    for (const { button, pane } of panes) {
      if (size.narrow) {
        await page
          .getByRole('navigation', { name: 'Panes' })
          .getByRole('button', { name: button })
          .click();
      } else {
        await expect(page.getByTestId('pane-bar')).toBeHidden();
      }
      await expect(pane).toBeVisible();
      await noHorizontalScroll(page);
    }
    expect(await seriousAxe(page)).toEqual([]);
  });
}

test('a link with a view opens that request, document and tab', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new PlaygroundPage(page);
  const keyId = KEY_ARN.slice(KEY_ARN.lastIndexOf('/') + 1);
  const scenario = {
    ...auditorScenario,
    view: { request: 'auditor-delete', document: `key:${keyId}`, tab: 'audit' as const },
  };
  await app.open(await encodeShareFragment(scenario));
  await expect(app.decision).toHaveAttribute('data-request', 'auditor-delete');
  await expect(app.editorTitle).toHaveAttribute('data-document', `key:${keyId}`);
  await expect(page.getByRole('tab', { name: 'Audit' })).toHaveAttribute('aria-selected', 'true');
  // An older link (no view) still opens on the first request.
  await app.open(await encodeShareFragment(auditorScenario));
  await expect(app.decision).toHaveAttribute('data-request', 'auditor-decrypt');
});

test('Copy link carries the view: the link opens on the same request and tab', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await app.selectRequest('intern-decrypt');
  await page.getByRole('tab', { name: 'Console' }).click();
  await app.copyLink.click();
  await expect(page.getByTestId('share-status')).toContainText('Copied to the clipboard');
  const link = await app.shareUrl.inputValue();
  const other = await context.newPage();
  await other.goto(link);
  const second = new PlaygroundPage(other);
  await expect(second.decision).toHaveAttribute('data-request', 'intern-decrypt');
  await expect(other.getByRole('tab', { name: 'Console' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('the envelope lab keeps its input across tab switches, and a reload restores the tab', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  const lab = await app.openEnvelopeLab();
  await lab.plaintext.fill('kept across tabs');
  await page.getByRole('tab', { name: 'Console' }).click();
  await expect(lab.root).toBeHidden();
  await page.getByRole('tab', { name: 'Envelope lab' }).click();
  await expect(lab.plaintext).toHaveValue('kept across tabs');

  await page.getByRole('tab', { name: 'Audit' }).click();
  await page.goto('/');
  await expect(app.heading).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Audit' })).toHaveAttribute('aria-selected', 'true');
});

test('a narrow screen remembers its pane across a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await page
    .getByRole('navigation', { name: 'Panes' })
    .getByRole('button', { name: 'Scenario' })
    .click();
  await expect(app.explorer).toBeVisible();
  await page.goto('/');
  await expect(app.explorer).toBeVisible();
  await expect(app.decision).toBeHidden();
});

test('the decision is a region named "Decision" that announces a new decision politely', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  const region = page.getByRole('region', { name: 'Decision', exact: true });
  const live = region.getByTestId('decision-announcement');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toHaveText('auditor-decrypt: Allowed, Authorized.');
  await app.selectRequest('auditor-delete');
  await expect(live).toHaveText('auditor-delete: AccessDeniedException, Explicit deny.');
});

test("the lab's hex dump is one tab stop with arrow keys inside", async ({ page }) => {
  test.setTimeout(120_000);
  const app = new PlaygroundPage(page);
  await app.open();
  await app.examples.selectOption('admins-and-users');
  const lab = await app.openEnvelopeLab();
  await lab.encrypt('Order 1001', 'arn:aws:sts::111122223333:assumed-role/OrdersApp/worker-1');
  const bytes = lab.hex.locator('button.hex-byte');
  expect(await bytes.count()).toBeGreaterThan(16);
  await expect(lab.hex.locator('button.hex-byte[tabindex="0"]')).toHaveCount(1);
  await bytes.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('data-offset', '1');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-offset', '17');
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('aria-pressed', 'true');
  await expect(lab.hex.locator('button.hex-byte[tabindex="0"]')).toHaveCount(1);
});

test("the editor's keyboard hint shows while the editor has focus", async ({ page }) => {
  test.setTimeout(120_000);
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  const hint = page.locator('.kms-editor__hint');
  await expect(app.monaco).toBeVisible({ timeout: 30_000 });
  expect((await hint.boundingBox())?.width ?? 0).toBeLessThan(2);
  await app.monaco.locator('.view-lines').click();
  await expect(hint).toContainText('Escape then Tab');
  expect((await hint.boundingBox())?.width ?? 0).toBeGreaterThan(100);
});

test('Paste… is a visible place to paste AWS output or a scenario', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new PlaygroundPage(page);
  await app.open();
  await page.getByTestId('paste-open').click();
  await page
    .getByRole('textbox', { name: 'AWS output or a scenario' })
    .fill(encodeScenarioText(auditorScenario));
  await page.getByRole('button', { name: 'Use it' }).click();
  await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
});

test('an example asks before replacing edited work; keeping the work keeps it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await app.operation.selectOption('DescribeKey');
  await expect(app.scenarioTitle).toContainText('edited');
  await app.examples.selectOption('admins-and-users');
  const dialog = page.getByTestId('pending-link');
  await expect(dialog).toContainText('Open the example');
  await dialog.getByRole('button', { name: 'Keep my work' }).click();
  await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
  await app.examples.selectOption('admins-and-users');
  await dialog.getByRole('button', { name: 'Open the example' }).click();
  await expect(app.scenarioTitle).toContainText('Separation of duties');
});

test("the lab's decision path draws without console warnings", async ({ page }) => {
  test.setTimeout(120_000);
  const app = new PlaygroundPage(page);
  await app.open();
  await app.examples.selectOption('admins-and-users');
  const lab = await app.openEnvelopeLab();
  await lab.encrypt('Order 1001', 'arn:aws:sts::111122223333:assumed-role/OrdersApp/worker-1');
  await lab.root.getByRole('button', { name: 'Show decision path' }).first().click();
  await expect(lab.diagram).toBeVisible();
  await page.waitForTimeout(1000);
});
