/**
 * Demo key material carried by a scenario (`keys[].demoMaterial`): it survives decoding and
 * encoding, and a blob made in one session decrypts in another built from the same scenario.
 */
import { describe, expect, it } from 'vitest';
import { decodeScenarioText, decodeScenarioValue, encodeScenarioText } from '../scenario';
import type { Scenario } from '../scenario/types';
import { utf8 } from './bytes';
import { decrypt } from './decrypt';
import { encrypt } from './encrypt';
import { storeForScenario } from './keyMaterial';
import { ALICE, KEY_ARN, cryptoScenario } from './testing/scenario';

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

  it('a blob from one session decrypts in another made from the same scenario', async () => {
    const s = withDemo([V1, V2]);
    const ec = { app: 'demo' };
    const first = await storeForScenario(s);
    expect(first.list(KEY_ARN).map((v) => [v.version, v.demoBytes?.length])).toEqual([
      [1, 32],
      [2, 32],
    ]);
    const r = await encrypt(
      first,
      s,
      { principal: ALICE },
      { keyId: KEY_ARN, plaintext: utf8('shared'), encryptionContext: ec },
    );
    if (!r.ok) throw new Error(r.message);
    const second = await storeForScenario(s);
    const d = await decrypt(
      second,
      s,
      { principal: ALICE },
      { ciphertextBlob: r.value.ciphertextBlob, encryptionContext: ec },
    );
    expect(d.ok && d.value.plaintext).toEqual(utf8('shared'));
    const random = await storeForScenario(cryptoScenario());
    const denied = await decrypt(
      random,
      s,
      { principal: ALICE },
      { ciphertextBlob: r.value.ciphertextBlob, encryptionContext: ec },
    );
    expect(denied.outcome).toBe('InvalidCiphertextException');
  });
});
