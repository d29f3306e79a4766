import { describe, expect, it } from 'vitest';
import { richScenario, fakeClipboard, testStore } from './testing';

describe('share links', () => {
  it('round-trips the scenario through copyShareLink and openShareFragment', async () => {
    const clipboard = fakeClipboard();
    const a = testStore({ scenario: richScenario(), clipboard });
    a.store.getState().updateScenario((s) => ({ ...s, title: 'Shared' }));
    expect(a.store.getState().dirty).toBe(true);
    const link = await a.store.getState().copyShareLink();
    expect(link).toMatch(/^https:\/\/play\.example\/app#s=1\./);
    expect(a.location.href()).toBe(link);
    expect(clipboard.text).toBe(link);
    expect(a.store.getState().dirty).toBe(false);

    const b = testStore();
    await b.store.getState().openShareFragment(a.location.hash());
    expect(b.store.getState().scenario).toEqual(a.store.getState().scenario);
    expect(b.store.getState().scenario.title).toBe('Shared');
    expect(b.store.getState().dirty).toBe(false);
    b.store.getState().undo(); // opening a link is undoable too
    expect(b.store.getState().scenario.title).not.toBe('Shared');
  });

  it('clears the link from the URL once the scenario moves away from it', async () => {
    const { store, location } = testStore();
    await store.getState().copyShareLink();
    expect(location.hash()).toMatch(/^#s=1\./);
    store.getState().selectRequest(1); // not a scenario change
    expect(location.hash()).toMatch(/^#s=1\./);
    store.getState().updateScenario((s) => ({ ...s, title: 'edited' }));
    expect(location.hash()).toBe('');
  });

  it('keeps the scenario and shows the decoder message for a broken link', async () => {
    const { store } = testStore();
    const before = store.getState().scenario;
    await store.getState().openShareFragment('#s=1.%%%not-base64');
    expect(store.getState().scenario).toBe(before);
    const notice = store.getState().notices.at(-1);
    expect(notice).toMatchObject({ level: 'error', place: 'share' });
    expect(notice?.message).toMatch(/damaged/);
    await store.getState().openShareFragment('#s=9.abc');
    expect(store.getState().notices.at(-1)?.message).toMatch(/newer version/);
    expect(store.getState().scenario).toBe(before);
  });

  it('asks before replacing unsaved work: accept loads, decline keeps and clears the URL', async () => {
    const source = testStore({ scenario: richScenario() });
    await source.store.getState().copyShareLink();
    const fragment = source.location.hash();

    const { store, location } = testStore();
    store.getState().updateScenario((s) => ({ ...s, title: 'my work' }));
    location.replaceHash(fragment.slice(1)); // the user opens a link in this tab
    await store.getState().openShareFragment(fragment);
    expect(store.getState().scenario.title).toBe('my work');
    expect(store.getState().pendingLink?.title).toBe('Everything');
    expect(location.hash()).toBe(fragment);

    store.getState().confirmPendingLink(false);
    expect(store.getState().pendingLink).toBeNull();
    expect(store.getState().scenario.title).toBe('my work');
    expect(location.hash()).toBe('');

    await store.getState().openShareFragment(fragment);
    store.getState().confirmPendingLink(true);
    expect(store.getState().scenario.title).toBe('Everything');
    expect(store.getState().pendingLink).toBeNull();
    expect(store.getState().dirty).toBe(false);
  });

  it('reports a clipboard failure and the lack of a clipboard, but still returns the link', async () => {
    const failing = testStore({ clipboard: fakeClipboard(true) });
    const link = await failing.store.getState().copyShareLink();
    expect(link).toContain('#s=1.');
    expect(failing.store.getState().notices.at(-1)?.message).toMatch(/could not be copied/);
    const none = testStore({ clipboard: null, location: null });
    expect(await none.store.getState().copyShareLink()).toMatch(/^#s=1\./);
    expect(none.store.getState().notices.at(-1)).toMatchObject({ level: 'info', place: 'share' });
  });

  it('warns that unparsed drafts are not in the link', async () => {
    const { store } = testStore();
    store.getState().setDocumentText('scenario', '{');
    await store.getState().copyShareLink();
    expect(store.getState().notices.some((n) => /leaves out 1 edit/.test(n.message))).toBe(true);
  });
});
