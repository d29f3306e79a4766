import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  challengeById,
  challengeScenario,
  choiceText,
  lessonById,
  lessonScenarios,
  lessons,
  type PredictedOutcome,
  type StepExpectation,
} from '../src/lessons';
import { encodeShareFragment } from '../src/scenario';
import { ConsolePanel } from './pages/ConsolePanel';
import { LearnPage } from './pages/LearnPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { expect, test } from './fixtures';

const lesson = lessonById('key-policy-basics')!;
const firstScenario = (() => {
  const built = lessonScenarios(lesson)[0];
  if (!built?.ok) throw new Error('lesson 1 has no first scenario');
  return built.scenario;
})();

/** The answer the engine gives, as the prediction form offers it. */
const predicted = (want: StepExpectation): PredictedOutcome =>
  want.outcome === 'Allowed'
    ? 'Allowed'
    : want.outcome === 'AccessDeniedException'
      ? want.decision === 'ExplicitDeny'
        ? 'ExplicitDeny'
        : 'ImplicitDeny'
      : (want.outcome as PredictedOutcome);

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('complete lesson 1: every step, its predictions and its checkpoints', async ({ page }) => {
  const learn = new LearnPage(page);
  await page.goto('/');
  await learn.openCourse();
  await expect(learn.card(lesson.id)).toContainText(`0 of ${lesson.steps.length} steps`);
  await learn
    .card(lesson.id)
    .getByRole('button', { name: /^Start lesson 1/ })
    .click();

  for (const [i, step] of lesson.steps.entries()) {
    await expect(learn.step).toHaveAttribute('data-step', step.id);
    await expect(learn.position).toHaveText(`Step ${i + 1} of ${lesson.steps.length}`);
    await expect(page).toHaveURL(new RegExp(`#lesson=${lesson.id}/${step.id}$`));
    if (step.predict) {
      // The decision and the diagram wait for the answer.
      await expect(learn.decision).toHaveCount(0);
      await expect(learn.diagram).toHaveCount(0);
      const want = step.expect!;
      // Nothing on screen states the outcome before the answer; the explanation comes after.
      await expect(page.getByTestId('step-reveal')).toHaveCount(0);
      await learn.predict({
        outcome: predicted(want),
        statement: want.decision === 'ImplicitDeny' ? null : `"${want.decidingSid}"`,
      });
      await expect(learn.verdict).toHaveAttribute('data-correct', 'true');
      await expect(page.getByTestId('step-reveal')).toBeVisible();
    }
    await expect(learn.decision).toHaveAttribute('data-outcome', step.expect!.outcome!);
    await expect(learn.diagram).toBeVisible();
    await learn.next.click();
  }

  await expect(learn.position).toHaveText('Checkpoint questions');
  for (const [n, c] of lesson.checkpoints.entries()) {
    const verdict = await learn.answerCheckpoint(n, choiceText(c.choices[c.answer]!));
    await expect(verdict).toHaveAttribute('data-correct', 'true');
    await expect(verdict).toContainText(c.explanation);
  }
  await expect(page.getByTestId('checkpoint-score')).toHaveText(
    `${lesson.checkpoints.length} of ${lesson.checkpoints.length} right on the first try`,
  );

  // "Show me" opens the step that demonstrates the answer.
  const demo = lesson.checkpoints[1]!.demonstrate!.step;
  await learn.checkpoints.nth(1).getByTestId('checkpoint-show-me').click();
  await expect(learn.step).toHaveAttribute('data-step', demo);
  // The question was asked already: the step shows what the engine decides.
  const shows = lesson.checkpoints[1]!.demonstrate!.shows!;
  await expect(learn.predictForm).toHaveCount(0);
  await expect(learn.decision).toHaveAttribute('data-outcome', shows.outcome!);
  await expect(learn.decision).toHaveAttribute('data-decision', shows.decision!);

  await page.getByTestId('all-lessons').click();
  const progress = learn.card(lesson.id).getByTestId('lesson-progress');
  const predictions = lesson.steps.filter((s) => s.predict).length;
  await expect(progress).toContainText(
    `${lesson.steps.length} of ${lesson.steps.length} steps · predictions ${predictions} of ${predictions} right · checkpoints ${lesson.checkpoints.length} of ${lesson.checkpoints.length} right`,
  );

  // Progress survives a reload, and a reset forgets it.
  await page.reload();
  await learn.openCourse();
  await expect(progress).toContainText(`${lesson.steps.length} of ${lesson.steps.length} steps`);
  await page.getByTestId('reset-progress').click();
  await page.getByTestId('reset-confirm').click();
  await expect(progress).toContainText(`0 of ${lesson.steps.length} steps`);
});

