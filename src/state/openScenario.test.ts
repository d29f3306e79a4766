import { describe, expect, it } from 'vitest';
import { firstExample, richScenario, testStore } from './testing';

describe('opening an example or a file over unsaved work', () => {
  it('opens at once when nothing is unsaved', () => {
    const { store } = testStore();
    store.getState().openScenario(richScenario(), 'example');
    expect(store.getState().scenario.title).toBe('Everything');
    expect(store.getState().pendingLink).toBeNull();
  });

  it('asks first when the work is edited; keeping it keeps it, accepting opens', () => {
    const { store } = testStore({ scenario: firstExample() });
    store.getState().updateScenario((s) => ({ ...s, title: 'Mine' }));
    expect(store.getState().dirty).toBe(true);
    store.getState().openScenario(richScenario(), 'file');
    expect(store.getState().pendingLink).toMatchObject({ title: 'Everything', origin: 'file' });
    store.getState().confirmPendingLink(false);
    expect(store.getState().scenario.title).toBe('Mine');
    store.getState().openScenario(richScenario(), 'example');
    store.getState().confirmPendingLink(true);
    expect(store.getState().scenario.title).toBe('Everything');
    store.getState().undo();
    expect(store.getState().scenario.title).toBe('Mine');
  });
});
