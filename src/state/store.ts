/**
 * The app store: one vanilla zustand store composed from five slices. It can be created and
 * driven without React (tests, the CLI); `useAppStore` in index.ts reads it from components.
 */
import { attachDeckAutosave, restoreDeck } from './deckAutosave';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { decodeScenarioValue, examples, SCENARIO_FORMAT, type Scenario } from '../scenario';
import { browserClipboard, browserLocation, browserStorage, browserStorageEvents } from './browser';
import { createEvaluationSlice } from './evaluationSlice';
import {
  AUTOSAVE_DELAY_MS,
  attachAutosave,
  restoreWorkspace,
  type StorageEvents,
  type StorageLike,
  type Timers,
} from './persistence';
import { attachLearnRouting } from './learnRouting';
import { createLearnSlice, sandboxAwareStorage } from './learnSlice';
import { createPlaybackSlice } from './playbackSlice';
import { createPresentSlice } from './presentSlice';
import { isPresenterWindow, presenterStorage } from './presentBrowser';
import { createRuntime, type ClipboardAdapter, type LocationAdapter } from './runtime';
import { createScenarioSlice } from './scenarioSlice';
import { createSelectionSlice, defaultDocument } from './selectionSlice';
import { createSimulatorSlice } from './simulatorSlice';
import { syncShareHash } from './share';
import { DEFAULT_PANES, createUiSlice } from './uiSlice';
import type { AppState } from './types';

/** How to build a store; every service defaults to the browser's (or none outside one). */
export interface AppStoreOptions {
  /** Scenario to start with when no workspace is saved (default: the first built-in example). */
  scenario?: Scenario;
  /** Where the workspace is saved; null = unavailable (one warning notice). */
  storage?: StorageLike | null;
  /** Page URL for share links; null = none (links are returned as bare `#s=…`). */
  location?: LocationAdapter | null;
  /** Clipboard for `copyShareLink`; null = none (an info notice says to copy by hand). */
  clipboard?: ClipboardAdapter | null;
  /** Milliseconds clock for merging undo steps (default `Date.now`). */
  clock?: () => number;
  /** Timers for the autosave debounce (default the global ones). */
  timers?: Timers;
  /** Autosave delay (default 300 ms). */
  autosaveDelayMs?: number;
  /** Saves made by other tabs (default the page's `storage` events; null = none). */
  storageEvents?: StorageEvents | null;
}

/** The store with its autosave controls. */
export type AppStore = StoreApi<AppState> & {
  /** Write the workspace to storage now (on page hide, in tests). */
  flush(): void;
  /** Stop autosaving and listening. */
  destroy(): void;
};

const GLOBAL_TIMERS: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The first built-in example, or an empty scenario should there be none. */
function firstExample(): Scenario {
  const first = examples[0]?.scenario;
  if (first) return first;
  const empty = decodeScenarioValue({ format: SCENARIO_FORMAT, version: 1 });
  if (!empty.ok) throw new Error('the empty scenario does not decode');
  return empty.scenario;
}

/**
 * Creates a store. A workspace saved in `storage` wins over `options.scenario`; a corrupt one
 * starts from the first example with a warning notice.
 */
export function createAppStore(options: AppStoreOptions = {}): AppStore {
  // The presenter-notes window reads the workspace but never writes it (presentBrowser.ts).
  const storage =
    options.storage === undefined ? presenterStorage(browserStorage()) : options.storage;
  const fallback = options.scenario ?? firstExample();
  const restored = restoreWorkspace(storage, fallback);
  const ws = restored.workspace ?? {
    scenario: fallback,
    drafts: {},
    selectedDocument: defaultDocument(fallback),
    selectedRequest: 0,
    theme: 'system' as const,
    panes: DEFAULT_PANES,
    dirty: false,
  };
  const runtime = createRuntime(
    {
      clock: options.clock ?? Date.now,
      location: options.location === undefined ? browserLocation() : options.location,
      clipboard: options.clipboard === undefined ? browserClipboard() : options.clipboard,
    },
    ws.dirty ? null : ws.scenario,
  );

  const store = createStore<AppState>()((...a) => ({
    ...createScenarioSlice(ws, runtime)(...a),
    ...createEvaluationSlice(ws.scenario)(...a),
    ...createSelectionSlice({
      selectedDocument: ws.selectedDocument,
      selectedRequest: ws.selectedRequest,
      selectedStep: null,
    })(...a),
    ...createPlaybackSlice()(...a),
    ...createUiSlice(
      {
        theme: ws.theme,
        panes: ws.panes,
        notices: restored.notice ? [restored.notice] : [],
        bottomTab: ws.bottomTab,
        narrowPane: ws.narrowPane,
        auditEvent: ws.auditEvent,
      },
      runtime,
    )(...a),
    ...createSimulatorSlice(ws.scenario, { storage })(...a),
    ...createPresentSlice(runtime)(...a),
    ...createLearnSlice(storage, runtime)(...a),
  }));

  // The presenter-notes window opens straight into instructor mode, never showing the playground.
  if (isPresenterWindow()) store.getState().enterPresenterWindow();

  const unsyncHash = store.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario) syncShareHash(runtime, s);
  });
  const autosave = attachAutosave(
    store,
    // While a lesson step is open in the playground, the user's own workspace is what gets saved.
    storage && sandboxAwareStorage(storage, store.getState),
    options.timers ?? GLOBAL_TIMERS,
    options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS,
    options.storageEvents === undefined
      ? options.storage === undefined
        ? browserStorageEvents()
        : null
      : options.storageEvents,
  );
  // The instructor deck and its slide come back after a reload, and are saved like the workspace.
  const savedDeck = isPresenterWindow() ? null : restoreDeck(storage);
  if (savedDeck) {
    store.getState().setDeck(savedDeck.deck);
    store.getState().goToSlide(savedDeck.slide);
  }
  const deckAutosave = attachDeckAutosave(
    store,
    storage,
    options.timers ?? GLOBAL_TIMERS,
    options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS,
  );
  const unrouteLessons = attachLearnRouting(store, runtime);
  return Object.assign(store, {
    flush() {
      autosave.flush();
      deckAutosave.flush();
    },
    destroy() {
      autosave.dispose();
      deckAutosave.dispose();
      unrouteLessons();
      unsyncHash();
    },
  });
}
