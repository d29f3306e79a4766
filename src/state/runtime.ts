/**
 * Per-store bookkeeping that is not part of the visible state: injected services (clock,
 * location, clipboard) and the markers behind `dirty`, undo merging and share-link syncing.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Scenario } from '../scenario';
import type { AppState, Draft } from './types';

/** The page location, as far as share links need it (tests pass a fake). */
export interface LocationAdapter {
  /** The full current URL. */
  href(): string;
  /** Set the fragment (`s=1.…`, no `#`) without a navigation, or remove it with null. */
  replaceHash(fragment: string | null): void;
}

/** The system clipboard (absent in tests and insecure contexts). */
export interface ClipboardAdapter {
  writeText(text: string): Promise<void>;
}

/** Mutable per-store bookkeeping shared by the slices. */
export interface Runtime {
  /** Milliseconds clock for undo merging. */
  clock: () => number;
  location: LocationAdapter | null;
  clipboard: ClipboardAdapter | null;
  /** The scenario last loaded, shared or saved; `dirty` is `scenario !== savedScenario`. */
  savedScenario: Scenario | null;
  /** The scenario the URL's `#s=` fragment holds, when the store put it there or opened it. */
  linkScenario: Scenario | null;
  /** The last recorded edit, for merging consecutive edits of one document. */
  lastEdit: { documentId: string; at: number } | null;
  /** Drafts left behind when leaving a scenario by load, undo or redo; restored on return. */
  draftStash: WeakMap<Scenario, Record<string, Draft>>;
  /** Counter for notice ids. */
  noticeCount: number;
  /** Counter so only the latest `openShareFragment` call acts. */
  shareTicket: number;
}

/** A slice creator of the combined store. */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;

/** Fresh bookkeeping for one store. */
export function createRuntime(
  services: Pick<Runtime, 'clock' | 'location' | 'clipboard'>,
  savedScenario: Scenario | null,
): Runtime {
  return {
    ...services,
    savedScenario,
    linkScenario: null,
    lastEdit: null,
    draftStash: new WeakMap(),
    noticeCount: 0,
    shareTicket: 0,
  };
}