test('a wrong checkpoint answer says why it is wrong, not which is right; a retry earns no credit', async ({
  page,
}) => {
  const learn = new LearnPage(page);
  await learn.open(`lesson=${lesson.id}/checkpoints`);
  const c = lesson.checkpoints[0]!;
  const wrong = c.choices.find((_, i) => i !== c.answer)!;
  const right = choiceText(c.choices[c.answer]!);
  const verdict = await learn.answerCheckpoint(0, choiceText(wrong));
  await expect(verdict).toHaveAttribute('data-correct', 'false');
  if (typeof wrong !== 'string') await expect(verdict).toContainText(wrong.why);
  await expect(verdict).not.toContainText(right);
  await expect(verdict).not.toContainText(c.explanation);
  // The wrong choice is ruled out; the right one, found on a later try, scores nothing.
  await expect(
    learn.checkpoints.nth(0).getByRole('radio', { name: `${choiceText(wrong)} (tried` }),
  ).toBeDisabled();
  const again = await learn.answerCheckpoint(0, right);
  await expect(again).toHaveAttribute('data-correct', 'true');
  await expect(again).toContainText('on a later try');
  await expect(again).toContainText(c.explanation);
  await expect(page.getByTestId('checkpoint-score')).toHaveText(
    `0 of ${lesson.checkpoints.length} right on the first try (1 answered)`,
  );
});

test('any playground request becomes a question, answered wrong then right', async ({ page }) => {
  const app = new PlaygroundPage(page);
  const learn = new LearnPage(page);
  await app.open(await encodeShareFragment(firstScenario));
  await app.requestItems.filter({ hasText: 'bob-encrypt' }).first().click();
  await expect(app.decision).toHaveAttribute('data-request', 'bob-encrypt');

  // Wrong: Bob's IAM administrator policy does not count without the key policy enabling IAM.
  await page.getByTestId('predict-start').click();
  await expect(app.decision).toHaveCount(0);
  await expect(app.position).toHaveAttribute('data-position', '0');
  // The request list's outcome marks would give it away: they wait too.
  const mark = app.requestItems.first().locator('.outcome-dot');
  await expect(mark).toBeHidden();
  await learn.predict({ outcome: 'Allowed', statement: '"Everything"' });
  await expect(mark).toBeVisible();
  await expect(learn.verdict).toHaveAttribute('data-correct', 'false');
  await expect(learn.verdict).toContainText('Not quite: AccessDeniedException, an implicit deny');
  // The feedback names the wrong belief, and never marks "explicit or implicit" on an Allowed.
  await expect(page.getByTestId('predict-why')).toContainText('IAM statement you counted on');
  await expect(learn.verdict).not.toContainText('Explicit or implicit');
  await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
  await expect(app.explanation).not.toBeEmpty();
  const length = await app.position.getAttribute('data-length');
  await expect(app.position).toHaveAttribute('data-position', length!);
  await page.getByTestId('predict-done').click();
  await expect(learn.verdict).toHaveCount(0);

  // Right: denied, implicitly, no statement matched.
  await page.getByTestId('predict-start').click();
  await learn.predict({ outcome: 'ImplicitDeny', statement: null });
  await expect(learn.verdict).toHaveAttribute('data-correct', 'true');

  await learn.openCourse();
  await expect(learn.quizScore).toHaveText('Predictions on playground requests: 1 right, 1 wrong.');
});

test('a prediction can be made from the keyboard alone', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.open(`lesson=${lesson.id}/bob-and-the-key`);
  await learn.predictForm.getByTestId('predict-outcome-Allowed').focus();
  await page.keyboard.press('ArrowDown'); // AccessDenied, implicit
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // No statement: nothing matched
  await page.keyboard.press('Tab'); // the hint
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('predict-submit')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(learn.verdict).toHaveAttribute('data-correct', 'true');
  await expect(learn.diagram).toBeVisible();
});

test('a deep link opens the step; an unknown step falls back to the first', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.open(`lesson=${lesson.id}/root-user-decrypts`);
  const index = lesson.steps.findIndex((s) => s.id === 'root-user-decrypts');
  await expect(learn.position).toHaveText(`Step ${index + 1} of ${lesson.steps.length}`);
  await expect(learn.predictForm).toBeVisible();
  await expect(page.getByRole('link', { name: /Key policies in AWS KMS/ })).toHaveAttribute(
    'target',
    '_blank',
  );

  await learn.open(`lesson=${lesson.id}/no-such-step`);
  await expect(learn.step).toHaveAttribute('data-step', lesson.steps[0]!.id);
  await expect(learn.player).toContainText('This lesson has no step “no-such-step”');

  await learn.open('lesson=no-such-lesson');
  await expect(page.getByTestId('unknown-lesson')).toBeVisible();
  await expect(learn.cards.first()).toBeVisible();
});

