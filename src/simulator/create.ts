/** Creating a simulator state from a scenario. */
import type { Scenario } from '../scenario/types';
import { metaOf } from './model';
import type { SimulatorState } from './types';

/** Options for a new simulator. */
export interface SimulatorOptions {
  /** Start of the simulated clock (ISO); default 2026-01-01T00:00:00Z. */
  clock?: string;
  /** Region of new keys; default the first key's Region, else us-east-1. */
  region?: string;
  /** CLI profiles (name → principal ARN). */
  profiles?: Record<string, string>;
}

/** A fresh simulator over a scenario: no audit events yet; lifecycle facts default lazily. */
export function createSimulator(
  scenario: Scenario,
  options: SimulatorOptions = {},
): SimulatorState {
  const state: SimulatorState = {
    scenario,
    clock: options.clock ?? '2026-01-01T00:00:00Z',
    audit: [],
    counters: { keys: 0, grants: 0 },
    keyMeta: {},
    grantCreated: {},
    profiles: options.profiles ?? {},
    region: options.region ?? scenario.keys[0]?.arn.split(':')[3] ?? 'us-east-1',
  };
  const keyMeta: SimulatorState['keyMeta'] = {};
  for (const k of scenario.keys) keyMeta[k.arn] = metaOf(state, k);
  // A grant loaded unpropagated counts as created at the clock's start (propagates 5 minutes later).
  const grantCreated: Record<string, string> = {};
  for (const g of scenario.grants) if (!g.propagated) grantCreated[g.grantId] = state.clock;
  return { ...state, keyMeta, grantCreated };
}

/**
 * What the scenario file would carry besides the scenario (proposed optional field `simulator`):
 * the clock, the audit trail, counters, lifecycle facts, grant times, profiles and Region. Key
 * material and ciphertexts are never part of it.
 */
export type SimulatorField = Omit<SimulatorState, 'scenario'>;

/** Splits a state into the scenario and the proposed `simulator` field. */
export function splitState(state: SimulatorState): {
  scenario: Scenario;
  simulator: SimulatorField;
} {
  const { scenario, ...simulator } = state;
  return { scenario, simulator };
}

/** Rebuilds a state from a scenario and its `simulator` field (e.g. after a share link). */
export const joinState = (scenario: Scenario, simulator: SimulatorField): SimulatorState => ({
  ...simulator,
  scenario,
});
