import { expect, test } from '@playwright/test';
import { encodeShareFragment, examples } from '../src/scenario';
import { auditorScenario, expectedOutcomes } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test.describe('share links', () => {
  test('open a scenario made by our own encoder and show the expected outcomes', async ({
    page,
  }) => {
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));

    await expect(app.scenarioTitle).toHaveText('E2E: auditor may decrypt');
    await expect(app.resultRows).toHaveCount(3);
    await expect(app.row('auditor-decrypt')).toHaveAttribute('data-outcome', 'Allowed');
    await expect(app.row('auditor-decrypt').getByTestId('outcome')).toHaveText(/Allowed/);
    await expect(app.row('intern-decrypt')).toHaveAttribute(
      'data-outcome',
      'AccessDeniedException',
    );
    await expect(app.row('intern-decrypt')).toHaveAttribute('data-decision', 'ImplicitDeny');
    await expect(app.row('auditor-delete')).toHaveAttribute('data-decision', 'ExplicitDeny');
    await expect(app.row('auditor-delete').getByTestId('deciding')).toContainText('DenyDeletion');
    await expect(app.row('intern-decrypt').getByTestId('message')).toContainText(
      'is not authorized to perform',
    );
    await expect(
      page.getByTestId('expectation').and(page.locator('[data-expectation="met"]')),
    ).toHaveCount(3);
  });

  test('open an example through a share link with the outcomes it expects', async ({ page }) => {
    const example = examples.find((e) => expectedOutcomes(e.scenario).size > 0) ?? examples[0];
    test.skip(!example, 'no built-in examples yet');
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(example!.scenario));

    await expect(app.resultRows).toHaveCount(example!.scenario.requests.length);
    for (const [id, outcome] of expectedOutcomes(example!.scenario)) {
      await expect(app.row(id)).toHaveAttribute('data-outcome', outcome);
    }
  });

  test('copy share link puts #s= in the address bar and the link reopens the scenario', async ({
    page,
  }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.evaluate(JSON.stringify({ ...auditorScenario, title: 'Shared by hand' }));
    await expect(app.scenarioTitle).toHaveText('Shared by hand');

    await app.copyShareLink.click();
    await expect(app.shareUrl).toHaveValue(/#s=1\./);
    const link = await app.shareUrl.inputValue();
    expect(page.url()).toBe(link);

    const again = new PlaygroundPage(await page.context().newPage());
    await again.page.goto(link);
    await expect(again.scenarioTitle).toHaveText('Shared by hand');
    await expect(again.resultRows).toHaveCount(3);
  });
});
