/** JSON Patch (RFC 6902) add/replace/remove over JSON Pointers (RFC 6901), as lessons use them. */
import { describe, expect, it } from 'vitest';
import { applyChanges, parsePointer } from './patch';

describe('parsePointer (RFC 6901)', () => {
  it('splits on / and unescapes ~1 then ~0', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/a/b~1c/~01')).toEqual(['a', 'b/c', '~1']);
  });
  it('rejects a pointer that does not start with /', () => {
    expect(() => parsePointer('a/b')).toThrow(/not a JSON Pointer/);
  });
});

describe('applyChanges (RFC 6902 add, replace, remove)', () => {
  const doc = { keys: [{ policy: { Statement: [{ Sid: 'A' }, { Sid: 'B' }] } }], title: 't' };

  it('appends with "-", inserts at an index, and never mutates the input', () => {
    const out = applyChanges(doc, [
      { op: 'add', path: '/keys/0/policy/Statement/-', value: { Sid: 'C' } },
      { op: 'add', path: '/keys/0/policy/Statement/0', value: { Sid: 'Z' } },
    ]) as typeof doc;
    expect(out.keys[0]?.policy.Statement.map((s) => s.Sid)).toEqual(['Z', 'A', 'B', 'C']);
    expect(doc.keys[0]?.policy.Statement.map((s) => s.Sid)).toEqual(['A', 'B']);
  });

  it('replaces and removes array elements and object members', () => {
    const out = applyChanges(doc, [
      { op: 'replace', path: '/keys/0/policy/Statement/1', value: { Sid: 'B2' } },
      { op: 'remove', path: '/keys/0/policy/Statement/0' },
      { op: 'remove', path: '/title' },
      { op: 'add', path: '/description', value: 'd' },
    ]);
    expect(out).toEqual({ keys: [{ policy: { Statement: [{ Sid: 'B2' }] } }], description: 'd' });
  });

  it('reports a path that does not exist instead of guessing', () => {
    expect(() => applyChanges(doc, [{ op: 'remove', path: '/keys/3' }])).toThrow(/out of range/);
    expect(() => applyChanges(doc, [{ op: 'replace', path: '/nope', value: 1 }])).toThrow(
      /does not exist/,
    );
    expect(() => applyChanges(doc, [{ op: 'add', path: '/keys/x/y', value: 1 }])).toThrow(
      /not an array index/,
    );
    expect(() => applyChanges(doc, [{ op: 'add', path: '/missing/y', value: 1 }])).toThrow(
      /parent does not exist/,
    );
  });

  it('keeps a later change from aliasing an earlier value', () => {
    const value = { Sid: 'shared' };
    const out = applyChanges({ a: [] }, [
      { op: 'add', path: '/a/-', value },
      { op: 'add', path: '/a/-', value },
    ]) as { a: { Sid: string }[] };
    expect(out.a[0]).not.toBe(out.a[1]);
  });
});
