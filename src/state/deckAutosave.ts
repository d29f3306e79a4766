/**
 * Instructor decks survive a reload: the deck and its slide are saved in localStorage under
 * their own key ~300 ms after a change, like the workspace, and opened again on start (without
 * switching to instructor mode). A deck that no longer decodes is dropped silently; storage that
 * is missing or full costs nothing more than the workspace's own notice.
 */
import { decodeDeckValue, deckToJson, type Deck } from '../scenario/deck';
import type { StorageLike, Timers } from './persistence';
import type { AppState } from './types';

/** localStorage key of the saved deck. */
export const DECK_STORAGE_KEY = 'kms-playground/deck/v1';

/** The saved deck and slide, or null. */
export function restoreDeck(storage: StorageLike | null): { deck: Deck; slide: number } | null {
  let text: string | null;
  try {
    text = storage?.getItem(DECK_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const saved = JSON.parse(text) as { deck?: unknown; slide?: unknown } | null;
    if (!saved || saved.deck === undefined) return null;
    const result = decodeDeckValue(saved.deck);
    if (!result.ok) return null;
    const slide = typeof saved.slide === 'number' && saved.slide >= 0 ? Math.trunc(saved.slide) : 0;
    return { deck: result.deck, slide };
  } catch {
    return null;
  }
}

/** Saves the deck and slide after changes, debounced. */
export function attachDeckAutosave(
  store: { getState(): AppState; subscribe(l: (s: AppState, p: AppState) => void): () => void },
  storage: StorageLike | null,
  timers: Timers,
  delayMs: number,
): { flush(): void; dispose(): void } {
  let timer: unknown = null;
  let pending = false;
  const flush = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (!pending || !storage) return;
    pending = false;
    const { deck, slideIndex } = store.getState();
    try {
      const text = deck ? JSON.stringify({ deck: deckToJson(deck), slide: slideIndex }) : '';
      storage.setItem(DECK_STORAGE_KEY, text);
    } catch {
      // Full or blocked storage: the workspace autosave already says so.
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.deck === prev.deck && s.slideIndex === prev.slideIndex) return;
    pending = true;
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(flush, delayMs);
  });
  return {
    flush,
    dispose() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      unsubscribe();
    },
  };
}
