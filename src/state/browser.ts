/**
 * The real browser services behind the store's adapters, each null where it is missing (tests
 * in Node, private modes, insecure contexts), and the share-link watcher the app starts once.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { StorageEvents, StorageLike } from './persistence';
import type { ClipboardAdapter, LocationAdapter } from './runtime';
import { isShareFragment } from './share';
import type { AppState } from './types';

/** `window.localStorage`, or null when missing or blocked (reading it can throw). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : (window.localStorage ?? null);
  } catch {
    return null;
  }
}

/** Saves made in other tabs of this origin (`storage` events), or null outside a browser. */
export function browserStorageEvents(): StorageEvents | null {
  if (typeof window === 'undefined') return null;
  return {
    subscribe(listener) {
      const handle = (e: StorageEvent) => listener(e.key, e.newValue);
      window.addEventListener('storage', handle);
      return () => window.removeEventListener('storage', handle);
    },
  };
}

/** The page URL, changed with `history.replaceState` (no navigation, no hashchange). */
export function browserLocation(): LocationAdapter | null {
  if (typeof window === 'undefined') return null;
  return {
    href: () => window.location.href,
    replaceHash(fragment) {
      const { pathname, search } = window.location;
      const url = fragment === null ? `${pathname}${search}` : `${pathname}${search}#${fragment}`;
      window.history.replaceState(window.history.state, '', url);
    },
  };
}

/** `navigator.clipboard`, or null where it is unavailable. */
export function browserClipboard(): ClipboardAdapter | null {
  if (typeof navigator === 'undefined' || !navigator.clipboard) return null;
  const clipboard = navigator.clipboard;
  return { writeText: (text) => clipboard.writeText(text) };
}

/**
 * Opens the share link in the page's URL, now and whenever the fragment changes (a link pasted
 * into the address bar). Returns the cleanup; call once from the app's root effect.
 */
export function watchShareLinks(
  store: Pick<StoreApi<AppState>, 'getState'>,
  target: Pick<Window, 'location' | 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const open = () => {
    const hash = target.location.hash;
    if (isShareFragment(hash)) void store.getState().openShareFragment(hash);
  };
  open();
  target.addEventListener('hashchange', open);
  return () => target.removeEventListener('hashchange', open);
}
