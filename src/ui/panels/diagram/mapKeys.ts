/**
 * The decision map's keys: one table drives the handler and the keyboard help, so the help never
 * lists a key that does nothing.
 */

/** What a key does with focus in the decision map. */
export type MapAction =
  'playPause' | 'stepForward' | 'stepBack' | 'restart' | 'finish' | 'focus' | 'leave';

/** The keys, as the help lists them. */
export const MAP_KEYS: readonly { keys: string[]; label: string }[] = [
  { keys: ['Space'], label: 'Play or pause the decision' },
  { keys: ['→', '←'], label: 'Next / previous step' },
  { keys: ['Home', 'End'], label: 'First step / the decision' },
  { keys: ['F'], label: 'Focus view: the map fills the work area (anywhere outside a text field)' },
  { keys: ['Esc'], label: 'Leave the focus view' },
  { keys: ['Enter'], label: 'On a gate or route: show or hide its statements and values' },
];

const BY_KEY: Record<string, MapAction> = {
  ' ': 'playPause',
  ArrowRight: 'stepForward',
  ArrowLeft: 'stepBack',
  Home: 'restart',
  End: 'finish',
  f: 'focus',
  F: 'focus',
  Escape: 'leave',
};

/** The action for a key press in the map, or null (modifier chords are left to the browser). */
export function mapAction(e: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}): MapAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return BY_KEY[e.key] ?? null;
}
