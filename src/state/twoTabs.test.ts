/**
 * Two tabs of the app share one saved workspace: what one tab saves reaches the other (undoably,
 * with a notice), an idle tab never writes over the other's work, not even when it closes.
 */
import { describe, expect, it } from 'vitest';
import {
  createMemoryStorage,
  STORAGE_KEY,
  type StorageEvents,
  type StorageLike,
} from './persistence';
import { testStore } from './testing';

/** One localStorage seen by several tabs: a write in one tab fires `storage` in the others. */
function sharedStorage() {
  const data = createMemoryStorage();
  const listeners = new Set<{ tab: number; fn: (k: string | null, v: string | null) => void }>();
  const tab = (id: number): { storage: StorageLike; storageEvents: StorageEvents } => ({
    storage: {
      getItem: (k) => data.getItem(k),
      setItem(k, v) {
        data.setItem(k, v);
        for (const l of listeners) if (l.tab !== id) l.fn(k, v);
      },
    },
    storageEvents: {
      subscribe(fn) {
        const entry = { tab: id, fn };
        listeners.add(entry);
        return () => listeners.delete(entry);
      },
    },
  });
  return { data, tab };
}

describe('two tabs', () => {
  it("a save in one tab replaces the other's workspace, undoably and with a notice", () => {
    const shared = sharedStorage();
    const a = testStore(shared.tab(1));
    const b = testStore(shared.tab(2));
    a.store.getState().updateScenario((s) => ({ ...s, title: 'Edited in A' }));
    a.timers.runAll();
    expect(b.store.getState().scenario.title).toBe('Edited in A');
    expect(b.store.getState().notices.at(-1)).toMatchObject({ place: 'storage' });
    expect(b.store.getState().notices.at(-1)?.message).toMatch(/another tab/);
    // Adopting theirs is not a change of this tab's: nothing is written back.
    expect(b.timers.pending()).toBe(0);
    b.store.getState().undo();
    expect(b.store.getState().scenario.title).not.toBe('Edited in A');
  });

  it("an idle tab that closes does not write over the other tab's saved work", () => {
    const shared = sharedStorage();
    const a = testStore(shared.tab(1));
    const b = testStore({ ...shared.tab(2), storageEvents: null }); // b never hears of a's save
    a.store.getState().updateScenario((s) => ({ ...s, title: 'Only in A' }));
    a.timers.runAll();
    b.store.flush(); // page hide in the idle tab
    b.store.destroy();
    expect(JSON.parse(shared.data.data.get(STORAGE_KEY)!).scenario).toContain('Only in A');
  });

  it("a pending edit in this tab gives way to the other tab's newer save (and Undo brings it back)", () => {
    const shared = sharedStorage();
    const a = testStore(shared.tab(1));
    const b = testStore(shared.tab(2));
    b.store.getState().updateScenario((s) => ({ ...s, title: 'B, not yet saved' }));
    a.store.getState().updateScenario((s) => ({ ...s, title: 'A, saved' }));
    a.timers.runAll();
    b.timers.runAll();
    expect(b.store.getState().scenario.title).toBe('A, saved');
    expect(JSON.parse(shared.data.data.get(STORAGE_KEY)!).scenario).toContain('A, saved');
    b.store.getState().undo();
    expect(b.store.getState().scenario.title).toBe('B, not yet saved');
  });
});
