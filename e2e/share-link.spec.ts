import { encodeShareFragment, examples } from '../src/scenario';
import { expect, test, auditorScenario, expectedOutcomes } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test.describe('share links', () => {
  test('a link made by our own encoder opens with the outcomes it expects', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));

    await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
    await expect(app.requestItems).toHaveCount(3);
    expect(await app.outcomes()).toEqual({
      'auditor-decrypt': 'Allowed',
      'intern-decrypt': 'AccessDeniedException',
      'auditor-delete': 'AccessDeniedException',
    });
    // The first request shows: allowed by the statement naming the auditor.
    await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');
    await expect(app.decidingRefs).toContainText(['AllowAuditorDecrypt']);

    await app.selectRequest('auditor-delete');
    await expect(app.decision).toHaveAttribute('data-decision', 'ExplicitDeny');
    await expect(app.getDecisionKind()).toHaveText('Explicit deny');
    await expect(app.message).toContainText(
      'is not authorized to perform: kms:ScheduleKeyDeletion',
    );
    await expect(app.explanation).toContainText(
      '"DenyDeletion" denies kms:ScheduleKeyDeletion explicitly',
    );

    await app.selectRequest('intern-decrypt');
    await expect(app.decision).toHaveAttribute('data-decision', 'ImplicitDeny');
    await expect(app.explanation).toContainText('No IAM policy of Intern allows kms:Decrypt');
  });

  test('each built-in example opens through a link with the outcomes it expects', async ({
    page,
  }) => {
    const app = new PlaygroundPage(page);
    for (const example of examples) {
      await app.open(await encodeShareFragment(example.scenario));
      await expect(app.requestItems).toHaveCount(example.scenario.requests.length);
      for (const [id, outcome] of expectedOutcomes(example.scenario)) {
        await expect(app.request(id)).toHaveAttribute('data-outcome', outcome);
      }
    }
  });

  test('copy link puts the scenario in the address bar and the link reopens it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment({ ...auditorScenario, title: 'Shared by hand' }));
    await expect(app.scenarioTitle).toContainText('Shared by hand');

    await app.copyLink.click();
    await expect(app.shareUrl).toHaveValue(/#s=1\./);
    const link = await app.shareUrl.inputValue();
    expect(page.url()).toBe(link);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const again = new PlaygroundPage(await context.newPage());
    await again.page.goto(link);
    await expect(again.scenarioTitle).toContainText('Shared by hand');
    await expect(again.requestItems).toHaveCount(3);
  });
});
