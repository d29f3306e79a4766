import type { Page } from '@playwright/test';
import { encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { PresentPage } from './pages/PresentPage';

/** Builds a 3-slide deck from the e2e scenario's requests, with notes; returns its link. */
async function buildDeck(app: PlaygroundPage, present: PresentPage): Promise<string> {
  await app.open(await encodeShareFragment(auditorScenario));
  await app.page.getByTestId('view-present').click();
  await expect(present.deckEditor).toBeVisible();
  await app.page.getByTestId('deck-from-requests').click();
  await expect(present.slideNumber).toHaveText('Slide 1 of 3');
  await app.page.getByTestId('deck-toggle').click();
  await expect(present.deckSlides).toHaveCount(3);
  await present.deckSlides.nth(0).getByTestId('deck-notes').fill('Ask who may decrypt.');
  await present.deckSlides.nth(1).getByTestId('deck-notes').fill('The intern has no IAM policy.');
  // Reorder: the explicit deny moves up to slide 2, then back, to check both directions.
  await app.page.getByRole('button', { name: 'Move slide 3 up' }).click();
  await expect(present.deckSlides.nth(1)).toContainText('kms:ScheduleKeyDeletion');
  // Focus follows the moved slide, so the keyboard can keep moving it.
  await expect(app.page.getByRole('button', { name: 'Move slide 2 up' })).toBeFocused();
  await app.page.getByRole('button', { name: 'Move slide 2 down' }).click();
  await expect(present.deckSlides.nth(2)).toContainText('kms:ScheduleKeyDeletion');
  await app.page.getByTestId('deck-copy-link').click();
  const link = await app.page.getByTestId('deck-link').inputValue();
  expect(link).toMatch(/#deck=1\.[A-Za-z0-9_-]+$/);
  return link.slice(link.indexOf('#'));
}

/** Builds the deck (buildDeck) and opens its link as a fresh page load. */
async function openBuiltDeck(page: Page) {
  const app = new PlaygroundPage(page);
  const present = new PresentPage(page);
  await present.openDeck(await buildDeck(app, present));
  return { app, present };
}

test.describe('instructor mode', () => {
  test('a deck of three slides opens from its link and is driven from the keyboard', async ({
    page,
  }) => {
    const { app, present } = await openBuiltDeck(page);
    await expect(present.slideNumber).toHaveText('Slide 1 of 3');
    await expect(page.getByTestId('present-question')).toContainText('Auditor calls kms:Decrypt');
    await expect(page.getByRole('banner')).toHaveCount(0); // no editor chrome

    await present.press('ArrowRight', 'ArrowRight', 'Space', 'ArrowLeft');
    await expect(present.step).toHaveText(/^Step 2 of/);
    await expect(page.getByTestId('outcome-hidden')).toBeVisible();

    // The vote: the path stops before the decision and the outcome stays hidden.
    await present.press('v', 'End', 'ArrowRight');
    await expect(present.voteBanner).toContainText('Vote now — Allowed or Denied?');
    const { of } = await present.stepCount();
    await expect(present.step).toHaveText(`Step ${of - 1} of ${of}`);
    await expect(present.decision).toHaveCount(0);
    await present.press('Enter');
    await expect(present.voteBanner).toHaveCount(0);
    await expect(present.decision).toHaveAttribute('data-outcome', 'Allowed');
    await expect(present.explanation).toContainText(
      'Auditor may call kms:Decrypt on key alias/payments.',
    );
    await expect(present.step).toHaveText(`Step ${of} of ${of}`);

    // Next slides: PageDown and N forward, P back; each starts at step 0 with no vote.
    await present.press('PageDown');
    await expect(present.slideNumber).toHaveText('Slide 2 of 3');
    await expect(present.step).toHaveText(/^Step 0 of/);
    await present.press('End');
    await expect(present.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
    await expect(present.explanation).toContainText('No IAM policy of Intern allows kms:Decrypt');
    await present.press('n');
    await expect(present.slideNumber).toHaveText('Slide 3 of 3');
    await present.press('v', 'Space');
    await expect(present.explanation).toContainText('"DenyDeletion" denies');
    await present.press('p');
    await expect(present.slideNumber).toHaveText('Slide 2 of 3');

    // ? shows the keys; Esc closes them, and Esc again leaves to the untouched playground.
    await present.press('Shift+?');
    await expect(page.getByTestId('present-help')).toBeVisible();
    await present.press('Escape');
    await expect(page.getByTestId('present-help')).toHaveCount(0);
    await present.press('Escape');
    await expect(app.heading).toBeVisible();
    await expect(page.getByTestId('scenario-title')).toContainText('E2E: auditor may decrypt');
  });

  test('the presenter window shows notes and the decision, in sync both ways', async ({
    page,
    context,
  }) => {
    const { present } = await openBuiltDeck(page);

    const opening = context.waitForEvent('page');
    await page.getByTestId('open-presenter').click();
    const notes = await opening;
    await expect(notes.getByTestId('presenter-window')).toBeVisible();
    await expect(notes.getByTestId('presenter-slide-number')).toHaveText('Slide 1 of 3');
    await expect(notes.getByTestId('presenter-notes')).toHaveText('Ask who may decrypt.');
    await expect(notes.getByTestId('presenter-next')).toContainText('kms:Decrypt by Intern');
    await expect(notes.getByTestId('presenter-timer')).toHaveText(/^\d\d:\d\d$/);

    // During a vote the presenter sees the decision the room does not.
    await page.keyboard.press('v');
    await expect(notes.getByTestId('presenter-decision')).toContainText('the room is voting');
    await expect(notes.getByTestId('presenter-decision')).toContainText('Allowed');
    await expect(present.decision).toHaveCount(0);

    // The presentation drives the notes...
    await page.keyboard.press('PageDown');
    await expect(notes.getByTestId('presenter-slide-number')).toHaveText('Slide 2 of 3');
    await expect(notes.getByTestId('presenter-notes')).toHaveText('The intern has no IAM policy.');
    // ...and the notes drive the presentation, by key and by button.
    await notes.keyboard.press('ArrowRight');
    await notes.keyboard.press('ArrowRight');
    await expect(present.step).toContainText('Step 2 of');
    await notes.getByTestId('presenter-next-slide').click();
    await expect(present.slideNumber).toHaveText('Slide 3 of 3');
    await notes.keyboard.press('PageUp');
    await expect(present.slideNumber).toHaveText('Slide 2 of 3');
  });

  test('a lesson deck shows why an IAM allow had no effect, after the reveal', async ({ page }) => {
    const present = new PresentPage(page);
    await page.goto('/');
    await page.getByTestId('view-present').click();
    await page.getByTestId('deck-lesson').selectOption('key-policy-basics');
    await page.getByTestId('deck-from-lesson').click();
    await expect(present.slideNumber).toContainText('Slide 1 of');
    await page.getByTestId('deck-toggle').click();
    await present.deckEditor
      .getByRole('button', { name: /An IAM administrator and the key/ })
      .click();
    await page.getByTestId('deck-start').click();
    await expect(present.slideTitle).toContainText('An IAM administrator and the key');
    await present.press('v', 'Enter');
    await expect(present.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
    // The reveal brings the diagram's decision node into view, however tall the path.
    await expect(page.getByTestId('present-diagram').getByTestId('map-decision')).toBeInViewport();
    await expect(present.explanation).toContainText(
      'has no effect: the key policy does not enable IAM policies for account 111122223333',
    );
  });

  test('a broken deck link says why and keeps the work on screen', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await app.selectRequest('intern-decrypt');
    await page.goto('/#deck=1.AAAA');
    await expect(
      page.getByRole('alert').filter({ hasText: 'The deck link could not be opened' }),
    ).toContainText('Your workspace is unchanged');
    await expect(app.heading).toBeVisible();
    await expect(page.getByTestId('scenario-title')).toContainText('E2E: auditor may decrypt');
  });
});
