/**
 * Issue 10, "Done when": every conformance scenario's denied request has at least one fix, and
 * every fix proposed over the conformance set and the property-test generator's scenarios makes
 * its request Allowed and writes no wildcard principal or action (checked independently, on the
 * file form, by testing/checkFix.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../engine';
import { scenarioArb } from '../engine/properties/arbitraries';
import { runs } from '../engine/properties/helpers';
import { decodeScenarioText } from '../scenario';
import type { Scenario } from '../scenario/types';
import { largeScenario } from '../cli/largeScenario';
import { proposeFixes } from './index';
import { checkFix } from './testing/checkFix';

const dir = join(__dirname, '../scenario/fixtures/conformance');
const conformance = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => {
    const decoded = decodeScenarioText(readFileSync(join(dir, file), 'utf8'));
    if (!decoded.ok) throw new Error(`${file} does not decode`);
    return { file, scenario: decoded.scenario };
  });

/** Indexes of the requests that are not Allowed. */
const denied = (s: Scenario, only?: string) =>
  evaluateScenario(s).results.flatMap((r, i) =>
    r.outcome !== 'Allowed' && (!only || r.outcome === only) ? [i] : [],
  );

describe('fixes over the conformance set', () => {
  it('has denied requests to fix', () => {
    const n = conformance.reduce(
      (k, c) => k + denied(c.scenario, 'AccessDeniedException').length,
      0,
    );
    expect(n).toBeGreaterThanOrEqual(50);
  });

  for (const { file, scenario } of conformance) {
    const indexes = denied(scenario, 'AccessDeniedException');
    if (indexes.length === 0) continue;
    it(`${file}: every AccessDeniedException request gets a fix, and every fix checks out`, () => {
      for (const i of indexes) {
        const fixes = proposeFixes(scenario, i);
        expect(fixes.length, `${file} request ${i}`).toBeGreaterThan(0);
        expect(fixes.map((f) => f.rank)).toEqual(fixes.map((_, k) => k + 1));
        for (const f of fixes) expect(checkFix(scenario, i, f)).toEqual([]);
      }
    });
  }

  it('fixes for other denied outcomes check out too (key state, lockout, validation)', () => {
    for (const { scenario } of conformance)
      for (const i of denied(scenario).filter(
        (i) => evaluateScenario(scenario).results[i]?.outcome !== 'AccessDeniedException',
      ))
        for (const f of proposeFixes(scenario, i)) expect(checkFix(scenario, i, f)).toEqual([]);
  });

  it('proposes nothing for an Allowed request', () => {
    const allowed = conformance.find((c) => denied(c.scenario).length === 0);
    expect(allowed).toBeDefined();
    if (allowed) expect(proposeFixes(allowed.scenario, 0)).toEqual([]);
  });
});

describe('the search is bounded', () => {
  it('maxCandidates caps the candidates evaluated (none: no fixes) and maxSteps the steps combined', () => {
    const v107 = conformance.find((c) => c.file === 'V107.json')?.scenario as Scenario;
    expect(proposeFixes(v107, 0, { maxCandidates: 0 })).toEqual([]);
    expect(proposeFixes(v107, 0).length).toBeGreaterThan(0);
    const v110 = conformance.find((c) => c.file === 'V110.json')?.scenario as Scenario;
    expect(proposeFixes(v110, 0, { maxSteps: 1 })).toEqual([]);
    expect(proposeFixes(v110, 0, { maxSteps: 2 }).length).toBeGreaterThan(0);
  });

  it('a scenario of 20 documents × 50 statements still gets its fix', () => {
    const large = largeScenario();
    const s = {
      ...large,
      requests: large.requests.map((r) => ({ ...r, action: 'kms:ScheduleKeyDeletion' })),
    };
    const fixes = proposeFixes(s, 0, { limit: 2 });
    expect(fixes[0]?.kind).toBe('keyPolicyStatement');
    for (const f of fixes) expect(checkFix(s, 0, f)).toEqual([]);
  }, 60_000);
});

describe('fixes over generated scenarios (fast-check)', () => {
  it('every proposed fix makes its request Allowed and writes no wildcard', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb(), scenarioArb({ permissive: true })), (s) => {
        for (const i of denied(s)) {
          for (const f of proposeFixes(s, i, { limit: 4 })) {
            const problems = checkFix(s, i, f);
            if (problems.length > 0) throw new Error(problems.join('\n'));
          }
        }
      }),
      { numRuns: runs(60) },
    );
  }, 120_000);

  it('never throws on scenarios with arbitrary JSON in every document, and what it proposes checks out', () => {
    fc.assert(
      fc.property(scenarioArb({ garbage: true }), (s) => {
        for (const i of denied(s)) {
          for (const f of proposeFixes(s, i, { limit: 3 })) {
            const problems = checkFix(s, i, f);
            if (problems.length > 0) throw new Error(problems.join('\n'));
          }
        }
      }),
      { numRuns: runs(40) },
    );
  }, 120_000);
});
