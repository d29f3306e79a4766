import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenarioText } from './decodeText';
import { decodeScenarioValue } from './decodeValue';
import { encodeScenarioText, scenarioToJson } from './encode';
import { examples } from './examples';
import type { DecodeResult } from './issues';
import { scenario as scenarioArb } from './testing/arbitraries';
import { conformanceFixtures } from './testing/fixtures';
import { MAX_SCENARIO_BYTES } from './limits';
import type { Scenario } from './types';

function decoded(result: DecodeResult): Scenario {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.scenario;
}

describe('encodeScenarioText', () => {
  it('writes the compact form when indentation would take a valid scenario past the size limit', () => {
    const example = examples[0]!.scenario;
    const values = Array.from({ length: 60_000 }, (_, i) => `v${i % 10}`);
    const big: Scenario = {
      ...example,
      keys: example.keys.map((k, i) =>
        i > 0
          ? k
          : {
              ...k,
              policy: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Sid: 'Big',
                    Effect: 'Allow',
                    Principal: '*',
                    Action: 'kms:Decrypt',
                    Resource: '*',
                    Condition: { StringEquals: { 'aws:SourceVpce': values } },
                  },
                ],
              },
            },
      ),
    };
    expect(
      new TextEncoder().encode(JSON.stringify(scenarioToJson(big), null, 2)).length,
    ).toBeGreaterThan(MAX_SCENARIO_BYTES);
    const text = encodeScenarioText(big);
    expect(text.length).toBeLessThan(MAX_SCENARIO_BYTES);
    expect(decoded(decodeScenarioText(text))).toStrictEqual(
      decoded(decodeScenarioValue(scenarioToJson(big))),
    );
    // Small scenarios keep the readable, indented form.
    expect(encodeScenarioText(example)).toContain('\n  "version": 1');
  });

  it.each(conformanceFixtures)('round-trips %s', (_name, text) => {
    const s = decoded(decodeScenarioText(text));
    expect(decoded(decodeScenarioText(encodeScenarioText(s)))).toStrictEqual(s);
  });

  it.each(examples.map((e) => [e.id, e.scenario] as const))(
    'round-trips the %s example',
    (_id, s) => {
      expect(decoded(decodeScenarioText(encodeScenarioText(s)))).toStrictEqual(s);
    },
  );

  // Generating whole scenarios is the slow part; allow time on a busy machine.
  it('round-trips generated scenarios', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const back = decodeScenarioText(encodeScenarioText(s));
        expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(decoded(back)).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });

  it('writes only fields that differ from their defaults', () => {
    const s = decoded(
      decodeScenarioValue({
        format: 'kms-playground/scenario',
        version: 1,
        keys: [
          {
            arn: 'k',
            state: 'Enabled',
            keySpec: 'SYMMETRIC_DEFAULT',
            multiRegion: false,
            aliases: [],
            tags: {},
            policy: {},
          },
        ],
        grants: [
          {
            grantId: 'g',
            key: 'k',
            granteePrincipal: 'p',
            operations: ['Decrypt'],
            propagated: true,
          },
        ],
        requests: [
          {
            principal: 'p',
            action: 'kms:Decrypt',
            key: 'k',
            grantTokens: [],
            deriveContext: true,
            context: {},
            encryptionContext: {},
          },
        ],
        vpcEndpoints: [],
      }),
    );
    expect(scenarioToJson(s)).toStrictEqual({
      format: 'kms-playground/scenario',
      version: 1,
      keys: [{ arn: 'k', policy: {} }],
      grants: [{ grantId: 'g', key: 'k', granteePrincipal: 'p', operations: ['Decrypt'] }],
      // An empty encryption context is kept: "no context" and "empty context" are different requests.
      requests: [{ principal: 'p', action: 'kms:Decrypt', key: 'k', encryptionContext: {} }],
    });
  });

  it('writes documents given as strings back as objects, pretty-printed with a final newline', () => {
    const s = decoded(
      decodeScenarioValue({
        format: 'kms-playground/scenario',
        version: 1,
        keys: [{ arn: 'k', policy: '{"Version":"2012-10-17"}' }],
      }),
    );
    const text = encodeScenarioText(s);
    expect(text).toBe(
      '{\n  "format": "kms-playground/scenario",\n  "version": 1,\n  "keys": [\n    {\n      "arn": "k",\n      "policy": {\n        "Version": "2012-10-17"\n      }\n    }\n  ]\n}\n',
    );
  });

  it('makes conformance files shorter, never longer', () => {
    for (const [, text] of conformanceFixtures) {
      const s = decoded(decodeScenarioText(text));
      expect(encodeScenarioText(s).length).toBeLessThanOrEqual(text.length);
    }
  });
});
