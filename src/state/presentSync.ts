/**
 * Keeps the presentation and the presenter-notes windows on the same slide and step over a
 * BroadcastChannel (same origin only; nothing leaves the browser). Either window may drive: each
 * posts its state when it changes locally and applies what the other posts. The presenter window
 * says hello on opening and the presentation answers with the whole deck.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { AppState, PresentSync } from './types';

/** The channel both windows join. */
export const PRESENT_CHANNEL = 'kms-playground-present';

/** What the windows send each other. */
export type PresentMessage = { type: 'hello' } | { type: 'state'; sync: PresentSync };

/** The part of BroadcastChannel this needs (tests pass Node's, or a fake). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

/** True for a well-formed state message's payload (the other window could be another version). */
export function isPresentSync(v: unknown): v is PresentSync {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    Number.isInteger(s.slideIndex) &&
    Number.isInteger(s.position) &&
    (s.vote === 'idle' || s.vote === 'open' || s.vote === 'revealed')
  );
}

function snapshot(s: AppState, withDeck: boolean): PresentSync {
  return {
    ...(withDeck ? { deck: s.deck } : {}),
    slideIndex: s.slideIndex,
    position: s.presentPosition,
    vote: s.vote,
  };
}

/** Connects a store to the other window through `channel`; returns the cleanup. */
export function connectPresentSync(
  store: Pick<StoreApi<AppState>, 'getState' | 'subscribe'>,
  channel: ChannelLike,
): () => void {
  let applying = false;
  const post = (message: PresentMessage) => {
    try {
      channel.postMessage(message);
    } catch {
      // A deck that cannot be cloned only leaves the other window where it was.
    }
  };
  channel.onmessage = (event) => {
    const message = event.data as Partial<PresentMessage> | null;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'hello' && !store.getState().presenterWindow) {
      post({ type: 'state', sync: snapshot(store.getState(), true) });
    } else if (message.type === 'state' && isPresentSync(message.sync)) {
      applying = true;
      try {
        store.getState().applyRemote(message.sync);
      } finally {
        applying = false;
      }
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    const moved =
      s.deck !== prev.deck ||
      s.slideIndex !== prev.slideIndex ||
      s.presentPosition !== prev.presentPosition ||
      s.vote !== prev.vote;
    if (moved) post({ type: 'state', sync: snapshot(s, s.deck !== prev.deck) });
  });
  if (store.getState().presenterWindow) post({ type: 'hello' });
  return () => {
    unsubscribe();
    channel.onmessage = null;
    channel.close();
  };
}
