/**
 * Instructor mode's keys: one table drives both the handler and the `?` help, so the help never
 * lists a key that does nothing. Pure, so the map is unit-tested without a browser.
 */

/** What a key does in instructor mode. */
export type PresentAction =
  | 'stepForward'
  | 'stepBack'
  | 'stepHome'
  | 'stepEnd'
  | 'vote'
  | 'reveal'
  | 'nextSlide'
  | 'previousSlide'
  | 'help'
  | 'exit';

/** The keys, as the help lists them. */
export const PRESENT_KEYS: readonly { keys: string[]; action: PresentAction; label: string }[] = [
  { keys: ['→', 'Space'], action: 'stepForward', label: 'Next step of the decision path' },
  { keys: ['←'], action: 'stepBack', label: 'Previous step' },
  { keys: ['Home', 'End'], action: 'stepHome', label: 'First step / last step' },
  { keys: ['V'], action: 'vote', label: 'Pause for the room to vote (hides the outcome)' },
  { keys: ['Enter', 'Space'], action: 'reveal', label: 'Reveal the outcome after the vote' },
  { keys: ['PageDown', 'N'], action: 'nextSlide', label: 'Next slide' },
  { keys: ['PageUp', 'P'], action: 'previousSlide', label: 'Previous slide' },
  { keys: ['?'], action: 'help', label: 'Show or hide these keys' },
  { keys: ['Esc'], action: 'exit', label: 'Close this help, or leave instructor mode' },
];

const BY_KEY: Record<string, PresentAction> = {
  ArrowRight: 'stepForward',
  ' ': 'stepForward',
  ArrowLeft: 'stepBack',
  Home: 'stepHome',
  End: 'stepEnd',
  v: 'vote',
  V: 'vote',
  Enter: 'reveal',
  PageDown: 'nextSlide',
  n: 'nextSlide',
  N: 'nextSlide',
  PageUp: 'previousSlide',
  p: 'previousSlide',
  P: 'previousSlide',
  '?': 'help',
  Escape: 'exit',
};

/** A key press as far as the map cares. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * The action for a key press, or null. While the room votes, Space reveals (as Enter does);
 * Enter does nothing outside a vote. Presses with Ctrl, Cmd or Alt belong to the browser.
 */
export function presentAction(press: KeyPress, voting: boolean): PresentAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const action = BY_KEY[press.key] ?? null;
  if (voting && press.key === ' ') return 'reveal';
  if (action === 'reveal' && !voting) return null;
  return action;
}

/** True when focus is where keys mean typing or pressing a control, not stepping the deck. */
export function typingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** Space and Enter on a focused button or link press it; the deck keys leave those alone. */
export function activatesControl(target: EventTarget | null, key: string): boolean {
  if (key !== ' ' && key !== 'Enter') return false;
  return target instanceof Element && target.closest('button, a[href], summary') !== null;
}
