import { describe, expect, it } from 'vitest';
import { encodeScenarioText } from '../scenario';
import { STORAGE_KEY, createMemoryStorage } from './persistence';
import { firstExample, richScenario, testStore, throwingStorage } from './testing';

const KEY = 'key:7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

describe('persistence', () => {
  it('autosaves after the debounce and restores scenario, drafts, selection, theme and panes', () => {
    const first = testStore({ scenario: richScenario() });
    const { store, timers, storage } = first;
    store.getState().updateScenario((s) => ({ ...s, title: 'Saved work' }));
    store.getState().setDocumentText('grant:g1', '{ "grantId": ');
    store.getState().selectRequest(1);
    store.getState().selectDocument('vpce:vpce-1');
    store.getState().setTheme('dark');
    store.getState().setPane('explorer', 333);
    expect(storage.data.size).toBe(0);
    expect(timers.pending()).toBe(1); // one debounced save for all those changes
    timers.runAll();
    expect(storage.data.has(STORAGE_KEY)).toBe(true);

    const second = testStore({ storage });
    const s = second.store.getState();
    expect(s.scenario).toEqual(store.getState().scenario);
    expect(s.drafts['grant:g1']?.text).toBe('{ "grantId": ');
    expect(s.drafts['grant:g1']?.error?.message).toBe('expected a value');
    expect(s).toMatchObject({
      selectedRequest: 1,
      selectedDocument: 'vpce:vpce-1',
      theme: 'dark',
      panes: { explorer: 333 },
      dirty: true,
      notices: [],
    });
  });

  it('does not save when nothing persisted changed; flush writes at once', () => {
    const { store, timers, storage } = testStore();
    store.getState().play();
    store.getState().notify({ level: 'info', place: 'app', message: 'hi' });
    expect(timers.pending()).toBe(0);
    store.getState().setTheme('light');
    store.flush();
    expect(timers.pending()).toBe(0);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toMatchObject({ theme: 'light' });
  });

  it('starts from the first example with a warning when the saved value is corrupt', () => {
    for (const saved of ['not json', '{"version":1,"scenario":42}', '[]']) {
      const { store } = testStore({ storage: createMemoryStorage({ [STORAGE_KEY]: saved }) });
      expect(store.getState().scenario).toBe(firstExample());
      expect(store.getState().drafts).toEqual({});
      expect(store.getState().notices).toHaveLength(1);
      expect(store.getState().notices[0]).toMatchObject({ level: 'warning', place: 'storage' });
    }
  });

  it('keeps an undecodable saved scenario as a draft of the scenario document', () => {
    const text = encodeScenarioText(firstExample()).replace('"version": 1', '"version": 99');
    const saved = JSON.stringify({
      version: 1,
      scenario: text,
      theme: 'dark',
      panes: { explorer: 1 },
    });
    const { store } = testStore({ storage: createMemoryStorage({ [STORAGE_KEY]: saved }) });
    const s = store.getState();
    expect(s.scenario).toBe(firstExample());
    expect(s.drafts['scenario']?.text).toBe(text);
    expect(s.notices[0]?.message).toMatch(/could not be restored/);
    expect(s.theme).toBe('dark');
    expect(s.panes.explorer).toBe(160); // clamped to the minimum
  });

  it('drops saved drafts and selections that do not fit the scenario', () => {
    const saved = JSON.stringify({
      version: 1,
      scenario: encodeScenarioText(firstExample()),
      drafts: {
        'grant:gone': { text: 'x', error: null },
        [KEY]: { text: '{', error: { message: 'm', line: 1, column: 2 } },
        bad: 3,
      },
      selection: { document: 'vpce:gone', request: 42 },
    });
    const { store } = testStore({ storage: createMemoryStorage({ [STORAGE_KEY]: saved }) });
    expect(Object.keys(store.getState().drafts)).toEqual([KEY]);
    expect(store.getState().selectedDocument).toBe(KEY);
    expect(store.getState().selectedRequest).toBe(3);
  });

  it('keeps working with one warning when storage throws or is missing', () => {
    const { store, timers } = testStore({ storage: throwingStorage() });
    expect(store.getState().scenario).toBe(firstExample());
    store.getState().updateScenario((s) => ({ ...s, title: 'a' }));
    timers.runAll();
    store.getState().updateScenario((s) => ({ ...s, title: 'b' }));
    timers.runAll();
    expect(store.getState().scenario.title).toBe('b');
    expect(store.getState().notices.filter((n) => n.place === 'storage')).toHaveLength(1);

    const full = createMemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const second = testStore({ storage: full });
    expect(second.store.getState().notices).toEqual([]);
    second.store.getState().setTheme('dark');
    second.timers.runAll();
    second.store.getState().setTheme('light');
    second.timers.runAll();
    expect(second.store.getState().notices).toHaveLength(1);
    expect(second.store.getState().notices[0]?.place).toBe('storage');

    const missing = testStore({ storage: null });
    expect(missing.store.getState().notices).toHaveLength(1);
    missing.store.getState().setTheme('dark');
    missing.timers.runAll();
    expect(missing.store.getState().notices).toHaveLength(1);
  });
});
