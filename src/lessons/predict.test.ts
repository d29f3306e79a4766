/** What a prediction offers is read from the request, never from the answer. */
import { describe, expect, it } from 'vitest';
import { evaluateStep, lessonScenarios, lessons } from '.';
import { actualOutcome, errorChoice, outcomeChoices, outcomeMatches } from './predict';

describe('prediction choices', () => {
  it('offer Allowed, both kinds of AccessDenied and one error, in a fixed order', () => {
    for (const lesson of lessons) {
      const scenarios = lessonScenarios(lesson);
      lesson.steps.forEach((step, i) => {
        const built = scenarios[i];
        if (!step.predict || !built?.ok) return;
        const request = built.scenario.requests.find((r) => r.id === step.request);
        const offered = outcomeChoices(request, built.scenario, step.otherError);
        expect(offered.slice(0, 3), step.id).toEqual(['Allowed', 'ImplicitDeny', 'ExplicitDeny']);
        expect(offered, step.id).toHaveLength(4);
        // The real answer is always among them (no trick questions), whatever it is.
        expect(offered, step.id).toContain(actualOutcome(evaluateStep(built.scenario, step)!));
      });
    }
  });

  it('read the error from the key’s state, then the action', () => {
    const lesson = lessons.find((l) => l.id === 'key-types-and-lifecycle')!;
    const built = lessonScenarios(lesson)[0]!;
    if (!built.ok) throw new Error(built.problem);
    const s = built.scenario;
    const key = s.keys[0]!.arn;
    const decrypt = { id: 'd', principal: 'p', action: 'kms:Decrypt', key } as never;
    expect(errorChoice(decrypt, s)).toBe('InvalidCiphertextException');
    const disabled = { ...s, keys: [{ ...s.keys[0]!, state: 'Disabled' as const }] };
    expect(errorChoice(decrypt, disabled)).toBe('DisabledException');
    expect(errorChoice(decrypt, s, 'IncorrectKeyException')).toBe('IncorrectKeyException');
  });

  it('score "another error" right only for an error no offered choice names', () => {
    const offered = outcomeChoices(undefined, { keys: [] } as never, undefined, true);
    expect(offered.at(-1)).toBe('OtherError');
    expect(outcomeMatches('OtherError', 'NotFoundException', offered)).toBe(true);
    expect(outcomeMatches('OtherError', offered[3]!, offered)).toBe(false);
    expect(outcomeMatches('OtherError', 'ImplicitDeny', offered)).toBe(false);
    expect(outcomeMatches('Allowed', 'Allowed', offered)).toBe(true);
  });
});
