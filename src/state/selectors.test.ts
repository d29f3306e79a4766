import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppStoreProvider, useAppStore } from './hooks';
import {
  selectCurrentResult,
  selectDiagnosticsFor,
  selectDocuments,
  selectDocumentText,
  selectHighlightsFor,
  selectNoticesAt,
  selectRevealedSteps,
} from './selectors';
import { testStore } from './testing';
import type { AppState } from './types';

const KEY = 'key:7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const DANA = 'identity:arn:aws:iam::111122223333:user/Dana#UseReportsKey';

describe('selectors', () => {
  it('highlight the deciding, matched and unmatched statements of the selected result', () => {
    const { store } = testStore();
    expect(selectHighlightsFor(KEY)(store.getState())).toEqual([
      { path: ['Statement', 0], role: 'deciding' },
    ]);
    store.getState().selectRequest(2); // Dana may not schedule deletion
    expect(selectHighlightsFor(KEY)(store.getState())).toEqual([
      { path: ['Statement', 0], role: 'matched' },
    ]);
    expect(selectHighlightsFor(DANA)(store.getState())).toEqual([
      { path: ['Statement', 0], role: 'noMatch' },
    ]);
    expect(selectHighlightsFor('grant:none')(store.getState())).toEqual([]);
  });

  it('return the same reference while their inputs are unchanged (no render loops)', () => {
    const { store } = testStore();
    store
      .getState()
      .setDocumentText(
        KEY,
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:Encrpyt","Resource":"*"}]}',
      );
    const selectors: ((s: AppState) => unknown)[] = [
      selectDocuments,
      selectDocumentText(KEY),
      selectDiagnosticsFor(KEY),
      selectHighlightsFor(KEY),
      selectCurrentResult,
      selectRevealedSteps,
      selectNoticesAt('storage'),
    ];
    const before = selectors.map((sel) => sel(store.getState()));
    // Fresh selector instances (as created inline in render) and unrelated changes.
    store.getState().setTheme('dark');
    store.getState().setPane('bottom', 300);
    const again = [
      selectDocuments,
      selectDocumentText(KEY),
      selectDiagnosticsFor(KEY),
      selectHighlightsFor(KEY),
      selectCurrentResult,
      selectRevealedSteps,
      selectNoticesAt('storage'),
    ].map((sel) => sel(store.getState()));
    again.forEach((value, i) => expect(value).toBe(before[i]));
    expect(selectDiagnosticsFor(KEY)(store.getState()).map((d) => d.code)).toContain(
      'UnknownAction',
    );

    store.getState().stepForward();
    expect(selectRevealedSteps(store.getState())).toHaveLength(1);
    expect(selectRevealedSteps(store.getState())).toBe(selectRevealedSteps(store.getState()));
  });

  it('work through useAppStore in a React render, with a store from AppStoreProvider', () => {
    // Server rendering reads the store's initial state (zustand's getServerSnapshot).
    const { store } = testStore();
    function Probe() {
      const docs = useAppStore(selectDocuments);
      const result = useAppStore(selectCurrentResult);
      const highlights = useAppStore(selectHighlightsFor(KEY));
      return createElement('p', null, `${docs.length} ${result?.decision} ${highlights[0]?.role}`);
    }
    const html = renderToString(createElement(AppStoreProvider, { store }, createElement(Probe)));
    expect(html).toContain('7 Allow deciding');
  });
});
