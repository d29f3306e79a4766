import { evaluateScenario } from '../engine';
import type { Scenario } from '../scenario';
import type { ScenarioEvaluation } from '../engine';
import type { SliceCreator } from './runtime';
import type { EvaluationSlice } from './types';

/**
 * Evaluates every request of the scenario. The engine is meant never to throw; should it, the
 * failure becomes one error diagnostic on `scenario` instead of taking the app down.
 */
export function evaluate(s: Scenario): ScenarioEvaluation {
  try {
    return evaluateScenario(s);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      results: [],
      diagnostics: [
        {
          document: 'scenario',
          path: [],
          severity: 'error',
          code: 'InternalError',
          message: `the scenario could not be evaluated (internal error: ${detail})`,
        },
      ],
    };
  }
}

/**
 * The evaluation slice: state only. It is recomputed by `scenarioChange` (see derive.ts) in the
 * same update as the scenario, so no subscriber ever sees a scenario with a stale evaluation.
 */
export function createEvaluationSlice(initial: Scenario): SliceCreator<EvaluationSlice> {
  return () => ({ evaluation: evaluate(initial), previousEvaluation: null });
}
