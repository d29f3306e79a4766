/**
 * The simulated clock. Advancing it propagates grants, deletes keys whose waiting period ended and
 * performs due automatic rotations. Nothing else moves time.
 */
import { addDays, addSeconds, atOrAfter } from './clockMath';
import { grantOnKey, metaOf } from './model';
import type { KeyMeta, SimulatorState } from './types';

/** Grants are eventually consistent, "usually within five minutes" (grants, S7). */
export const GRANT_PROPAGATION_SECONDS = 300;

/** Automatic rotations due by `now`, each one period after the previous date. */
function rotate(m: KeyMeta, now: string): KeyMeta {
  if (!m.rotationEnabled || !m.nextRotationDate) return m;
  let next = m.nextRotationDate;
  const rotations = [...m.rotations];
  while (atOrAfter(now, next)) {
    rotations.push({ RotationDate: next, RotationType: 'AUTOMATIC' });
    next = addDays(next, m.rotationPeriodInDays);
  }
  return rotations.length === m.rotations.length ? m : { ...m, rotations, nextRotationDate: next };
}

/** Moves the clock forward by `seconds` (negative values are ignored: time never goes back). */
export function advance(state: SimulatorState, seconds: number): SimulatorState {
  const clock = addSeconds(state.clock, Math.max(0, seconds));
  // Deleting keys: at the end of the waiting period KMS deletes the key, its aliases and grants.
  const deleted = new Set(
    state.scenario.keys
      .filter((k) => {
        const d = metaOf(state, k).deletionDate;
        return k.state === 'PendingDeletion' && d !== undefined && atOrAfter(clock, d);
      })
      .map((k) => k.arn),
  );
  const keys = state.scenario.keys.filter((k) => !deleted.has(k.arn));
  // S49/P16: a retired or revoked grant is gone once its deletion has propagated.
  const removed = state.grantRemoved ?? {};
  const gone = (id: string) =>
    removed[id] !== undefined &&
    atOrAfter(clock, addSeconds(removed[id] ?? clock, GRANT_PROPAGATION_SECONDS));
  const grants = state.scenario.grants
    .filter((g) => !state.scenario.keys.some((k) => deleted.has(k.arn) && grantOnKey(g, k)))
    .filter((g) => !gone(g.grantId))
    .map((g) => {
      const created = state.grantCreated[g.grantId];
      const due =
        created !== undefined && atOrAfter(clock, addSeconds(created, GRANT_PROPAGATION_SECONDS));
      return !g.propagated && due ? { ...g, propagated: true } : g;
    });
  const keyMeta: SimulatorState['keyMeta'] = {};
  for (const k of keys) {
    const m = metaOf(state, k);
    // Rotate-keys: KMS rotates enabled keys; a disabled or pending key waits (simplification).
    const rotated = k.state === 'Enabled' ? rotate(m, clock) : m;
    if (state.keyMeta[k.arn] || rotated !== m) keyMeta[k.arn] = rotated;
  }
  const next: SimulatorState = {
    ...state,
    clock,
    scenario: { ...state.scenario, keys, grants },
    keyMeta,
  };
  if (state.grantRemoved) {
    const kept = Object.entries(removed).filter(([id]) => grants.some((g) => g.grantId === id));
    const grantCreated = { ...state.grantCreated };
    for (const id of Object.keys(removed)) if (gone(id)) delete grantCreated[id];
    next.grantCreated = grantCreated;
    if (kept.length > 0) next.grantRemoved = Object.fromEntries(kept);
    else delete next.grantRemoved;
  }
  return next;
}
