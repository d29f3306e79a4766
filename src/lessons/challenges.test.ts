/** Each challenge is graded by the engine: the start fails, the solution passes, too much fails. */
import { describe, expect, it } from 'vitest';
import { decodeScenarioValue } from '../scenario';
import type { Scenario } from '../scenario/types';
import { challenges, challengeScenario, gradeChallenge } from './challenges';
import { applyChanges } from './patch';
import type { ScenarioChange } from './types';

function changed(json: unknown, changes: ScenarioChange[]): Scenario {
  const decoded = decodeScenarioValue(applyChanges(json, changes));
  if (!decoded.ok) throw new Error(decoded.issues.map((i) => i.message).join('; '));
  return decoded.scenario;
}

describe('the final challenges', () => {
  it('are at least six, numbered in order, with unique ids', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(6);
    expect(challenges.map((c) => c.number)).toEqual(challenges.map((_, i) => i + 1));
    expect(new Set(challenges.map((c) => c.id)).size).toBe(challenges.length);
  });

  for (const c of challenges) {
    describe(`challenge ${c.number}: ${c.title}`, () => {
      it('names requests of its scenario, some to allow and some to keep denied', () => {
        const ids = challengeScenario(c).requests.map((r) => r.id);
        for (const r of c.requirements) expect(ids, r.request).toContain(r.request);
        expect(c.requirements.some((r) => r.want === 'allow')).toBe(true);
        expect(c.requirements.some((r) => r.want === 'deny')).toBe(true);
        for (const s of c.sources) expect(s.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      });

      it('is not solved as it starts', () => {
        expect(gradeChallenge(c, challengeScenario(c)).solved).toBe(false);
      });

      it('is solved by the reference solution', () => {
        const grade = gradeChallenge(c, changed(c.scenario, c.solution));
        expect(grade.rows.filter((r) => !r.ok)).toEqual([]);
        expect(grade.warnings).toEqual([]);
        expect(grade.solved).toBe(true);
      });

      it('is not solved by giving too much (least privilege)', () => {
        const grade = gradeChallenge(c, changed(c.scenario, c.tooBroad));
        expect(grade.solved).toBe(false);
      });

      it('grades the challenge’s own requests, whatever the learner did to the list', () => {
        const solved = changed(c.scenario, c.solution);
        expect(gradeChallenge(c, { ...solved, requests: [] }).solved).toBe(true);
      });
    });
  }
});
