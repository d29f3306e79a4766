import { describe, expect, it } from 'vitest';
import { PRESENT_KEYS, presentAction } from './keymap';

describe('instructor mode keys', () => {
  it('steps the path with the arrows, Space, Home and End', () => {
    expect(presentAction({ key: 'ArrowRight' }, false)).toBe('stepForward');
    expect(presentAction({ key: ' ' }, false)).toBe('stepForward');
    expect(presentAction({ key: 'ArrowLeft' }, false)).toBe('stepBack');
    expect(presentAction({ key: 'Home' }, false)).toBe('stepHome');
    expect(presentAction({ key: 'End' }, false)).toBe('stepEnd');
  });

  it('reveals with Enter or Space only during a vote', () => {
    expect(presentAction({ key: 'v' }, false)).toBe('vote');
    expect(presentAction({ key: 'Enter' }, true)).toBe('reveal');
    expect(presentAction({ key: ' ' }, true)).toBe('reveal');
    expect(presentAction({ key: 'Enter' }, false)).toBeNull();
    expect(presentAction({ key: 'ArrowRight' }, true)).toBe('stepForward');
  });

  it('moves between slides with PageDown/PageUp and N/P', () => {
    for (const key of ['PageDown', 'n', 'N'])
      expect(presentAction({ key }, false)).toBe('nextSlide');
    for (const key of ['PageUp', 'p', 'P'])
      expect(presentAction({ key }, false)).toBe('previousSlide');
  });

  it('shows help with ? and leaves with Esc', () => {
    expect(presentAction({ key: '?' }, false)).toBe('help');
    expect(presentAction({ key: 'Escape' }, true)).toBe('exit');
  });

  it('leaves browser shortcuts alone', () => {
    expect(presentAction({ key: 'p', ctrlKey: true }, false)).toBeNull();
    expect(presentAction({ key: 'ArrowRight', altKey: true }, false)).toBeNull();
    expect(presentAction({ key: 'n', metaKey: true }, false)).toBeNull();
    expect(presentAction({ key: 'x' }, false)).toBeNull();
  });

  it('lists in the help only keys that do something', () => {
    const names: Record<string, string> = {
      '→': 'ArrowRight',
      '←': 'ArrowLeft',
      Space: ' ',
      Esc: 'Escape',
    };
    for (const row of PRESENT_KEYS) {
      for (const key of row.keys) {
        const voting = row.action === 'reveal';
        expect(presentAction({ key: names[key] ?? key }, voting), key).not.toBeNull();
      }
    }
  });
});
