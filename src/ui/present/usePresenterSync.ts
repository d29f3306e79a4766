/**
 * Keeps the presentation and the presenter-notes windows on the same slide and step over a
 * BroadcastChannel (same origin only; nothing leaves the browser). Either window may drive: each
 * posts its state when it changes locally and applies what the other posts. The presenter window
 * says hello on opening and the presentation answers with the whole deck. Without
 * BroadcastChannel (or without a second window) this does nothing.
 */
import { useEffect } from 'react';
import { useAppStoreApi, type AppState, type PresentSync } from '../../state';

export const PRESENT_CHANNEL = 'kms-playground-present';

type Message = { type: 'hello' } | { type: 'state'; sync: PresentSync };

function isSync(v: unknown): v is PresentSync {
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

export function usePresenterSync(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENT_CHANNEL);
    let applying = false;
    const post = (message: Message) => {
      try {
        channel.postMessage(message);
      } catch {
        // A deck that cannot be cloned only leaves the other window where it was.
      }
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data as Partial<Message> | null;
      if (!message || typeof message !== 'object') return;
      if (message.type === 'hello' && !store.getState().presenterWindow) {
        post({ type: 'state', sync: snapshot(store.getState(), true) });
      } else if (message.type === 'state' && isSync(message.sync)) {
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
      channel.close();
    };
  }, [store]);
}
