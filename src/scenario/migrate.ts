import { SCENARIO_VERSION } from './types';

/** A step that turns a scenario of version N into version N + 1, on plain JSON. */
export type Migration = (scenario: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` upgrades version n to n + 1. Version 1 is the only version so far, so the table
 * is empty; the pipeline still runs through `migrate` so that adding version 2 means adding one
 * entry here (and bumping `SCENARIO_VERSION`), with old links and files still opening.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/**
 * Upgrades a header-checked scenario from `fromVersion` to `SCENARIO_VERSION`. Returns undefined
 * when a step is missing, which would be a build mistake rather than a user error.
 */
export function migrate(
  scenario: Record<string, unknown>,
  fromVersion: number,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
): Record<string, unknown> | undefined {
  let current = scenario;
  for (let version = fromVersion; version < SCENARIO_VERSION; version += 1) {
    const step = steps[version];
    if (!step) return undefined;
    current = { ...step(current), version: version + 1 };
  }
  return current;
}
