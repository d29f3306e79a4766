import { expect, type Locator } from '@playwright/test';
import type { PredictedOutcome } from '../../src/lessons/predict';
import { withTestIds } from './testIds';

/** A prediction as the learner enters it; `statement` is the text of a statement choice. */
export interface PredictAnswer {
  /** What KMS answers: Allowed, ImplicitDeny, ExplicitDeny or an error code. */
  outcome: PredictedOutcome;
  /** Part of the statement choice's label, or null for "No statement: nothing matched". */
  statement: string | null;
}

/** The course screen and the prediction quiz, as a user sees them: roles, labels and test ids. */
export class LearnPage extends withTestIds({
  view: 'learn-view',
  cards: 'lesson-card',
  continueButton: 'continue',
  player: 'lesson-player',
  step: 'lesson-step',
  position: 'step-position',
  next: 'step-next',
  previous: 'step-prev',
  predictForm: 'predict-form',
  verdict: 'predict-verdict',
  decision: 'decision-result',
  diagram: 'decision-diagram',
  checkpoints: 'checkpoint',
  quizScore: 'quiz-score',
}) {
  /** Opens the app at a fragment (e.g. `lesson=<id>/<step>`) and waits for the course. */
  async open(fragment: string): Promise<void> {
    await this.page.goto(`/#${fragment}`);
    await expect(this.view).toBeVisible();
  }

  /** From any screen, the course's lesson list. */
  async openCourse(): Promise<void> {
    await this.page.getByTestId('view-learn').click();
    await expect(this.view).toBeVisible();
  }

  card(lessonId: string): Locator {
    return this.page.locator(`[data-testid="lesson-card"][data-lesson="${lessonId}"]`);
  }

  /** Fills in the prediction form on screen and reveals the decision. */
  async predict(answer: PredictAnswer): Promise<void> {
    const form = this.predictForm;
    await form.getByTestId(`predict-outcome-${answer.outcome}`).check();
    const select = form.getByTestId('predict-statement');
    if (answer.statement === null) {
      await select.selectOption({ label: 'No statement: nothing matched' });
    } else {
      const options = await select.locator('option').allTextContents();
      const label = options.find((o) => o.includes(answer.statement!));
      expect(label, `a statement choice containing ${answer.statement}`).toBeDefined();
      await select.selectOption({ label: label! });
    }
    await form.getByRole('button', { name: 'Reveal the answer' }).click();
  }

  /** Answers checkpoint `n` (0-based) with the choice whose text is `choice` (again, after a miss). */
  async answerCheckpoint(n: number, choice: string): Promise<Locator> {
    const q = this.checkpoints.nth(n);
    await q.getByRole('radio', { name: choice, exact: true }).check();
    await q.getByTestId('checkpoint-check').click();
    const verdict = q.getByTestId('checkpoint-verdict');
    await expect(verdict).toBeVisible();
    return verdict;
  }
}
