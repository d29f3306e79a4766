/** The route step that shows a lesson's checkpoint questions (`#lesson=<id>/checkpoints`). */
export const CHECKPOINTS = 'checkpoints';

/** Set by "Show me" so the step it opens shows its decision at once instead of asking first. */
const reveal = { next: false };

/** Asks the next step opened to show its decision rather than ask for a prediction. */
export function revealNextStep(): void {
  reveal.next = true;
}

/** Whether the step being opened should skip its prediction (read once). */
export function takeReveal(): boolean {
  const next = reveal.next;
  reveal.next = false;
  return next;
}
