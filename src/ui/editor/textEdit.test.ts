import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalEdit } from './textEdit';

const apply = (text: string, edit: ReturnType<typeof minimalEdit>) =>
  edit ? text.slice(0, edit.start) + edit.text + text.slice(edit.end) : text;

describe('minimalEdit', () => {
  it('is null for equal texts, so the cursor stays untouched', () => {
    expect(minimalEdit('{"a":1}', '{"a":1}')).toBeNull();
  });

  it('replaces only the changed middle', () => {
    expect(minimalEdit('{"Effect":"Allow"}', '{"Effect":"Deny"}')).toEqual({
      start: 11,
      end: 16,
      text: 'Deny',
    });
    expect(minimalEdit('abc', 'abXc')).toEqual({ start: 2, end: 2, text: 'X' });
  });

  it('never splits a surrogate pair', () => {
    const edit = minimalEdit('a😀b', 'a😁b');
    expect(edit).toEqual({ start: 1, end: 3, text: '😁' });
  });

  it('always turns the old text into the new one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(apply(a, minimalEdit(a, b))).toBe(b);
      }),
    );
  });
});
