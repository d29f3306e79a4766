import { encodeShareFragment } from '../src/scenario';
import { encodeDeckFragment } from '../src/scenario/deckLink';
import { expect, test, auditorScenario, KEY_ARN } from './fixtures';
import { ConsolePanel } from './pages/ConsolePanel';
import { PlaygroundPage } from './pages/PlaygroundPage';

/** Issue 11: reloads and tab switches lose nothing (audit selection, console history, decks). */

test('an audit row opens its CloudTrail record, which survives tab switches and a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  const cli = new ConsolePanel(page);
  await cli.openConsole();
  await cli.run(`aws kms describe-key --key-id ${KEY_ARN}`);
  await cli.openAudit();
  await expect(cli.auditEvents).toHaveCount(1);
  // Columns do not break words.
  const header = page.getByTestId('audit-table').locator('th').nth(1);
  expect(await header.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(30);

  await cli.auditEvents.first().getByRole('button').click();
  const record = page.getByTestId('audit-record');
  await expect(record).toContainText('DescribeKey');
  await expect(record.getByTestId('audit-request-parameters')).toContainText('"keyId"');
  await expect(record.getByTestId('audit-response-elements')).toBeVisible();

  await cli.openConsole();
  await cli.openAudit();
  await expect(record).toContainText('DescribeKey');
  await page.reload();
  await expect(page.getByTestId('audit-record')).toContainText('DescribeKey');
});

test('console entries stay clickable after a reload and show their recorded decision', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  const cli = new ConsolePanel(page);
  await cli.openConsole();
  await cli.run(`aws kms describe-key --key-id ${KEY_ARN}`);
  await page.reload();
  await cli.openConsole();
  await expect(cli.entries).toHaveCount(1);
  const line = cli.entries.first().getByRole('button', { name: /describe-key/ });
  await expect(line).toBeVisible();
  await line.click();
  await expect(page.getByTestId('pinned-banner').first()).toBeVisible();
});

test('a deck and its slide survive a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const deck = {
    scenarios: [auditorScenario],
    slides: auditorScenario.requests.map((r) => ({
      kind: 'scenario' as const,
      scenario: 0,
      request: r.id!,
    })),
  };
  await page.goto(`/#${await encodeDeckFragment(deck)}&slide=2`);
  await expect(page.getByTestId('slide-number')).toHaveText('Slide 2 of 3');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('slide-number')).toHaveText('Slide 3 of 3');
  await page.goto('/');
  await page
    .getByRole('group', { name: 'Screen' })
    .getByRole('button', { name: 'Present' })
    .click();
  await expect(page.getByTestId('slide-number')).toHaveText('Slide 3 of 3');
});
