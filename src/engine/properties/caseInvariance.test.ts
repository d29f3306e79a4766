/**
 * Condition key names are case-insensitive (IAM User Guide, "IAM JSON policy elements: Condition";
 * S36 for aws:SourceVpce): however a request spells the keys it supplies, every decision, outcome
 * and deciding statement stays the same — including whether a VPC endpoint policy applies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/types';
import { evaluateScenario } from '../index';
import { scenarioArb } from './arbitraries';
import { runs } from './helpers';

/** Re-spells a key: each letter upper- or lower-cased by the given bits. */
function respell(name: string, bits: number): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    out += (bits >>> (i % 31)) & 1 ? c.toUpperCase() : c.toLowerCase();
  }
  return out;
}

function respelled(s: Scenario, bits: number): Scenario {
  return {
    ...s,
    requests: s.requests.map((r) => ({
      ...r,
      context: Object.fromEntries(Object.entries(r.context).map(([k, v]) => [respell(k, bits), v])),
    })),
  };
}

const essentials = (s: Scenario) =>
  evaluateScenario(s).results.map((r) => ({
    outcome: r.outcome,
    decision: r.decision,
    deciding: r.deciding,
  }));

describe('re-spelling context keys (condition keys are case-insensitive)', () => {
  it('never changes whether a VPC endpoint policy applies (S13, S36)', () => {
    fc.assert(
      fc.property(scenarioArb(), fc.integer({ min: 0, max: 0x7fffffff }), (generated, bits) => {
        fc.pre(generated.vpcEndpoints.some((e) => e.policy !== undefined));
        // Every request names the endpoint only through the key it supplies.
        const s: Scenario = {
          ...generated,
          requests: generated.requests.map((r) => ({
            ...r,
            viaVpcEndpoint: undefined,
            context: { ...r.context, 'aws:SourceVpce': 'vpce-1' },
          })),
        };
        expect(essentials(respelled(s, bits))).toEqual(essentials(s));
      }),
      { numRuns: runs(300) },
    );
  }, 120_000);

  it('never changes a decision', () => {
    fc.assert(
      fc.property(
        fc.oneof(scenarioArb(), scenarioArb({ permissive: true })),
        fc.integer({ min: 0, max: 0x7fffffff }),
        (s, bits) => {
          fc.pre(s.requests.some((r) => Object.keys(r.context).length > 0));
          expect(essentials(respelled(s, bits))).toEqual(essentials(s));
        },
      ),
      { numRuns: runs(500) },
    );
  }, 120_000);
});
