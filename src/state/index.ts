/**
 * The app state: one zustand store (scenario, evaluation, selection, playback, ui slices).
 * Components read it with `useAppStore(selectX)` and change it through its actions.
 */
export type * from './types';
export { BOTTOM_TABS, NARROW_PANES } from './types';
export { useShallow } from 'zustand/react/shallow';
export { appStore } from './appStore';
export { AppStoreProvider, useAppStore, useAppStoreApi } from './hooks';
export { createAppStore, type AppStore, type AppStoreOptions } from './store';
export * from './selectors';
export {
  SCENARIO_DOCUMENT,
  documentText,
  listDocuments,
  locateDocument,
  setDocument,
} from './documents';
export { interpretPaste, type PasteInterpretation, type PasteKind } from './paste';
export {
  AUTOSAVE_DELAY_MS,
  STORAGE_KEY,
  createMemoryStorage,
  type StorageLike,
  type Timers,
} from './persistence';
export type { ClipboardAdapter, LocationAdapter } from './runtime';
export { isShareFragment } from './share';
export { currentView, scenarioWithView, splitView } from './view';
export { watchShareLinks } from './browser';
export { DEFAULT_SPEED } from './playbackSlice';
export { CONSOLE_HISTORY_LIMIT } from './simulatorSlice';
export { auditEvents, simulatorOf, withSimulator } from './simulatorState';
export { consoleProfiles } from '../simulator';
export { DEFAULT_PANES, PANE_LIMITS } from './uiSlice';
export { HISTORY_LIMIT, MERGE_WINDOW_MS } from './derive';
export { outcomeShown, presentLimit } from './presentSlice';
export { isPresenterSearch, presenterUrl, watchDeckLinks } from './presentBrowser';
export { PROGRESS_KEY, lessonScore } from './learnProgress';
export { lessonHash, parseLessonHash, watchLessonLinks } from './learnRouting';
export { PRESENT_CHANNEL, connectPresentSync } from './presentSync';
export { previewFix, type FixChange, type FixPreview } from './fixPreview';
export {
  isRefusal,
  renameKey,
  renamePrincipal,
  renamableName,
  renamedDocumentId,
  type RenameRefusal,
} from './rename';
