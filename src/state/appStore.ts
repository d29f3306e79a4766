import { createAppStore } from './store';

/**
 * The app's store, created on first import with the browser's storage, location and clipboard.
 * Its workspace is also written when the page is hidden, so the last edit survives a reload.
 */
export const appStore = createAppStore();

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => appStore.flush());
}
