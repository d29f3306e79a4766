import { describe, expect, it } from 'vitest';
import { call, createSimulator, runCommand, splitState } from '../simulator';
import { ALICE, BOB, KEY_ARN, fixture } from '../simulator/testing';
import { decodeScenarioText, decodeScenarioValue, encodeScenarioText } from '.';
import type { SimulatorField } from './types';

/** The scenario with its `simulator` field after a few console calls. */
function afterSession() {
  let s = fixture();
  s = runCommand(s, `aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk= --profile bob`).state;
  s = call(s, ALICE, 'CreateGrant', {
    KeyId: KEY_ARN,
    GranteePrincipal: BOB,
    Operations: ['Encrypt'],
  }).state;
  s = call(s, ALICE, 'ScheduleKeyDeletion', { KeyId: KEY_ARN }).state;
  const { scenario, simulator } = splitState(s);
  return { ...scenario, simulator: simulator as unknown as SimulatorField };
}

describe('the simulator field', () => {
  it('round-trips through the scenario file with its audit trail', () => {
    const scenario = afterSession();
    expect(scenario.simulator?.audit).toHaveLength(3);
    const decoded = decodeScenarioText(encodeScenarioText(scenario));
    expect(decoded.ok && decoded.issues).toEqual([]);
    if (decoded.ok) expect(decoded.scenario).toEqual(scenario);
  });

  it('is absent from scenarios that never used the console', () => {
    const scenario = createSimulator(fixture().scenario).scenario;
    expect(encodeScenarioText(scenario)).not.toContain('"simulator"');
  });

  it('reports wrong shapes with their paths', () => {
    const bad = decodeScenarioValue({
      format: 'kms-playground/scenario',
      version: 1,
      simulator: {
        clock: 5,
        counters: { keys: -1 },
        keyMeta: { k: { rotations: [{ RotationDate: 'x', RotationType: 'SOMETIMES' }] } },
        audit: [3, { eventName: 'Encrypt' }],
        extra: true,
      },
    });
    const paths = bad.issues.map((i) => `${i.path.join('.')} ${i.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'simulator.clock WrongType',
        'simulator.counters.keys WrongType',
        'simulator.keyMeta.k.creationDate MissingField',
        'simulator.keyMeta.k.rotations.0.RotationType InvalidValue',
        'simulator.audit.0 WrongType',
        'simulator.audit.1.eventTime MissingField',
        'simulator.extra UnknownField',
      ]),
    );
  });
});
