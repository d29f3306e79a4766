/**
 * The workspace in localStorage: scenario (as scenario file text), drafts, selection, theme,
 * panes and `dirty`, saved ~300 ms after the last change and restored on start through the
 * scenario decoder. Storage that is missing, full or throwing costs one warning notice, never
 * the app.
 */
import { encodeScenarioText, type Scenario } from '../scenario';
import { parseWorkspace, type NoticeInput, type Workspace } from './restore';
import type { AppState } from './types';

export { parseWorkspace, type Workspace } from './restore';

/** The localStorage key of the saved workspace. */
export const STORAGE_KEY = 'kms-playground/workspace/v1';
/** Autosave waits this long after the last change. */
export const AUTOSAVE_DELAY_MS = 300;

/** The part of the Storage API persistence uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Timer functions (tests pass fakes). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const UNAVAILABLE: NoticeInput = {
  level: 'warning',
  place: 'storage',
  message:
    'This browser is not keeping your work (storage is unavailable or full): copy a share link or export a file to keep it.',
};

/** The saved form of the workspace, as stored under `STORAGE_KEY`. */
export function serializeWorkspace(s: AppState): string {
  return JSON.stringify({
    version: 1,
    scenario: encodeScenarioText(s.scenario),
    drafts: s.drafts,
    selection: { document: s.selectedDocument, request: s.selectedRequest },
    theme: s.theme,
    panes: s.panes,
    ui: { bottomTab: s.bottomTab, narrowPane: s.narrowPane, auditEvent: s.auditEvent },
    dirty: s.dirty,
  });
}

/** The saved workspace (null when none) and any notice about storage. */
export function restoreWorkspace(
  storage: StorageLike | null,
  fallback: Scenario,
): { workspace: Workspace | null; notice: NoticeInput | null } {
  if (!storage) return { workspace: null, notice: UNAVAILABLE };
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return { workspace: null, notice: UNAVAILABLE };
  }
  return text === null ? { workspace: null, notice: null } : parseWorkspace(text, fallback);
}

/**
 * Saves made by other tabs of the same browser: `subscribe` calls back with the new saved text of
 * a key (the page's `storage` event, which fires in every other tab of the origin).
 */
export interface StorageEvents {
  subscribe(listener: (key: string | null, newValue: string | null) => void): () => void;
}

const OTHER_TAB: NoticeInput = {
  level: 'info',
  place: 'storage',
  message:
    'This workspace was changed in another tab, and this tab now shows that version. Undo brings back what this tab had.',
};

/**
 * Saves the workspace after changes, debounced; reports a failing storage once. Only a change
 * made in this tab is ever written (an idle tab closing writes nothing), and a save made by
 * another tab replaces this tab's workspace (undoably, with a notice) instead of being
 * overwritten by it later.
 */
export function attachAutosave(
  store: { getState(): AppState; subscribe(l: (s: AppState, p: AppState) => void): () => void },
  storage: StorageLike | null,
  timers: Timers,
  delayMs: number,
  events: StorageEvents | null = null,
): { flush(): void; dispose(): void } {
  let timer: unknown = null;
  let pending = false;
  let adopting = false;
  let lastWritten: string | null = null;
  let reported = storage === null; // restoreWorkspace already said so
  const flush = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (!storage || !pending) return;
    pending = false;
    try {
      lastWritten = serializeWorkspace(store.getState());
      storage.setItem(STORAGE_KEY, lastWritten);
    } catch {
      if (!reported) store.getState().notify(UNAVAILABLE);
      reported = true;
    }
  };
  const adopt = (text: string) => {
    if (text === lastWritten) return;
    const state = store.getState();
    const { workspace } = parseWorkspace(text, state.scenario);
    if (encodeScenarioText(workspace.scenario) === encodeScenarioText(state.scenario)) return;
    // Theirs is newer than anything this tab has not saved yet: drop our pending write.
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    pending = false;
    adopting = true;
    try {
      state.loadScenario(workspace.scenario, 'restore');
    } finally {
      adopting = false;
    }
    lastWritten = text;
    store.getState().notify(OTHER_TAB);
  };
  const unlisten = events?.subscribe((key, value) => {
    if (key === STORAGE_KEY && value !== null) adopt(value);
  });
  const keys = [
    'scenario',
    'drafts',
    'selectedDocument',
    'selectedRequest',
    'theme',
    'panes',
    'bottomTab',
    'narrowPane',
    'auditEvent',
    'dirty',
  ] as const;
  const unsubscribe = store.subscribe((s, prev) => {
    if (adopting || !keys.some((k) => s[k] !== prev[k])) return;
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
      unlisten?.();
    },
  };
}

/** An in-memory storage, for tests and as a stand-in. */
export function createMemoryStorage(
  initial: Record<string, string> = {},
): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
