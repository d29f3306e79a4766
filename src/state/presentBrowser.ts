/**
 * Instructor mode's ties to the browser: deck links in the URL, and the presenter-notes window
 * (`index.html?presenter`), which shares the origin's storage with the main window and so must
 * only read it: its copy of the workspace is as old as the moment it opened, and writing it back
 * (autosave, or the flush on page hide) would undo the presenter's later edits.
 */
import type { StoreApi } from 'zustand/vanilla';
import { isDeckFragment } from '../scenario/deckLink';
import type { StorageLike } from './persistence';
import type { AppState } from './types';

/** The query parameter that makes a window the presenter's notes. */
export const PRESENTER_PARAM = 'presenter';

/** True when `search` (a URL's `?…` part) opens the presenter-notes window. */
export function isPresenterSearch(search: string): boolean {
  return new URLSearchParams(search).has(PRESENTER_PARAM);
}

function currentSearch(): string {
  return typeof window === 'undefined' ? '' : window.location.search;
}

/** True in the presenter-notes window. */
export function isPresenterWindow(): boolean {
  return isPresenterSearch(currentSearch());
}

/** The storage for this window: `storage` itself, or a read-only view of it in the presenter's. */
export function presenterStorage(
  storage: StorageLike | null,
  search: string = currentSearch(),
): StorageLike | null {
  if (!storage || !isPresenterSearch(search)) return storage;
  return { getItem: (key) => storage.getItem(key), setItem: () => undefined };
}

/** The presenter window's address: this page with `?presenter` and no fragment. */
export function presenterUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  url.search = `?${PRESENTER_PARAM}`;
  return url.toString();
}

/**
 * Opens a deck link in the page's URL, now and on every fragment change, and puts the presenter
 * window into instructor mode. Leaving instructor mode drops the deck link from the address bar,
 * so that a reload opens the playground again (the deck stays in memory for the Present button).
 * Returns the cleanup; call once from the app's root effect.
 */
export function watchDeckLinks(
  store: Pick<StoreApi<AppState>, 'getState' | 'subscribe'>,
  target: Pick<
    Window,
    'location' | 'history' | 'addEventListener' | 'removeEventListener'
  > = window,
): () => void {
  if (isPresenterSearch(target.location.search)) store.getState().enterPresenterWindow();
  const open = () => {
    const hash = target.location.hash;
    if (isDeckFragment(hash)) void store.getState().openDeckFragment(hash);
  };
  open();
  target.addEventListener('hashchange', open);
  const unsubscribe = store.subscribe((state, previous) => {
    const left = previous.view === 'present' && state.view !== 'present';
    if (left && isDeckFragment(target.location.hash))
      target.history.replaceState(null, '', target.location.pathname + target.location.search);
  });
  return () => {
    unsubscribe();
    target.removeEventListener('hashchange', open);
  };
}
