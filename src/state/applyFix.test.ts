/**
 * Applying a proposed fix from the decision panel (issue 10): one undoable edit that makes the
 * request Allowed, opens the changed document with the change marked, and Undo restores it.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../scenario';
import { previewFix } from './fixPreview';
import { proposeFixes } from '../fixes';
import { selectAppliedFix, selectHighlightsFor } from './selectors';
import { testStore } from './testing';

/** Every example request the engine denies with AccessDeniedException. */
const denied = examples.flatMap((e) =>
  e.scenario.requests.map((_, i) => ({ example: e, index: i })),
);

describe('applyFix', () => {
  it('makes each denied example request Allowed, marks the change and undoes in one step', () => {
    let tried = 0;
    for (const { example, index } of denied) {
      const { store } = testStore({ scenario: example.scenario });
      store.getState().selectRequest(index);
      const before = store.getState().scenario;
      if (store.getState().evaluation.results[index]?.outcome !== 'AccessDeniedException') continue;
      const [fix] = proposeFixes(store.getState().scenario, index);
      expect(fix, `${example.id} #${index}`).toBeDefined();
      if (!fix) continue;
      tried++;
      const preview = previewFix(before, fix);
      expect(preview.ok).toBe(true);
      if (!preview.ok) continue;
      expect(preview.changes.length).toBeGreaterThan(0);
      for (const c of preview.changes) expect(c.after).not.toBe(c.before);

      store.getState().applyFix(fix);
      const s = store.getState();
      expect(s.evaluation.results[index]?.outcome, `${example.id} #${index}`).toBe('Allowed');
      expect(s.selectedRequest).toBe(index);
      expect(s.selectedDocument).toBe(preview.changes[0]?.document);
      expect(selectAppliedFix(s)?.summary).toBe(fix.summary);
      const marks = selectHighlightsFor(s.selectedDocument)(s).filter((h) => h.role === 'changed');
      expect(marks.length).toBeGreaterThan(0);

      s.undo();
      expect(store.getState().scenario).toBe(before);
      expect(selectAppliedFix(store.getState())).toBeNull();
    }
    expect(tried).toBeGreaterThan(2);
  });

  it('a fix that no longer applies changes nothing and says so beside the editor', () => {
    const example = examples.find((e) => e.scenario.requests.length > 0)!;
    const { store } = testStore({ scenario: example.scenario });
    const before = store.getState().scenario;
    store.getState().applyFix({
      id: 'stale',
      rank: 1,
      kind: 'keyPolicyStatement',
      routes: ['keyPolicy'],
      summary: 'A stale fix.',
      patch: [{ op: 'replace', path: '/keys/99/policy', value: {} }],
      documents: [],
      sideEffects: [],
      privilege: 1,
    });
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().notices.at(-1)).toMatchObject({ level: 'error', place: 'editor' });
  });
});
