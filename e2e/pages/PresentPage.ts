import { expect } from '@playwright/test';
import { withTestIds } from './testIds';

/** Instructor mode: the projector view, its deck editor and keys. */
export class PresentPage extends withTestIds({
  root: 'present-view',
  slideNumber: 'slide-number',
  slideTitle: 'slide-title',
  step: 'present-step',
  voteBanner: 'vote-banner',
  decision: 'present-decision',
  explanation: 'present-explanation',
  deckEditor: 'deck-editor',
  deckSlides: 'deck-slide',
}) {
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
