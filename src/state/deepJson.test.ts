/**
 * Pathologically deep JSON (hardening issue: 10,000 levels) typed into the editor or pasted never
 * throws: it becomes a positioned message, the text is kept as a draft, the scenario is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH } from '../scenario';
import { parseJson, positionOf } from './parse';
import { testStore } from './testing';

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

describe('deep JSON', () => {
  it('parseJson refuses nesting past the limit with a position, for arrays and objects', () => {
    for (const text of [deep(10_000), deepObject(10_000), deep(MAX_NESTING_DEPTH + 1)]) {
      const r = parseJson(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.message).toMatch(/deeper than the limit of 64/);
        expect(r.error.line).toBe(1);
        expect(r.error.column).toBeGreaterThan(1);
      }
    }
    expect(parseJson(deep(MAX_NESTING_DEPTH)).ok).toBe(true);
    expect(positionOf(deep(10_000), [0, 0])).toEqual({ line: 1, column: 1 });
  });

  it('typed into a document, it stays as a draft with its error and the scenario is unchanged', () => {
    const { store } = testStore();
    const before = store.getState().scenario;
    const id = store.getState().selectedDocument;
    const text = deepObject(10_000);
    store.getState().setDocumentText(id, text);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().drafts[id]?.text).toBe(text);
    expect(store.getState().drafts[id]?.error?.message).toMatch(/deeper than the limit/);
  });

  it('pasted, it is refused with a notice and the scenario is unchanged', () => {
    const { store } = testStore();
    const before = store.getState().scenario;
    expect(() => store.getState().pasteText(deep(10_000))).not.toThrow();
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().notices.at(-1)?.level).toBe('error');
  });
});
