import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeShareFragment } from '../src/scenario';
import { encodeDeckFragment } from '../src/scenario/deckLink';
import { expect, test, auditorScenario } from './fixtures';
import { LearnPage } from './pages/LearnPage';
import { PlaygroundPage } from './pages/PlaygroundPage';

for (const theme of ['light', 'dark'] as const) {
  test(`the main screen has no serious or critical axe violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await app.selectRequest('intern-decrypt');
    await expect(app.monaco).toBeVisible({ timeout: 20_000 });
    await app.expectPosition(await app.traceLength());

    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
    expect(bad).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the course has no serious or critical axe violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const learn = new LearnPage(page);
    const bad = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          help: v.help,
          targets: v.nodes.slice(0, 5).map((n) => n.target),
        }));

    await learn.open('lesson=key-policy-basics/bob-and-the-key');
    await expect(learn.predictForm).toBeVisible();
    expect(await bad()).toEqual([]);
    await learn.predict({ outcome: 'ImplicitDeny', statement: null });
    await expect(learn.diagram).toBeVisible();
    expect(await bad()).toEqual([]);
    await learn.open('lesson=key-policy-basics/checkpoints');
    await learn.answerCheckpoint(0, 'Exactly one');
    await learn.answerCheckpoint(1, 'Allowed: the IAM policy allows it');
    expect(await bad()).toEqual([]);
    await page.getByTestId('all-lessons').click();
    await expect(learn.cards.first()).toBeVisible();
    expect(await bad()).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`instructor mode has no serious or critical axe violations (${theme})`, async ({
    page,
    context,
  }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const deck = {
      scenarios: [auditorScenario],
      slides: auditorScenario.requests.map((r) => ({
        kind: 'scenario' as const,
        scenario: 0,
        request: r.id!,
      })),
    };
    await page.goto(`/#${await encodeDeckFragment(deck)}`);
    await expect(page.getByTestId('slide-number')).toHaveText('Slide 1 of 3');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('v');
    await expect(page.getByTestId('vote-banner')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('present-decision')).toBeVisible();
    if (process.env.PRESENT_SHOTS)
      await page.screenshot({ path: `${process.env.PRESENT_SHOTS}/present-${theme}.png` });

    expect(await seriousViolations(page)).toEqual([]);

    // The deck editor, and the presenter window with the decision shown during a vote.
    await page.getByTestId('deck-toggle').click();
    await expect(page.getByTestId('deck-editor')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const opening = context.waitForEvent('page');
    await page.getByTestId('open-presenter').click();
    const notes = await opening;
    await notes.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await expect(notes.getByTestId('presenter-decision')).toBeVisible();
    expect(await seriousViolations(notes)).toEqual([]);
  });
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target) }));
}
