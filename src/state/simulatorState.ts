/**
 * The bridge between the app's scenario and the simulated KMS account: the scenario's optional
 * `simulator` field holds what the simulator keeps besides the scenario, so the simulator state is
 * rebuilt from the current scenario for every console line and written back after it.
 */
import type { Scenario, SimulatorField as ScenarioSimulatorField } from '../scenario';
import {
  capAudit,
  consoleProfiles,
  createSimulator,
  joinState,
  splitState,
  type CloudTrailEvent,
  type SimulatorField,
  type SimulatorState,
} from '../simulator';

/** Where the clock starts for a scenario that never used the console. */
export const SIMULATOR_EPOCH = '2026-01-01T00:00:00Z';

/**
 * The simulator over the scenario (without its `simulator` field). Profiles: the scenario's own
 * (from a previous session) over one per principal, and `default` = the console's caller.
 */
export function simulatorOf(s: Scenario, caller: string | null): SimulatorState {
  const { simulator, ...scenario } = s;
  const base = simulator
    ? joinState(scenario, simulator as unknown as SimulatorField)
    : createSimulator(scenario, { clock: SIMULATOR_EPOCH });
  const profiles = { ...consoleProfiles(s), ...base.profiles };
  if (caller) profiles['default'] = caller;
  return { ...base, profiles };
}

/** The scenario after the simulator moved to `next`; profiles are kept as the scenario had them. */
export function withSimulator(s: Scenario, next: SimulatorState): Scenario {
  const split = splitState(capAudit(next));
  const simulator = {
    ...split.simulator,
    profiles: s.simulator?.profiles ?? {},
  } as unknown as ScenarioSimulatorField;
  return { ...split.scenario, simulator };
}

/** The scenario's audit trail as CloudTrail events (the file keeps them as JSON records). */
export const auditEvents = (s: Scenario): CloudTrailEvent[] =>
  (s.simulator?.audit ?? []) as unknown as CloudTrailEvent[];
