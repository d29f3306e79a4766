/**
 * Demo key material carried by a scenario (`keys[].demoMaterial`): it survives decoding and
 * encoding; malformed entries are refused. (That a blob made in one page session decrypts in
 * another is the simulator's: src/simulator/cryptoMaterial.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { decodeScenarioText, decodeScenarioValue, encodeScenarioText } from '../scenario';
import type { Scenario } from '../scenario/types';
import { KEY_ARN, cryptoScenario } from './testing/scenario';

const V1 = '00'.repeat(31) + '01';
const V2 = 'ab'.repeat(32);

function withDemo(material: string[]): Scenario {
  const s = cryptoScenario();
  return {
    ...s,
    keys: s.keys.map((k) => (k.arn === KEY_ARN ? { ...k, demoMaterial: material } : k)),
  };
}

describe('demo key material', () => {
  it('survives a decode → encode → decode round trip', () => {
    const text = encodeScenarioText(withDemo([V1, V2]));
    const back = decodeScenarioText(text);
    expect(back.ok && back.scenario.keys[0]?.demoMaterial).toEqual([V1, V2]);
  });

  it('malformed entries are errors on their path', () => {
    const json = JSON.parse(encodeScenarioText(withDemo([V1, 'xyz']))) as unknown;
    const r = decodeScenarioValue(json);
    expect(r.issues.map((i) => [i.code, i.path])).toContainEqual([
      'InvalidValue',
      ['keys', 0, 'demoMaterial', 1],
    ]);
  });
});
