import { describe, expect, it } from 'vitest';
import { DEFAULT_PANES } from './uiSlice';
import { watchShareLinks } from './browser';
import { parseJson, positionOf } from './parse';
import { richScenario, testStore } from './testing';

describe('ui slice', () => {
  it('clamps pane sizes to sane limits and sets the theme', () => {
    const { store } = testStore();
    store.getState().setPane('explorer', 10);
    store.getState().setPane('editor', 1e9);
    store.getState().setPane('bottom', Number.NaN);
    expect(store.getState().panes).toEqual({
      explorer: 160,
      editor: 2400,
      bottom: DEFAULT_PANES.bottom,
    });
    store.getState().setTheme('dark');
    expect(store.getState().theme).toBe('dark');
  });

  it('shows a notice once per place and message, and dismisses by id', () => {
    const { store } = testStore();
    const n = { level: 'warning', place: 'app', message: 'careful' } as const;
    store.getState().notify(n);
    store.getState().notify(n);
    store.getState().notify({ ...n, place: 'editor' });
    const notices = store.getState().notices;
    expect(notices).toHaveLength(2);
    expect(new Set(notices.map((x) => x.id)).size).toBe(2);
    store.getState().dismiss(notices[0]!.id);
    expect(store.getState().notices).toEqual([notices[1]]);
  });

  it('acts only on the latest of two links opened in quick succession', async () => {
    const a = testStore({ scenario: richScenario() });
    await a.store.getState().copyShareLink();
    const { store } = testStore();
    const first = store.getState().openShareFragment(a.location.hash());
    const second = store.getState().openShareFragment('#s=1.!!!');
    await Promise.all([first, second]);
    expect(store.getState().scenario.title).not.toBe('Everything');
    expect(store.getState().notices.at(-1)?.place).toBe('share');
  });

  it('watchShareLinks opens the link in the URL now and on hashchange', async () => {
    const a = testStore({ scenario: richScenario() });
    await a.store.getState().copyShareLink();
    const { store } = testStore();
    const listeners: (() => void)[] = [];
    const target = {
      location: { hash: '' },
      addEventListener: (_: string, fn: () => void) => listeners.push(fn),
      removeEventListener: () => listeners.pop(),
    };
    const stop = watchShareLinks(store, target as unknown as Window);
    target.location.hash = a.location.hash();
    listeners[0]?.();
    await new Promise((r) => setTimeout(r, 20));
    expect(store.getState().scenario.title).toBe('Everything');
    stop();
    expect(listeners).toHaveLength(0);
  });
});

describe('parseJson', () => {
  it('rejects comments and trailing commas with a line and column', () => {
    expect(parseJson('{\n  "a": 1,\n}')).toEqual({
      ok: false,
      error: { message: 'expected a property name in double quotes', line: 3, column: 1 },
    });
    expect(parseJson('// hi\n{}')).toMatchObject({ ok: false, error: { line: 1, column: 1 } });
    expect(parseJson('')).toMatchObject({ ok: false, error: { message: 'the document is empty' } });
    expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('maps a JSON path to the position of its property, or its nearest ancestor', () => {
    const text = '{\n  "a": {\n    "b": 1\n  }\n}';
    expect(positionOf(text, ['a', 'b'])).toEqual({ line: 3, column: 5 });
    expect(positionOf(text, ['a', 'missing'])).toEqual({ line: 2, column: 3 });
    expect(positionOf('{', ['x'])).toEqual({ line: 1, column: 1 });
  });
});
