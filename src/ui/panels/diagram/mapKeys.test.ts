import { describe, expect, it } from 'vitest';
import { MAP_KEYS, mapAction } from './mapKeys';

describe('mapAction', () => {
  it('maps the playback keys, F for the focus view and Esc to leave it', () => {
    expect(mapAction({ key: ' ' })).toBe('playPause');
    expect(mapAction({ key: 'ArrowRight' })).toBe('stepForward');
    expect(mapAction({ key: 'ArrowLeft' })).toBe('stepBack');
    expect(mapAction({ key: 'Home' })).toBe('restart');
    expect(mapAction({ key: 'End' })).toBe('finish');
    expect(mapAction({ key: 'f' })).toBe('focus');
    expect(mapAction({ key: 'F' })).toBe('focus');
    expect(mapAction({ key: 'Escape' })).toBe('leave');
  });

  it('leaves chords and other keys alone', () => {
    expect(mapAction({ key: 'f', ctrlKey: true })).toBeNull();
    expect(mapAction({ key: 'x' })).toBeNull();
  });

  it('documents the focus view key in the help', () => {
    expect(MAP_KEYS.some((k) => k.keys.includes('F') && /Focus view/.test(k.label))).toBe(true);
  });
});
