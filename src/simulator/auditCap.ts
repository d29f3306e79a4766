/**
 * The audit trail kept inside a scenario file or share link is bounded, so a long console session
 * never pushes the scenario past its 1 MB limit (src/scenario/limits.ts): the newest events are
 * kept, at most AUDIT_MAX_EVENTS of them and at most AUDIT_MAX_BYTES of JSON; how many older ones
 * were dropped is counted in `counters.auditDropped`.
 */
import type { SimulatorState } from './types';

/** Most audit events kept in the scenario. */
export const AUDIT_MAX_EVENTS = 300;
/** Most JSON bytes (UTF-16 code units, an upper bound for ASCII JSON) of kept audit events. */
export const AUDIT_MAX_BYTES = 384 * 1024;

/**
 * JSON size of each event, measured once: events never change once recorded, and the trail is cut
 * after every console line, so measuring anew each time made a line cost the whole kept trail.
 */
const SIZES = new WeakMap<object, number>();
function sizeOf(event: object): number {
  let n = SIZES.get(event);
  if (n === undefined) SIZES.set(event, (n = JSON.stringify(event).length));
  return n;
}

/** The state with its audit trail cut to the newest events within both limits. */
export function capAudit(
  state: SimulatorState,
  maxEvents = AUDIT_MAX_EVENTS,
  maxBytes = AUDIT_MAX_BYTES,
): SimulatorState {
  const audit = state.audit;
  let keep = 0;
  let bytes = 0;
  for (let i = audit.length - 1; i >= 0 && keep < maxEvents; i--) {
    bytes += sizeOf(audit[i]!) + 1;
    if (bytes > maxBytes) break;
    keep++;
  }
  const dropped = audit.length - keep;
  if (dropped === 0) return state;
  return {
    ...state,
    audit: audit.slice(dropped),
    counters: { ...state.counters, auditDropped: (state.counters.auditDropped ?? 0) + dropped },
  };
}

/** How many events were dropped before the oldest kept one. */
export const droppedEvents = (state: Pick<SimulatorState, 'counters'>): number =>
  state.counters.auditDropped ?? 0;
