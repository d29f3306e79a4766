import { selectPinnedCall, useAppStore } from '../../../state';

/**
 * Says that the diagram and the decision show a past console call as it was decided then, not
 * the live scenario, with the way back.
 */
export function PinnedBanner() {
  const pinned = useAppStore(selectPinnedCall);
  const unpin = useAppStore((s) => s.unpinCall);
  if (!pinned) return null;
  return (
    <p className="pinned-banner" role="status" data-testid="pinned-banner">
      <span>{pinned.label}, as decided then</span>
      {' — '}
      <button type="button" className="link-button" onClick={unpin}>
        back to live
      </button>
    </p>
  );
}
