import { describe, expect, it } from 'vitest';
import { applyPatch, pointer } from './patch';

describe('applyPatch (RFC 6902 add/replace/remove over RFC 6901 pointers)', () => {
  it('escapes "~" and "/" in tokens (RFC 6901)', () => {
    expect(pointer('Condition', 'StringEquals', 'aws:ResourceTag/a~b')).toBe(
      '/Condition/StringEquals/aws:ResourceTag~1a~0b',
    );
    expect(applyPatch({ a: {} }, [{ op: 'add', path: pointer('a', 'x/y~z'), value: 1 }])).toEqual({
      a: { 'x/y~z': 1 },
    });
  });

  it('adds to arrays with "-" and by index, replaces and removes, without changing the input', () => {
    const input = { list: [1, 2], keep: { deep: [0] }, gone: true };
    const out = applyPatch(input, [
      { op: 'add', path: '/list/-', value: 3 },
      { op: 'add', path: '/list/0', value: 0 },
      { op: 'replace', path: '/list/1', value: 9 },
      { op: 'remove', path: '/gone' },
    ]);
    expect(out).toEqual({ list: [0, 9, 2, 3], keep: { deep: [0] } });
    expect(input).toEqual({ list: [1, 2], keep: { deep: [0] }, gone: true });
    expect((out as typeof input).keep).toBe(input.keep);
  });

  it('refuses paths that do not exist instead of guessing', () => {
    expect(() => applyPatch({ a: [] }, [{ op: 'replace', path: '/a/0', value: 1 }])).toThrow(
      /out of range/,
    );
    expect(() => applyPatch({}, [{ op: 'add', path: '/a/b', value: 1 }])).toThrow(/does not exist/);
    expect(() => applyPatch({}, [{ op: 'remove', path: '/a' }])).toThrow(/does not exist/);
  });
});
