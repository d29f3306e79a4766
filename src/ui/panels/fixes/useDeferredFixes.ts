import { useEffect, useState } from 'react';
import type { Carrier, Fix } from '../../../fixes';
import { selectCarriers, selectFixes, useAppStore, useAppStoreApi } from '../../../state';

/** Quiet time after the last change before the search runs, so typing never waits for it. */
const SETTLE_MS = 150;

/**
 * The fixes for a denied selected request, or the carriers of an allowed one, computed once the
 * scenario has been still for a moment (each fix is verified by evaluating the patched scenario,
 * tens of milliseconds that must not land on a keystroke). `null` while the search is pending.
 */
export function useDeferredFixes(): { fixes: Fix[]; carriers: Carrier[] } | null {
  const store = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const request = useAppStore((s) => s.selectedRequest);
  const [ready, setReady] = useState<{
    scenario: unknown;
    request: number;
    fixes: Fix[];
    carriers: Carrier[];
  } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      const s = store.getState();
      setReady({
        scenario: s.scenario,
        request: s.selectedRequest,
        fixes: selectFixes(s),
        carriers: selectCarriers(s),
      });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [store, scenario, request]);
  return ready && ready.scenario === scenario && ready.request === request ? ready : null;
}
