/**
 * Each step's scenario as JSON (the previous step's with its changes applied) and decoded through
 * the same decoder as files and share links, so lessons are checked like any user's scenario.
 */
import { decodeScenarioValue } from '../scenario';
import type { Scenario } from '../scenario/types';
import { applyChanges } from './patch';
import type { Lesson } from './types';

/** A step's scenario, or why it could not be built. */
export type StepScenario =
  | { ok: true; json: unknown; scenario: Scenario; warnings: string[] }
  | { ok: false; json: unknown; problem: string };

/** The scenario of every step of a lesson, in order. */
export function lessonScenarios(lesson: Lesson): StepScenario[] {
  const out: StepScenario[] = [];
  let json: unknown = undefined;
  for (const step of lesson.steps) {
    try {
      if (step.scenario !== undefined) json = step.scenario;
      if (json === undefined) throw new Error('the first step needs a scenario');
      if (step.change) json = applyChanges(json, step.change);
    } catch (e) {
      out.push({ ok: false, json, problem: `${step.id}: ${(e as Error).message}` });
      continue;
    }
    const decoded = decodeScenarioValue(json);
    out.push(
      decoded.ok
        ? {
            ok: true,
            json,
            scenario: decoded.scenario,
            warnings: decoded.issues.map((i) => `${step.id}: ${i.message}`),
          }
        : {
            ok: false,
            json,
            problem: `${step.id}: ${decoded.issues.map((i) => i.message).join('; ')}`,
          },
    );
  }
  return out;
}
