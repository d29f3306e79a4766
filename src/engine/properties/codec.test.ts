/**
 * Property 9: the scenarios the engine properties generate are valid decoded scenarios, and the
 * codec gives them back unchanged: decode(parse(encode(s))) = s.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenarioValue, encodeScenarioText } from '../../scenario';
import { scenarioArb } from './arbitraries';
import { runs } from './helpers';

describe('scenario codec round trip (property 9)', () => {
  it('decodeScenarioValue(JSON.parse(encodeScenarioText(s))) gives back s', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const decoded = decodeScenarioValue(JSON.parse(encodeScenarioText(s)));
        expect(decoded.ok ? [] : decoded.issues).toEqual([]);
        if (decoded.ok) expect(decoded.scenario).toStrictEqual(s);
      }),
      { numRuns: runs(1000) },
    );
  }, 120_000);
});
