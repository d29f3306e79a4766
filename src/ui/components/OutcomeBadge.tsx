import type { Outcome } from '../../engine/types';

/** The KMS API outcome: green when allowed, red for any exception. The text carries the meaning. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const allowed = outcome === 'Allowed';
  return (
    <span
      className={`badge ${allowed ? 'badge-allowed' : 'badge-denied'}`}
      data-testid="outcome"
      data-outcome={outcome}
    >
      <span aria-hidden="true">{allowed ? '✓' : '✕'}</span> {outcome}
    </span>
  );
}
