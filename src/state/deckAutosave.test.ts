import { describe, expect, it } from 'vitest';
import { DECK_STORAGE_KEY } from './deckAutosave';
import { createMemoryStorage } from './persistence';
import { slideOf } from './presentSlice';
import { richScenario, testStore } from './testing';

describe('decks survive a reload', () => {
  it('saves the deck and its slide, and a new store on the same storage opens them', () => {
    const storage = createMemoryStorage();
    const a = testStore({ storage, scenario: richScenario() });
    a.store.getState().deckFromRequests();
    a.store.getState().goToSlide(1);
    a.store.flush();
    expect(a.store.getState().slideIndex).toBe(1);
    expect(JSON.parse(storage.data.get(DECK_STORAGE_KEY)!).slide).toBe(1);
    const b = testStore({ storage });
    expect(b.store.getState().deck?.slides).toHaveLength(a.store.getState().deck!.slides.length);
    expect(b.store.getState().slideIndex).toBe(1);
    // Opening keeps the playground on screen: a reload does not jump into instructor mode.
    expect(b.store.getState().view).toBe('playground');
  });

  it('a removed deck stays removed, and a corrupt save is ignored', () => {
    const storage = createMemoryStorage();
    const a = testStore({ storage, scenario: richScenario() });
    a.store.getState().deckFromRequests();
    a.store.flush();
    a.store.getState().setDeck(null);
    a.store.flush();
    expect(testStore({ storage }).store.getState().deck).toBeNull();
    storage.setItem(DECK_STORAGE_KEY, '{"deck": 3');
    expect(testStore({ storage }).store.getState().deck).toBeNull();
  });

  it('a deck link names its slide, and opens on it', async () => {
    const a = testStore({ scenario: richScenario() });
    a.store.getState().deckFromRequests();
    a.store.getState().goToSlide(1);
    const link = await a.store.getState().copyDeckLink();
    expect(link).toMatch(/&slide=2$/);
    expect(slideOf('#deck=1.abc')).toBe(0);
    const b = testStore();
    await b.store.getState().openDeckFragment(link.slice(link.indexOf('#')));
    expect(b.store.getState().slideIndex).toBe(1);
  });
});