test('experimenting with a step in the playground keeps the user’s work', async ({ page }) => {
  const app = new PlaygroundPage(page);
  const learn = new LearnPage(page);
  await app.open();
  const mine = await app.scenarioTitle.innerText();
  await learn.open(`lesson=${lesson.id}/named-principal`);
  await page.getByTestId('open-in-playground').click();
  await expect(page.getByTestId('sandbox-banner')).toBeVisible();
  await expect(app.scenarioTitle).toContainText('Lesson 1');
  await expect(app.decision).toHaveAttribute('data-request', 'ana-encrypt');

  // A reload in the middle restores the user's own workspace, never the lesson's.
  await page.waitForTimeout(500); // past the autosave delay
  await page.reload();
  await expect(app.scenarioTitle).toHaveText(mine);

  await learn.open(`lesson=${lesson.id}/named-principal`);
  await page.getByTestId('open-in-playground').click();
  await page.getByTestId('sandbox-back').click();
  await expect(learn.step).toHaveAttribute('data-step', 'named-principal');
  await page.getByTestId('view-playground').click();
  await expect(page.getByTestId('sandbox-banner')).toHaveCount(0);
  await expect(app.scenarioTitle).toHaveText(mine);
});

test('a step with console lines opens in the playground as the console left the account', async ({
  page,
}) => {
  const learn = new LearnPage(page);
  await learn.open('lesson=auditing-key-use/investigate');
  await expect(page.getByTestId('lesson-console-entry')).toHaveCount(5);
  await page.getByTestId('open-in-playground').click();
  await expect(page.getByTestId('sandbox-banner')).toBeVisible();
  const cli = new ConsolePanel(page);
  await cli.openAudit();
  // Ana's two calls, then two hours later Bob's two refused ones (sleep is not a call).
  expect(await cli.auditRows()).toEqual([
    ['DescribeKey', ''],
    ['GenerateDataKey', ''],
    ['GenerateDataKey', 'AccessDeniedException'],
    ['DescribeKey', 'AccessDeniedException'],
  ]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of the lesson player (${theme})`, async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1440, height: 1000 });
    const learn = new LearnPage(page);
    await learn.open(`lesson=${lesson.id}/give-the-account-access`);
    await expect(learn.diagram).toBeVisible();
    await page.screenshot({ path: info.outputPath(`player-${theme}.png`) });
    await learn.open(`lesson=${lesson.id}/bob-and-the-key`);
    await expect(learn.predictForm).toBeVisible();
    await page.screenshot({ path: info.outputPath(`predict-${theme}.png`) });
    await page.getByTestId('all-lessons').click();
    await page.screenshot({ path: info.outputPath(`list-${theme}.png`) });

    // The same question on a playground request, inside the lesson sandbox.
    await learn.open(`lesson=${lesson.id}/bob-and-the-key`);
    await page.getByTestId('open-in-playground').click();
    await page.getByTestId('predict-start').click();
    await page.screenshot({ path: info.outputPath(`playground-predict-${theme}.png`) });
    await learn.predict({ outcome: 'Allowed', statement: '"Everything"' });
    await page.screenshot({ path: info.outputPath(`playground-verdict-${theme}.png`) });

    // A step with a console transcript.
    const grants = lessons.find((l) => l.steps.some((s) => s.console?.length));
    const withConsole = grants?.steps.find((s) => s.console?.length);
    if (grants && withConsole) {
      await learn.open(`lesson=${grants.id}/${withConsole.id}`);
      if (withConsole.predict) await learn.predict({ outcome: 'ImplicitDeny', statement: null });
      await expect(page.getByTestId('lesson-console-entry').first()).toBeVisible();
      await page.screenshot({ path: info.outputPath(`console-${theme}.png`), fullPage: true });
    }
  });
}

test('every step of every lesson opens and shows what it expects', async ({ page }) => {
  test.setTimeout(240_000);
  const learn = new LearnPage(page);
  await page.goto('/');
  for (const l of lessons) {
    for (const step of l.steps) {
      // A hash change in an open page, as when a lesson link is pasted into the address bar.
      await page.evaluate((h) => (window.location.hash = h), `lesson=${l.id}/${step.id}`);
      await expect(learn.step).toHaveAttribute('data-step', step.id);
      await expect(learn.player).toHaveAttribute('data-lesson', l.id);
      if (step.predict) await expect(learn.predictForm).toBeVisible();
      else if (step.expect?.outcome)
        await expect(learn.decision).toHaveAttribute('data-outcome', step.expect.outcome);
      if (step.console?.length) {
        if (step.predict) {
          // The transcript would give the answer away: it waits for one.
          await expect(page.getByTestId('lesson-console-entry')).toHaveCount(0);
          await learn.predict({ outcome: 'ImplicitDeny', statement: null });
        }
        await expect(page.getByTestId('lesson-console-entry')).toHaveCount(step.console.length);
      }
      // Neither a crash nor a step whose scenario could not be built.
      await expect(page.getByTestId('crash')).toHaveCount(0);
      await expect(page.getByTestId('step-problem')).toHaveCount(0);
    }
  }
});

/** Chooses, with the arrow keys, the statement option whose label contains `text`. */
async function chooseStatementByKeyboard(page: Page, text: string): Promise<void> {
  const select = page.getByTestId('predict-statement');
  await select.focus();
  for (let i = 0; i < 60; i++) {
    const label = await select.evaluate(
      (el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '',
    );
    if (label.includes(text)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no statement option contains ${text}`);
}

/** Tabs forward until `target` has the focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the final assessment can be taken with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  const assessment = lessonById('final-assessment')!;
  const learn = new LearnPage(page);
  await learn.open(`lesson=${assessment.id}/${assessment.steps[0]!.id}`);
  for (const step of assessment.steps) {
    await expect(learn.step).toHaveAttribute('data-step', step.id);
    const want = step.expect!;
    const outcome = predicted(want);
    // The outcomes form one radio group: focus the first, then arrow to the answer.
    const radios = learn.predictForm.locator('input[type="radio"]');
    await radios.first().focus();
    const values = await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    for (let i = 0; i < values.indexOf(outcome); i++) await page.keyboard.press('ArrowDown');
    if (values.indexOf(outcome) === 0) await page.keyboard.press('Space');
    await expect(learn.predictForm.getByTestId(`predict-outcome-${outcome}`)).toBeChecked();
    await chooseStatementByKeyboard(
      page,
      want.decision === 'ImplicitDeny'
        ? 'No statement'
        : want.decidingSid
          ? `"${want.decidingSid}"`
          : 'Grant "reporter-reads-q3"',
    );
    await tabTo(page, page.getByTestId('predict-submit'));
    await page.keyboard.press('Enter');
    await expect(learn.verdict).toHaveAttribute('data-correct', 'true');
    await expect(page.getByTestId('step-reveal')).toBeVisible();
    await tabTo(page, learn.next);
    await page.keyboard.press('Enter');
  }
  await expect(learn.position).toHaveText('Checkpoint questions');
  for (const [n, c] of assessment.checkpoints.entries()) {
    const q = learn.checkpoints.nth(n);
    const right = q.getByRole('radio', { name: choiceText(c.choices[c.answer]!), exact: true });
    // Arrow keys move through the group in the order shown, from the first choice.
    await q.locator('input[type="radio"]').first().focus();
    for (let i = 0; i < 5 && !(await right.isChecked()); i++) {
      if (i === 0) await page.keyboard.press('Space');
      if (!(await right.isChecked())) await page.keyboard.press('ArrowDown');
    }
    await expect(right).toBeChecked();
    await tabTo(page, q.getByTestId('checkpoint-check'));
    await page.keyboard.press('Enter');
    await expect(q.getByTestId('checkpoint-verdict')).toHaveAttribute('data-correct', 'true');
  }
  await expect(page.getByTestId('checkpoint-score')).toHaveText(
    `${assessment.checkpoints.length} of ${assessment.checkpoints.length} right on the first try`,
  );
});

test('a final challenge is graded by the engine as the policy is edited, from the keyboard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const challenge = challengeById('let-the-app-in')!;
  const app = new PlaygroundPage(page);
  const learn = new LearnPage(page);
  await page.goto('/');
  await learn.openCourse();
  const card = page.locator(`[data-testid="challenge-card"][data-challenge="${challenge.id}"]`);
  await card.getByTestId('challenge-start').focus();
  await page.keyboard.press('Enter');
  const status = page.getByTestId('challenge-status');
  await expect(status).toHaveAttribute('data-solved', 'false');
  await expect(page.getByTestId('challenge-requirement')).toHaveCount(
    challenge.requirements.length,
  );

  // Too much: everyone gets kms:*. The allowed requests pass, the probes do not.
  await app.document('key:').first().focus();
  await page.keyboard.press('Enter');
  const start = challengeScenario(challenge).keys[0]!.policy as { Statement: unknown[] };
  const withStatement = (statement: unknown) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [...start.Statement, statement] }, null, 2);
  await replaceByKeyboard(
    page,
    app,
    withStatement({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }),
  );
  const row = (id: string) =>
    page.locator(`[data-testid="challenge-requirement"][data-request="${id}"]`);
  await expect(row('app-encrypt')).toHaveAttribute('data-ok', 'true');
  await expect(row('outsider-decrypt')).toHaveAttribute('data-ok', 'false');
  await expect(status).toHaveAttribute('data-solved', 'false');

  // Just the job: the role, its two actions.
  await replaceByKeyboard(
    page,
    app,
    withStatement({
      Sid: 'PayrollAppUsesKey',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:role/PayrollApp' },
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
    }),
  );
  await expect(status).toHaveAttribute('data-solved', 'true');
  await expect(status).toContainText('Solved');

  // Tab inserts a tab in the editor: the banner's button is reached with the focus moved to it.
  await page.getByTestId('challenge-back').focus();
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('challenge-progress')).toHaveText('✓ Solved');
});

/** Replaces the open document's text: focus the editor, select all, paste. */
async function replaceByKeyboard(page: Page, app: PlaygroundPage, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await expect(app.monaco).toBeVisible({ timeout: 20_000 });
  await app.monaco.locator('textarea').first().focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** A challenge half done (the app let in, the outsider too), at desktop and phone sizes. */
for (const theme of ['light', 'dark'] as const) {
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    test(`screenshot of a challenge and of a prediction (${theme}, ${w}×${h})`, async ({
      page,
    }, info) => {
      // Monaco, two axe runs and four screenshots: more than the default on a busy machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: w, height: h });
      const app = new PlaygroundPage(page);
      const learn = new LearnPage(page);
      await page.goto('/');
      await learn.openCourse();
      await page
        .locator('[data-testid="challenge-card"][data-challenge="let-the-app-in"]')
        .getByTestId('challenge-start')
        .click();
      await expect(page.getByTestId('challenge-status')).toBeVisible();
      if (w > 800) {
        await app.openDocument('key:');
        const start = challengeScenario(challengeById('let-the-app-in')!).keys[0]!.policy as {
          Statement: unknown[];
        };
        await replaceByKeyboard(
          page,
          app,
          JSON.stringify(
            {
              Version: '2012-10-17',
              Statement: [
                ...start.Statement,
                { Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' },
              ],
            },
            null,
            2,
          ),
        );
        await expect(
          page.locator('[data-testid="challenge-requirement"][data-request="outsider-decrypt"]'),
        ).toHaveAttribute('data-ok', 'false');
      }
      // The challenge banner and the checkpoint retry pass axe like the rest of the app.
      const serious = async () =>
        (
          await new AxeBuilder({ page }).include('[data-testid="sandbox-banner"]').analyze()
        ).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id);
      expect(await serious()).toEqual([]);
      const name = `challenge-${theme}-${w}.png`;
      await page.screenshot({ path: info.outputPath(name) });
      if (process.env.UPDATE_SCREENSHOTS && theme === 'light' && w === 1280)
        await page.screenshot({ path: 'docs/screenshots/challenge-light.png' });

      await learn.open(`lesson=${lesson.id}/bob-and-the-key`);
      await expect(learn.predictForm).toBeVisible();
      await page.screenshot({ path: info.outputPath(`predict-${theme}-${w}.png`), fullPage: true });
      await learn.predict({ outcome: 'Allowed', statement: '"Everything"' });
      await page.screenshot({ path: info.outputPath(`verdict-${theme}-${w}.png`), fullPage: true });
      await learn.open(`lesson=${lesson.id}/checkpoints`);
      const c = lesson.checkpoints[1]!;
      await learn.answerCheckpoint(1, choiceText(c.choices.find((_, i) => i !== c.answer)!));
      const axe = await new AxeBuilder({ page }).include('[data-testid="checkpoints"]').analyze();
      expect(
        axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
      ).toEqual([]);
      await page.screenshot({
        path: info.outputPath(`checkpoint-${theme}-${w}.png`),
        fullPage: true,
      });
    });
  }
}
