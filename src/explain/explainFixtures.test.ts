import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../engine';
import { findAssumption } from '../engine/assumptions';
import { decodeScenarioText } from '../scenario';
import { principalName } from './names';
import { explain, requestOf } from './explain';
import { keyPhrase } from './summary';
import { assumptionIds } from './traceQuery';

const DIR = 'src/scenario/fixtures/conformance/';
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => {
    const decoded = decodeScenarioText(readFileSync(DIR + file, 'utf8'));
    if (!decoded.ok) throw new Error(`${file} does not decode`);
    return { file, scenario: decoded.scenario };
  });

describe('explanations of the conformance fixtures', () => {
  it('covers the whole set', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(100);
  });

  it('name the principal, the action and the key of every decision first', () => {
    for (const { file, scenario } of fixtures) {
      for (const result of evaluateScenario(scenario).results) {
        const request = requestOf(result, scenario)!;
        const [first] = explain(result, scenario);
        const where = `${file} ${result.request}`;
        expect(first, where).toContain(principalName(request.principal, scenario));
        expect(first, where).toContain(request.action);
        expect(first, where).toContain(keyPhrase(request, scenario));
      }
    }
  });

  it('give the statement, grant or missing statement behind every authorization decision', () => {
    for (const { file, scenario } of fixtures) {
      for (const result of evaluateScenario(scenario).results) {
        const checked = result.trace.some((s) => s.rule === 'authorizationCheck');
        if (!checked) continue;
        const reasons = explain(result, scenario).slice(1).join('\n');
        const where = `${file} ${result.request}: ${reasons}`;
        if (result.decision === 'ExplicitDeny')
          expect(reasons, where).toMatch(/denies .+ explicitly/);
        else if (result.decision === 'Allow')
          expect(reasons, where).toMatch(/statement|[Gg]rant|root user|retire/);
        else expect(reasons, where).toMatch(/\bno\b|not|does not|only|cannot/i);
      }
    }
  });

  it('find, for every decision resting on an undocumented behaviour, the note that says so', () => {
    const seen = new Set<string>();
    for (const { scenario } of fixtures) {
      for (const result of evaluateScenario(scenario).results) {
        for (const id of assumptionIds(result.trace)) {
          expect(findAssumption(id)?.choice, id).toBeTruthy();
          seen.add(id);
        }
      }
    }
    // The fixtures exercise several of the documented assumptions (docs/semantics.md).
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
