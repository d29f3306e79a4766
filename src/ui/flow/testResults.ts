/**
 * Test support: real engine results from the conformance fixtures and a generated scenario with
 * many documents. Used only by this folder's tests.
 */
import { evaluateScenario } from '../../engine';
import type { EvaluationResult } from '../../engine/types';
import { decodeScenarioText, type Json, type Scenario } from '../../scenario';
import { conformanceFixtures } from '../../scenario/testing/fixtures';

/** Decodes a conformance fixture by file name (`V030.json`). */
export function fixtureScenario(name: string): Scenario {
  const entry = conformanceFixtures.find(([n]) => n === name);
  if (!entry) throw new Error(`no fixture ${name}`);
  const decoded = decodeScenarioText(entry[1]);
  if (!decoded.ok) throw new Error(`${name} does not decode`);
  return decoded.scenario;
}

/** `[label, result]` for every request of every conformance fixture. */
export function fixtureResults(): [string, EvaluationResult][] {
  return conformanceFixtures.flatMap(([name]) =>
    evaluateScenario(fixtureScenario(name)).results.map((r): [string, EvaluationResult] => [
      `${name} ${r.request}`,
      r,
    ]),
  );
}

/** The first result of a fixture. */
export function fixtureResult(name: string): EvaluationResult {
  const r = evaluateScenario(fixtureScenario(name)).results[0];
  if (!r) throw new Error(`${name} has no request`);
  return r;
}

/**
 * V056 with `docs` identity policies of `statements` statements each: mostly Allows for other
 * actions, a few Denies whose condition fails, and one matching Allow in the middle document.
 */
export function manyDocumentsScenario(docs = 20, statements = 50): Scenario {
  const base = fixtureScenario('V056.json');
  const principal = base.principals[0];
  if (!principal) throw new Error('V056 has no principal');
  const policies = Array.from({ length: docs }, (_, d) => ({
    name: `generated${d}`,
    document: {
      Version: '2012-10-17',
      Statement: Array.from({ length: statements }, (_, s): Json =>
        s % 10 === 9
          ? {
              Sid: `Deny${d}x${s}`,
              Effect: 'Deny',
              Action: 'kms:*',
              Resource: '*',
              Condition: { StringEquals: { 'aws:PrincipalTag/team': `team-${d}-${s}` } },
            }
          : {
              Sid: `Allow${d}x${s}`,
              Effect: 'Allow',
              Action: d === Math.floor(docs / 2) && s === 0 ? 'kms:Decrypt' : `kms:Describe${s}*`,
              Resource: '*',
            },
      ),
    },
  }));
  return { ...base, principals: [{ ...principal, policies }] };
}
