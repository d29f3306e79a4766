import { findAssumption } from '../../../engine/assumptions';
import type { TraceStep } from '../../../engine/types';
import { assumptionIds } from '../../../explain';

/**
 * Where the decision rests on a choice the engine made because AWS does not document the
 * behaviour: one note per assumption the trace relied on.
 */
export function AssumptionNotes({ trace }: { trace: readonly TraceStep[] }) {
  const notes = assumptionIds(trace)
    .map((id) => findAssumption(id))
    .filter((a) => a !== undefined);
  if (notes.length === 0) return null;
  return (
    <section
      className="assumptions"
      aria-labelledby="assumptions-heading"
      data-testid="assumptions"
    >
      <h3 id="assumptions-heading">Assumptions</h3>
      <ul>
        {notes.map((a) => (
          <li key={a.id} data-testid="assumption" data-assumption={a.id}>
            AWS does not document this — see {a.id} in docs/semantics.md (“{a.topic}”): {a.choice}
          </li>
        ))}
      </ul>
    </section>
  );
}
