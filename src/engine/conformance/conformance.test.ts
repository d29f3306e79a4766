import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeScenarioText } from '../../scenario';
import { evaluateScenario } from '../evaluate';

// The conformance scenarios (copied from the team's shared set) state AWS behaviour with its
// source; every expectation must be met (kms-semantics section 3).
const dir = join(__dirname, '../../scenario/fixtures/conformance');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('conformance scenarios', () => {
  it('has the whole set', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
  });
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const decoded = decodeScenarioText(text);
    const title = decoded.ok ? (decoded.scenario.title ?? file) : file;
    it(`${title}`, () => {
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      const { results } = evaluateScenario(decoded.scenario);
      for (const [i, r] of results.entries()) {
        const want = decoded.scenario.requests[i]?.expect;
        expect({ outcome: r.outcome, decision: r.decision, message: r.message }).toMatchObject({
          ...(want?.outcome ? { outcome: want.outcome } : {}),
          ...(want?.decision ? { decision: want.decision } : {}),
        });
        expect(r.expectation).toBe('met');
      }
    });
  }
});
