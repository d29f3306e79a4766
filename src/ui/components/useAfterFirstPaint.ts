/**
 * Whether the page's first screen has painted: false until two animation frames after the first
 * component that asks has mounted, true from then on for every component. For lazy chunks that
 * must not be requested before the first decision is on screen (issue 16), such as the fixes.
 */
import { useSyncExternalStore } from 'react';

let painted = false;
let scheduled = false;
const listeners = new Set<() => void>();

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // The frame after the one that paints the first commit.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      painted = true;
      for (const l of listeners) l();
    }),
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  schedule();
  return () => listeners.delete(listener);
}

const isPainted = () => painted;

export function useAfterFirstPaint(): boolean {
  return useSyncExternalStore(subscribe, isPainted, isPainted);
}
