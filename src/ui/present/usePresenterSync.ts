/** Joins the presentation and presenter-notes windows (state/presentSync.ts) while mounted. */
import { useEffect } from 'react';
import { PRESENT_CHANNEL, connectPresentSync, useAppStoreApi } from '../../state';

export function usePresenterSync(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    // Without BroadcastChannel the presentation works alone.
    if (typeof BroadcastChannel === 'undefined') return;
    return connectPresentSync(store, new BroadcastChannel(PRESENT_CHANNEL));
  }, [store]);
}
