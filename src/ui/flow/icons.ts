/** Text glyphs for tones: shapes differ too, so colour is never the only cue. */
import type { Tone } from './types';

/** A glyph per tone (decorative: the status text says the same). */
export const TONE_ICON: Record<Tone, string> = {
  allow: '✓',
  pass: '✓',
  explicitDeny: '⊘',
  implicitDeny: '○',
  fail: '✗',
  neutral: '·',
};
