/**
 * Issue 16: `decideRequest` (no trace, no message; conditions stop at their first false clause)
 * gives the same outcome and decision as `evaluateRequest` for every request, whether the request
 * is decided first or second on the compiled scenario, and its repeated runs agree too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/types';
import { compileScenario, decideRequest, evaluateRequest } from '../index';
import { scenarioArb } from './arbitraries';
import { runs } from './helpers';

const TIMEOUT = 120_000;

function agree(s: Scenario): void {
  // Fast path first on one compiled scenario (it prepares the requests), traced first on another.
  const fastFirst = compileScenario(s);
  const tracedFirst = compileScenario(structuredClone(s));
  s.requests.forEach((_, i) => {
    const fast = decideRequest(fastFirst, i);
    const traced = evaluateRequest(tracedFirst, i);
    const expected = { outcome: traced.outcome, decision: traced.decision };
    expect({ outcome: fast.outcome, decision: fast.decision }).toEqual(expected);
    const again = decideRequest(tracedFirst, i);
    expect({ outcome: again.outcome, decision: again.decision }).toEqual(expected);
    const traced2 = evaluateRequest(fastFirst, i);
    expect({ outcome: traced2.outcome, decision: traced2.decision }).toEqual(expected);
  });
}

describe('decision-only evaluation equals the traced one', () => {
  it(
    'same outcome and decision on generated scenarios',
    () => {
      fc.assert(fc.property(scenarioArb(), agree), { numRuns: runs(1000) });
    },
    TIMEOUT,
  );

  it(
    'the same with permissive documents (more allowed requests)',
    () => {
      fc.assert(fc.property(scenarioArb({ permissive: true }), agree), { numRuns: runs(1000) });
    },
    TIMEOUT,
  );

  it(
    'the same when documents and parameters are arbitrary JSON',
    () => {
      fc.assert(fc.property(scenarioArb({ garbage: true }), agree), { numRuns: runs(500) });
    },
    TIMEOUT,
  );
});
