import { encodeShareFragment } from '../src/scenario';
import { allowConsole, expect, test, auditorScenario } from './fixtures';
import { ConsolePanel } from './pages/ConsolePanel';
import { PlaygroundPage } from './pages/PlaygroundPage';

const APP = 'arn:aws:sts::111122223333:assumed-role/OrdersApp/worker-1';

test('a strict Content-Security-Policy holds and nothing violates it on any screen', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });

  const app = new PlaygroundPage(page);
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).not.toContain("unsafe-inline'; worker");
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).toContain("connect-src 'self'");
  expect(meta).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);

  // An inline script is refused: the policy is in force, not only written down. The browser logs
  // that refusal as a console error, which this spec provokes on purpose (every other violation
  // still fails it, through `violations` below).
  allowConsole(page, /^Executing inline script violates the following Content Security Policy/);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
  violations.length = 0;

  // Every screen: the playground with its editor (Monaco and its workers), the console, the
  // envelope lab (its worker), the course and instructor mode.
  await app.open(await encodeShareFragment(auditorScenario));
  await app.openDocument('key:');
  await expect(app.monaco).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('Statement');
  const consolePanel = new ConsolePanel(page);
  await consolePanel.openConsole();
  await consolePanel.run('aws kms list-keys');
  await app.examples.selectOption('admins-and-users');
  // The console session is unsaved work: the example asks before replacing it.
  await page.getByTestId('pending-link').getByRole('button', { name: 'Open the example' }).click();
  const lab = await app.openEnvelopeLab();
  await lab.encrypt('csp check', APP);
  await expect(lab.steps.locator('[data-status="ok"]')).toHaveCount(4);
  await page.getByTestId('view-learn').click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.getByTestId('view-present').click();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});
