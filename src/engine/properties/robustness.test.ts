/**
 * Properties 1 and 2: the engine never throws, for generated scenarios and for scenarios whose
 * documents and parameters are arbitrary JSON; results have the promised shape; evaluation is
 * deterministic and leaves the scenario untouched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISIONS, OUTCOMES } from '../../scenario/enums';
import type { Scenario } from '../../scenario/types';
import { compileScenario, evaluateRequest, evaluateScenario } from '../index';
import type { ScenarioEvaluation } from '../types';
import { scenarioArb } from './arbitraries';
import { clone, runs } from './helpers';

const TIMEOUT = 120_000;

const SEVERITIES = ['error', 'warning', 'info'];
const EXPECTATIONS = ['met', 'failed', 'none'];

/** The result contract of types.ts, and the links between outcome and decision. */
function checkShape(s: Scenario, ev: ScenarioEvaluation): void {
  expect(ev.results).toHaveLength(s.requests.length);
  ev.results.forEach((r, i) => {
    expect(r.request).toBe(s.requests[i]?.id ?? String(i));
    expect(OUTCOMES).toContain(r.outcome);
    expect(DECISIONS).toContain(r.decision);
    expect(EXPECTATIONS).toContain(r.expectation);
    expect(Array.isArray(r.deciding)).toBe(true);
    expect(Array.isArray(r.trace)).toBe(true);
    // An explicit deny is always reported as AccessDenied; only an Allow gives Allowed.
    if (r.decision === 'ExplicitDeny') expect(r.outcome).toBe('AccessDeniedException');
    if (r.outcome === 'Allowed') {
      expect(r.decision).toBe('Allow');
      expect(r.message).toBeUndefined();
    } else expect(typeof r.message).toBe('string');
    if (r.outcome === 'AccessDeniedException') expect(r.decision).not.toBe('Allow');
  });
  for (const d of ev.diagnostics) {
    expect(SEVERITIES).toContain(d.severity);
    expect(typeof d.document).toBe('string');
    expect(typeof d.code).toBe('string');
    expect(typeof d.message).toBe('string');
  }
}

describe('engine robustness (property 1)', () => {
  it(
    'never throws on generated scenarios; results have one entry per request',
    () => {
      fc.assert(
        fc.property(scenarioArb(), (s) => {
          checkShape(s, evaluateScenario(s));
        }),
        { numRuns: runs(1000) },
      );
    },
    TIMEOUT,
  );

  it(
    'never throws when documents, elements and parameters are arbitrary JSON',
    () => {
      fc.assert(
        fc.property(scenarioArb({ garbage: true }), (s) => {
          checkShape(s, evaluateScenario(s));
        }),
        { numRuns: runs(1000) },
      );
    },
    TIMEOUT,
  );
});

describe('engine determinism (property 2)', () => {
  it(
    'same input gives the same results, traces and diagnostics, and the input is not changed',
    () => {
      fc.assert(
        fc.property(fc.oneof(scenarioArb(), scenarioArb({ garbage: true })), (s) => {
          const before = clone(s);
          const first = evaluateScenario(s);
          const second = evaluateScenario(s);
          expect(second).toStrictEqual(first);
          expect(evaluateScenario(clone(s))).toStrictEqual(first);
          // The per-request cache of a compiled scenario must not leak between evaluations.
          const cs = compileScenario(s);
          const order = s.requests.map((_, i) => s.requests.length - 1 - i);
          for (const i of [...order, ...order])
            expect(evaluateRequest(cs, i)).toStrictEqual(first.results[i]);
          expect(s).toStrictEqual(before);
        }),
        { numRuns: runs(1000) },
      );
    },
    TIMEOUT,
  );
});
