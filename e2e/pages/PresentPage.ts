import { expect, type Locator, type Page } from '@playwright/test';

/** Instructor mode: the projector view, its deck editor and keys. */
export class PresentPage {
  readonly root: Locator;
  readonly slideNumber: Locator;
  readonly slideTitle: Locator;
  readonly step: Locator;
  readonly voteBanner: Locator;
  readonly decision: Locator;
  readonly explanation: Locator;
  readonly deckEditor: Locator;
  readonly deckSlides: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('present-view');
    this.slideNumber = page.getByTestId('slide-number');
    this.slideTitle = page.getByTestId('slide-title');
    this.step = page.getByTestId('present-step');
    this.voteBanner = page.getByTestId('vote-banner');
    this.decision = page.getByTestId('present-decision');
    this.explanation = page.getByTestId('present-explanation');
    this.deckEditor = page.getByTestId('deck-editor');
    this.deckSlides = page.getByTestId('deck-slide');
  }

  /** Opens a deck link (`deck=1.…`) as a fresh page load and waits for the first slide. */
  async openDeck(fragment: string): Promise<void> {
    await this.page.goto('about:blank');
    await this.page.goto(`/#${fragment.replace(/^#/, '')}`);
    await expect(this.root).toBeVisible();
    await expect(this.slideNumber).toContainText('Slide 1 of');
  }

  /** "Step n of N" as numbers. */
  async stepCount(): Promise<{ at: number; of: number }> {
    const text = (await this.step.textContent()) ?? '';
    const m = /Step (\d+) of (\d+)/.exec(text);
    if (!m) throw new Error(`no step count in "${text}"`);
    return { at: Number(m[1]), of: Number(m[2]) };
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }
}
