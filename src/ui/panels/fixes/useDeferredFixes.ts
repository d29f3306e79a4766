import { useEffect, useState } from 'react';
import { carriers, proposeFixes, type Carrier, type Fix } from '../../../fixes';
import type { Scenario } from '../../../scenario/types';
import { useAppStore, useAppStoreApi } from '../../../state';

/** Quiet time after the last change before the search runs, so typing never waits for it. */
const SETTLE_MS = 150;

interface Found {
  fixes: Fix[];
  carriers: Carrier[];
}

/** Results per scenario object and request index (a scenario is never mutated). */
const cache = new WeakMap<Scenario, Map<number, Found>>();

function find(scenario: Scenario, index: number, allowed: boolean): Found {
  let inner = cache.get(scenario);
  if (!inner) cache.set(scenario, (inner = new Map()));
  let found = inner.get(index);
  if (!found) {
    found = allowed
      ? { fixes: [], carriers: carriers(scenario, index) }
      : { fixes: proposeFixes(scenario, index), carriers: [] };
    inner.set(index, found);
  }
  return found;
}

/**
 * The fixes for a denied selected request, or the carriers of an allowed one, computed once the
 * scenario has been still for a moment (each fix is verified by evaluating the patched scenario,
 * milliseconds that must not land on a keystroke). `null` while the search is pending.
 */
export function useDeferredFixes(): Found | null {
  const store = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const request = useAppStore((s) => s.selectedRequest);
  const [ready, setReady] = useState<(Found & { scenario: Scenario; request: number }) | null>(
    null,
  );
  useEffect(() => {
    const timer = setTimeout(() => {
      const s = store.getState();
      const allowed = s.evaluation.results[s.selectedRequest]?.outcome === 'Allowed';
      setReady({
        scenario: s.scenario,
        request: s.selectedRequest,
        ...find(s.scenario, s.selectedRequest, allowed),
      });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [store, scenario, request]);
  return ready && ready.scenario === scenario && ready.request === request ? ready : null;
}
