/**
 * `carriers` (issue 10, "for an Allowed request, show what carries it"): each statement or grant it
 * returns is one whose removal alone denies the request, checked here independently on the file
 * form; statements that another one backs up are not carriers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../engine';
import { scenarioArb } from '../engine/properties/arbitraries';
import { runs } from '../engine/properties/helpers';
import {
  ALICE,
  BOB,
  doc,
  grant,
  KEY_ARN,
  key,
  scenario,
  withPolicy,
} from '../engine/testing/build';
import { applyChanges } from '../lessons/patch';
import { decodeScenarioText, decodeScenarioValue, encodeScenarioText } from '../scenario';
import type { Scenario } from '../scenario/types';
import { carriers } from './index';

/** The request's outcome with the JSON at `pointer` removed from the file form. */
function outcomeWithout(s: Scenario, index: number, pointer: string): string | undefined {
  const json = applyChanges(JSON.parse(encodeScenarioText(s)), [{ op: 'remove', path: pointer }]);
  const decoded = decodeScenarioValue(json);
  if (!decoded.ok) return 'does not decode';
  return evaluateScenario(decoded.scenario).results[index]?.outcome;
}

const dir = join(__dirname, '../scenario/fixtures/conformance');

describe('carriers', () => {
  it('over the conformance set: removing each carrier denies the request', () => {
    let found = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const d = decodeScenarioText(readFileSync(join(dir, file), 'utf8'));
      if (!d.ok) continue;
      evaluateScenario(d.scenario).results.forEach((r, i) => {
        const list = carriers(d.scenario, i);
        if (r.outcome !== 'Allowed') return expect(list).toEqual([]);
        for (const c of list) {
          found++;
          expect(c.without).not.toBe('Allowed');
          expect(outcomeWithout(d.scenario, i, c.pointer), `${file} ${c.pointer}`).toBe(c.without);
        }
      });
    }
    expect(found).toBeGreaterThanOrEqual(30);
  });

  it('over generated scenarios (fast-check): removing each carrier denies the request', () => {
    fc.assert(
      fc.property(scenarioArb({ permissive: true }), (s) => {
        evaluateScenario(s).results.forEach((r, i) => {
          if (r.outcome !== 'Allowed') return;
          for (const c of carriers(s, i)) expect(outcomeWithout(s, i, c.pointer)).toBe(c.without);
        });
      }),
      { numRuns: runs(40) },
    );
  }, 120_000);

  it('S1, S6: the default key policy statement and the identity statement both carry an IAM-allowed request', () => {
    const s = scenario({
      principals: [
        withPolicy(ALICE, { Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY_ARN }),
      ],
    });
    expect(carriers(s, 0).map((c) => [c.document, c.pointer, c.sid])).toEqual([
      [
        'key:1234abcd-12ab-34cd-56ef-1234567890ab',
        '/keys/0/policy/Statement/0',
        'Enable IAM User Permissions',
      ],
      [`identity:${ALICE}#p`, '/principals/0/policies/0/document/Statement/0', null],
    ]);
  });

  it('S7: a grant alone carries a request the policies do not allow', () => {
    const s = scenario({
      keys: [
        key({
          policy: doc({ Effect: 'Allow', Principal: { AWS: BOB }, Action: 'kms:*', Resource: '*' }),
        }),
      ],
      grants: [grant({ granteePrincipal: ALICE })],
    });
    expect(carriers(s, 0)).toEqual([
      {
        document: 'grant:g1',
        path: [],
        sid: null,
        pointer: '/grants/0',
        without: 'AccessDeniedException',
      },
    ]);
  });

  it('two statements that each allow carry nothing alone', () => {
    const st = { Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'kms:Decrypt', Resource: '*' };
    const s = scenario({ keys: [key({ policy: doc({ ...st, Sid: 'A' }, { ...st, Sid: 'B' }) })] });
    expect(evaluateScenario(s).results[0]?.outcome).toBe('Allowed');
    expect(carriers(s, 0)).toEqual([]);
  });
});
