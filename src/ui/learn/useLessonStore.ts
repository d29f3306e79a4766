import { useEffect, useState } from 'react';
import { createAppStore, createMemoryStorage, type AppStore } from '../../state';
import type { Scenario } from '../../scenario/types';

/**
 * A store of its own for the lesson on screen, so the playground's components (decision, diagram)
 * show a lesson's scenario without touching the user's workspace: it saves to memory only, has no
 * URL and no clipboard, and goes away with the player.
 */
export function useLessonStore(first: Scenario | undefined): AppStore {
  const [store] = useState(() =>
    createAppStore({
      scenario: first,
      storage: createMemoryStorage(),
      location: null,
      clipboard: null,
    }),
  );
  useEffect(() => () => store.destroy(), [store]);
  return store;
}
