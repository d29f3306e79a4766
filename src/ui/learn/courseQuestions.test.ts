import { describe, expect, it } from 'vitest';
import { evaluateStep, lessonScenarios, lessons } from '../../lessons';
import { emptyProgress } from '../../state/learnProgress';
import { lessonToContinue } from './LessonList';
import { rightAnswer, statementChoices } from './predictModel';

describe('every prediction in the course can be answered right', () => {
  for (const lesson of lessons) {
    it(`lesson ${lesson.number}: ${lesson.title}`, () => {
      const scenarios = lessonScenarios(lesson);
      for (const [i, step] of lesson.steps.entries()) {
        const built = scenarios[i];
        if (!step.predict || !built?.ok) continue;
        const result = evaluateStep(built.scenario, step);
        expect(result, step.id).not.toBeNull();
        const request = built.scenario.requests.find((r) => r.id === step.request);
        const offered = statementChoices(built.scenario, request, result!).map((c) => c.key);
        const want = rightAnswer(result!).statements;
        // An implicit deny is answered "no statement matched"; otherwise a deciding statement
        // must be among the choices.
        if (want.length > 0)
          expect(
            want.some((k) => offered.includes(k)),
            step.id,
          ).toBe(true);
      }
    });
  }
});

describe('continue', () => {
  it('starts with the first lesson, then resumes the one in progress at its last step', () => {
    const [first, second] = lessons;
    expect(lessonToContinue(lessons, emptyProgress())).toEqual({
      lesson: first,
      step: first!.steps[0]!.id,
    });
    if (!second) return;
    const progress = emptyProgress();
    progress.lessons[first!.id] = {
      done: first!.steps.map((s) => s.id),
      predictions: {},
      checkpoints: {},
      last: first!.steps.at(-1)!.id,
    };
    progress.lessons[second.id] = {
      done: [second.steps[0]!.id],
      predictions: {},
      checkpoints: {},
      last: second.steps[1]?.id ?? null,
    };
    expect(lessonToContinue(lessons, progress)).toEqual({
      lesson: second,
      step: second.steps[1]?.id ?? null,
    });
  });
});
