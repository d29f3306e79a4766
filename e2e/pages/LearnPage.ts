import { expect, type Locator, type Page } from '@playwright/test';

/** A prediction as the learner enters it; `statement` is the text of a statement choice. */
export interface PredictAnswer {
  verdict: 'Allowed' | 'Denied';
  kind?: 'explicit' | 'implicit';
  /** Part of the statement choice's label, or null for "No statement matched". */
  statement: string | null;
}

/** The course screen and the prediction quiz, as a user sees them: roles, labels and test ids. */
export class LearnPage {
  readonly view: Locator;
  readonly cards: Locator;
  readonly continueButton: Locator;
  readonly player: Locator;
  readonly step: Locator;
  readonly position: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  readonly predictForm: Locator;
  readonly verdict: Locator;
  readonly decision: Locator;
  readonly diagram: Locator;
  readonly checkpoints: Locator;
  readonly quizScore: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId('learn-view');
    this.cards = page.getByTestId('lesson-card');
    this.continueButton = page.getByTestId('continue');
    this.player = page.getByTestId('lesson-player');
    this.step = page.getByTestId('lesson-step');
    this.position = page.getByTestId('step-position');
    this.next = page.getByTestId('step-next');
    this.previous = page.getByTestId('step-prev');
    this.predictForm = page.getByTestId('predict-form');
    this.verdict = page.getByTestId('predict-verdict');
    this.decision = page.getByTestId('decision-result');
    this.diagram = page.getByTestId('decision-diagram');
    this.checkpoints = page.getByTestId('checkpoint');
    this.quizScore = page.getByTestId('quiz-score');
  }

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
    await form.getByRole('radio', { name: answer.verdict, exact: true }).check();
    if (answer.kind === 'explicit') await form.getByRole('radio', { name: /^Explicitly/ }).check();
    if (answer.kind === 'implicit') await form.getByRole('radio', { name: /^Implicitly/ }).check();
    const select = form.getByTestId('predict-statement');
    if (answer.statement === null) {
      await select.selectOption({ label: 'No statement matched' });
    } else {
      const options = await select.locator('option').allTextContents();
      const label = options.find((o) => o.includes(answer.statement!));
      expect(label, `a statement choice containing ${answer.statement}`).toBeDefined();
      await select.selectOption({ label: label! });
    }
    await form.getByRole('button', { name: 'Reveal the decision' }).click();
  }

  /** Answers checkpoint `n` (0-based) with the choice whose text is `choice`. */
  async answerCheckpoint(n: number, choice: string): Promise<Locator> {
    const q = this.checkpoints.nth(n);
    await q.getByRole('radio', { name: choice, exact: true }).check();
    await q.getByRole('button', { name: 'Check my answer' }).click();
    const verdict = q.getByTestId('checkpoint-verdict');
    await expect(verdict).toBeVisible();
    return verdict;
  }
}
