import { describe, expect, it } from 'vitest';
import { createSimulator, splitState } from '../simulator';
import { viaPort } from '../simulator/testing/crypto';
import { ALICE, BOB, KEY_ARN, fixture } from '../simulator/testing';
import {
  decodeScenarioText,
  decodeScenarioValue,
  encodeScenarioText,
  decodeShareFragment,
  scenarioToJson,
} from '.';
import { encodeBase64url } from './base64url';
import { deflateRaw } from './deflate';
import type { SimulatorField } from './types';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call, run } = viaPort();

/** The scenario with its `simulator` field after a few console calls. */
async function afterSession() {
  let s = fixture();
  s = (await run(s, `aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk= --profile bob`)).state;
  s = (
    await call(s, ALICE, 'CreateGrant', {
      KeyId: KEY_ARN,
      GranteePrincipal: BOB,
      Operations: ['Encrypt'],
    })
  ).state;
  s = (await call(s, ALICE, 'ScheduleKeyDeletion', { KeyId: KEY_ARN })).state;
  const { scenario, simulator } = splitState(s);
  return { ...scenario, simulator: simulator as unknown as SimulatorField };
}

describe('the simulator field', () => {
  it('round-trips through the scenario file with its audit trail', async () => {
    const scenario = await afterSession();
    expect(scenario.simulator?.audit).toHaveLength(3);
    const decoded = decodeScenarioText(encodeScenarioText(scenario));
    expect(decoded.ok && decoded.issues).toEqual([]);
    if (decoded.ok) expect(decoded.scenario).toEqual(scenario);
  });

  it('is absent from scenarios that never used the console', async () => {
    const scenario = createSimulator(fixture().scenario).scenario;
    expect(encodeScenarioText(scenario)).not.toContain('"simulator"');
  });

  it('reports wrong shapes with their paths', async () => {
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

/**
 * What earlier versions saved after a console session: the simulator's placeholder ciphertexts
 * (blob → key, context and plaintext) and their count. The simulator now makes real AES-GCM blobs
 * and keeps no plaintext; such a file or link must still open, without them, and say so.
 */
describe('an old saved session with placeholder ciphertexts', () => {
  async function oldShaped(ciphertexts: Record<string, unknown>) {
    const scenario = await afterSession();
    const json = scenarioToJson(scenario) as { simulator: Record<string, unknown> };
    const counters = json.simulator.counters as Record<string, unknown>;
    const old = {
      ...json,
      simulator: {
        ...json.simulator,
        counters: { ...counters, ciphertexts: Object.keys(ciphertexts).length },
        ciphertexts,
      },
    };
    return { scenario, text: JSON.stringify(old, null, 2) };
  }
  const placeholders = {
    'SIMULATED-PLACEHOLDER-CIPHERTEXT-0123456789abcdef0123456789abcdef01234567': {
      key: KEY_ARN,
      encryptionContext: { Department: 'Finance' },
      plaintext: 'PLACEHOLDER-DATA-KEY-00ff',
    },
    'SIMULATED-PLACEHOLDER-CIPHERTEXT-89abcdef0123456789abcdef0123456789abcdef': {
      key: KEY_ARN,
      encryptionContext: {},
      plaintext: 'hello',
    },
  };
  const dropped = (issues: { path: (string | number)[]; severity: string; message: string }[]) =>
    issues.map((i) => ({ path: i.path.join('.'), severity: i.severity, message: i.message }));

  it('opens from a file without them, with a warning that they are no longer kept and no plaintext left', async () => {
    const { scenario, text } = await oldShaped(placeholders);
    const decoded = decodeScenarioText(text);
    expect(decoded.ok).toBe(true);
    expect(dropped(decoded.issues)).toEqual([
      {
        path: 'simulator.ciphertexts',
        severity: 'warning',
        message: expect.stringMatching(
          /^simulator\.ciphertexts: placeholder ciphertexts from an earlier version \(2\), left out of the scenario: the simulator no longer keeps placeholder ciphertexts/,
        ),
      },
    ]);
    if (!decoded.ok) return;
    expect(decoded.scenario).toEqual(scenario);
    const saved = encodeScenarioText(decoded.scenario);
    expect(saved).not.toContain('ciphertexts');
    expect(saved).not.toContain('PLACEHOLDER');
  });

  it('opens from a share link made by an earlier version, with the same warning', async () => {
    const { scenario, text } = await oldShaped(placeholders);
    const packed = await deflateRaw(new TextEncoder().encode(JSON.stringify(JSON.parse(text))));
    const decoded = await decodeShareFragment(`#s=1.${encodeBase64url(packed)}`);
    expect(decoded.ok && dropped(decoded.issues).map((i) => i.path)).toEqual([
      'simulator.ciphertexts',
    ]);
    if (decoded.ok) expect(decoded.scenario).toEqual(scenario);
  });

  it('an old session that kept none (every earlier session wrote an empty map and a count) opens without a word', async () => {
    const { scenario, text } = await oldShaped({});
    const decoded = decodeScenarioText(text);
    expect(decoded.ok && decoded.issues).toEqual([]);
    if (decoded.ok) expect(decoded.scenario).toEqual(scenario);
  });

  it('a ciphertexts field that is not even a map is left out with the warning, not a crash', async () => {
    const { text } = await oldShaped({});
    const json = JSON.parse(text) as { simulator: Record<string, unknown> };
    json.simulator.ciphertexts = 'gone';
    const decoded = decodeScenarioValue(json);
    expect(decoded.ok && dropped(decoded.issues).map((i) => `${i.path} ${i.severity}`)).toEqual([
      'simulator.ciphertexts warning',
    ]);
  });
});
