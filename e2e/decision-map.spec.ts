import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { decodeScenarioText, encodeShareFragment, examples } from '../src/scenario';
import { encodeDeckFragment } from '../src/scenario/deckLink';
import { expect, test, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

const example = (id: string) => {
  const found = examples.find((e) => e.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found.scenario;
};

/** The smallest font size (px) of any visible text inside `root`, screen-reader-only text aside. */
async function smallestText(root: Locator): Promise<number> {
  return root.evaluate((el) => {
    let min = Infinity;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !n.textContent?.trim() || parent.closest('.kms-flow-sr')) continue;
      const box = parent.getBoundingClientRect();
      const style = getComputedStyle(parent);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      // The map is plain HTML, never scaled by a transform: the computed size is the drawn size.
      min = Math.min(min, parseFloat(style.fontSize));
    }
    return min;
  });
}

async function openPlayground(page: Page, fragment: string): Promise<PlaygroundPage> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new PlaygroundPage(page);
  await app.open(fragment);
  await app.expectPosition(await app.traceLength());
  return app;
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`decision map at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('opens with every route and the decision in view, the allowing route lit', async ({
      page,
    }) => {
      const app = await openPlayground(page, await encodeShareFragment(auditorScenario));
      await expect(app.mapGates).toHaveCount(5);
      await expect(app.mapRoutes).toHaveCount(3);
      for (const route of await app.mapRoutes.all()) await expect(route).toBeInViewport();
      await expect(app.mapDecision).toBeInViewport();
      await expect(app.mapDecision).toContainText('Allowed');
      const lit = app.diagram.locator('.kms-map-node--route.is-lit');
      await expect(lit).toHaveCount(1);
      await expect(lit).toContainText('Key policy names the caller');
      await expect(lit).toContainText('names role/Auditor');
      // Gates say pass or stop in words, not only in colour.
      await expect(app.mapNode('Explicit-deny sweep')).toContainText('Pass');
      expect(await smallestText(app.diagram)).toBeGreaterThanOrEqual(12);
    });

    test('a denied request: no route lit, every route says why', async ({ page }) => {
      const app = await openPlayground(page, await encodeShareFragment(auditorScenario));
      await app.selectRequest('intern-decrypt');
      await app.expectPosition(await app.traceLength());
      await expect(app.mapDecision).toBeInViewport();
      for (const route of await app.mapRoutes.all()) await expect(route).toBeInViewport();
      await expect(app.diagram.locator('.kms-map-node--route.is-lit')).toHaveCount(0);
      await expect(app.mapNode('Key policy names the caller')).toContainText(
        'No statement names user/Intern',
      );
      for (const route of await app.mapRoutes.all())
        await expect(route.locator('.kms-map-node__reason')).not.toBeEmpty();
      await expect(app.mapDecision).toContainText('Implicit deny');
    });

    test('an explicit deny stops at the sweep and every route names it', async ({ page }) => {
      const app = await openPlayground(page, await encodeShareFragment(auditorScenario));
      await app.selectRequest('auditor-delete');
      await app.expectPosition(await app.traceLength());
      // The gate that stopped it is in view: the why, above the routes it stopped.
      await expect(app.mapNode('Explicit-deny sweep')).toBeInViewport();
      await expect(app.mapNode('Explicit-deny sweep')).toContainText('Stop');
      await expect(app.mapNode('Explicit-deny sweep')).toContainText('Deny "DenyDeletion"');
      for (const route of await app.mapRoutes.all()) {
        await expect(route).toContainText('Not reached');
        await expect(route).toContainText('Deny "DenyDeletion" in the key policy');
      }
    });

    test('a node opens to its statements and the values compared', async ({ page }) => {
      const app = await openPlayground(page, await encodeShareFragment(auditorScenario));
      await app.selectRequest('intern-decrypt');
      const route = app.mapNode('Key policy → IAM policies');
      const head = route.locator('.kms-map-node__head');
      await expect(head).toHaveAttribute('aria-expanded', 'false');
      await head.click();
      await expect(head).toHaveAttribute('aria-expanded', 'true');
      await expect(route.locator('.kms-map-row').first()).toBeVisible();
      await expect(route).toContainText('Allow s1 "AllowAuditorDecrypt"');
      await expect(route).toContainText('Principal arn:aws:iam::111122223333:user/Intern not in');
      // A row selects its statement (the editor shows it).
      const row = route.locator('.kms-map-row', { hasText: 'AllowAuditorDecrypt' });
      await row.click();
      await expect(row).toHaveAttribute('aria-pressed', 'true');
    });

    test('the focus view gives the map the window; Esc and the button leave it', async ({
      page,
    }) => {
      const app = await openPlayground(page, await encodeShareFragment(auditorScenario));
      await app.focusButton.click();
      await expect(app.focusButton).toHaveAttribute('aria-pressed', 'true');
      const box = await app.diagramPane.boundingBox();
      expect(box?.width).toBe(size.width);
      expect(box?.height).toBe(size.height);
      await expect(app.mapDecision).toBeInViewport();
      await page.keyboard.press('Escape');
      await expect(app.focusButton).toHaveAttribute('aria-pressed', 'false');
      expect((await app.diagramPane.boundingBox())?.width).toBeLessThan(size.width);
      // The keyboard alone: F from anywhere outside a text field, Esc to leave.
      await app.heading.click();
      await page.keyboard.press('f');
      await expect(app.diagramPane).toHaveAttribute('data-focus', 'true');
      await page.keyboard.press('Escape');
      await expect(app.diagramPane).not.toHaveAttribute('data-focus', 'true');
      // The keyboard help lists the shortcut.
      await page.getByTestId('map-keys').click();
      await expect(page.getByRole('region', { name: 'Keyboard help' })).toContainText('Focus view');
    });

    test('a grant route lights its lane; the policy routes say why they did not', async ({
      page,
    }) => {
      const app = await openPlayground(
        page,
        await encodeShareFragment(example('grant-encryption-context')),
      );
      const lit = app.diagram.locator('.kms-map-node--route.is-lit');
      await expect(lit).toHaveCount(1);
      await expect(lit).toContainText('Grant invoice-worker-acme');
      await expect(app.mapDecision).toBeInViewport();
      await app.selectRequest('decrypt-other-tenant');
      await app.expectPosition(await app.traceLength());
      await expect(app.mapNode('Grant invoice-worker-acme')).toContainText('not met');
    });

    test('a cross-account call shows both halves of the policy route', async ({ page }) => {
      const app = await openPlayground(
        page,
        await encodeShareFragment(example('cross-account-decrypt')),
      );
      await expect(app.diagram).toContainText('Cross-account: key in');
      const both = app.mapNode('Key policy + IAM, both accounts');
      await expect(both).toContainText('Key account:');
      await expect(both).toContainText('caller account 444455556666');
      await expect(app.mapNode('Key policy names the caller')).toContainText('Does not apply');
    });

    test('has no serious or critical axe violations, opened and in focus view', async ({
      page,
    }) => {
      const app = await openPlayground(page, await encodeShareFragment(auditorScenario));
      await app.mapNode('Key policy → IAM policies').locator('.kms-map-node__head').click();
      await app.focusButton.click();
      await page.getByTestId('map-keys').click();
      const results = await new AxeBuilder({ page })
        .include('[data-testid="diagram-pane"]')
        .analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target) }));
      expect(bad).toEqual([]);
    });
  });
}

test('works from the keyboard alone: Tab to a node, Enter opens it, F and Esc', async ({
  page,
}) => {
  const app = await openPlayground(page, await encodeShareFragment(auditorScenario));
  await app.diagramHost.focus();
  await page.keyboard.press('Home');
  await app.expectPosition(0);
  await page.keyboard.press('End');
  await app.expectPosition(await app.traceLength());
  await page.keyboard.press('Tab');
  const sweep = app.mapNode('Explicit-deny sweep').locator('.kms-map-node__head');
  await expect(sweep).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sweep).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(sweep).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('f');
  await expect(app.diagramPane).toHaveAttribute('data-focus', 'true');
  await page.keyboard.press('Escape');
  await expect(app.diagramPane).not.toHaveAttribute('data-focus', 'true');
  await expect(app.focusButton).toBeFocused();
});

test('several authorization checks: one map each, the switcher picks', async ({ page }) => {
  // V030: ReEncrypt from one key to another, allowed by IAM on both.
  const text = readFileSync('src/scenario/fixtures/conformance/V030.json', 'utf8');
  const decoded = decodeScenarioText(text);
  if (!decoded.ok) throw new Error('V030 does not decode');
  const reEncrypt = decoded.scenario;
  const app = await openPlayground(page, await encodeShareFragment(reEncrypt));
  const checks = page.getByTestId('map-checks').getByRole('button');
  await expect(checks).toHaveCount(2);
  await expect(checks.nth(0)).toContainText('kms:ReEncryptFrom');
  await expect(checks.nth(1)).toContainText('kms:ReEncryptTo');
  // An allowed ReEncrypt opens on the last check; each has its own lit route.
  await expect(checks.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(app.diagram.locator('.kms-map__request')).toContainText('kms:ReEncryptTo');
  await checks.nth(0).click();
  await expect(checks.nth(0)).toHaveAttribute('aria-pressed', 'true');
  await expect(app.diagram.locator('.kms-map__request')).toContainText('kms:ReEncryptFrom');
  await expect(app.diagram.locator('.kms-map-node--route.is-lit')).toContainText(
    'Key policy → IAM policies',
  );
});

test('instructor mode draws the same map, large: text at least 18 px at 1920×1080', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const deck = {
    scenarios: [auditorScenario],
    slides: [{ kind: 'scenario' as const, scenario: 0, request: 'intern-decrypt' }],
  };
  await page.goto(`/#${await encodeDeckFragment(deck)}`);
  await page.keyboard.press('v');
  await page.keyboard.press('Enter');
  const map = page.getByTestId('present-diagram').getByTestId('decision-diagram');
  await expect(map).toHaveAttribute('data-size', 'large');
  await expect(map.getByTestId('map-decision')).toBeInViewport();
  expect(await smallestText(map)).toBeGreaterThanOrEqual(18);
});
