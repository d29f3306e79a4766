import { describe, expect, it } from 'vitest';
import { decodeScenarioText, decodeShareFragment, encodeScenarioText } from '../scenario';
import { richScenario, testStore } from './testing';
import { currentView, splitView } from './view';

describe('the view a link or file carries', () => {
  it('round-trips through a file and a link, and a wrong view only warns', () => {
    const s = {
      ...richScenario(),
      view: { request: 1, document: 'scenario', tab: 'audit' as const },
    };
    const decoded = decodeScenarioText(encodeScenarioText(s));
    expect(decoded.ok && decoded.scenario.view).toEqual(s.view);
    const bad = decodeScenarioText(
      JSON.stringify({
        format: 'kms-playground/scenario',
        version: 1,
        view: { request: -1, tab: 'x' },
      }),
    );
    expect(bad.ok).toBe(true);
    expect(bad.ok && bad.scenario.view).toEqual({});
    expect(bad.issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
  });

  it('opening a scenario with a view selects its request, document and tab, and keeps no view', () => {
    const rich = richScenario();
    const { store } = testStore();
    const last = rich.requests.length - 1;
    const id = rich.requests[last]!.id ?? last;
    store
      .getState()
      .loadScenario(
        { ...rich, view: { request: id, document: 'scenario', tab: 'console' } },
        'file',
      );
    const state = store.getState();
    expect(state.scenario.view).toBeUndefined();
    expect(state.selectedRequest).toBe(last);
    expect(state.selectedDocument).toBe('scenario');
    expect(state.bottomTab).toBe('console');
    // A view naming nothing in the scenario is ignored.
    store
      .getState()
      .loadScenario({ ...rich, view: { request: 'nope', document: 'key:nope' } }, 'file');
    expect(store.getState().selectedRequest).toBe(0);
  });

  it('Copy link carries the view on screen, and the link opens on it', async () => {
    const a = testStore({ scenario: richScenario() });
    a.store.getState().selectRequest(1);
    a.store.getState().setBottomTab('audit');
    const link = await a.store.getState().copyShareLink();
    const decoded = await decodeShareFragment(link.slice(link.indexOf('#')));
    expect(decoded.ok && decoded.scenario.view).toEqual(currentView(a.store.getState()));
    const b = testStore();
    await b.store.getState().openShareFragment(a.location.hash());
    expect(b.store.getState().selectedRequest).toBe(1);
    expect(b.store.getState().bottomTab).toBe('audit');
    expect(b.store.getState().dirty).toBe(false);
  });

  it('splitView gives the same bare scenario for the same scenario', () => {
    const s = { ...richScenario(), view: { tab: 'lab' as const } };
    expect(splitView(s).scenario).toBe(splitView(s).scenario);
    expect(splitView(s).scenario.view).toBeUndefined();
  });
});
