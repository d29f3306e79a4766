/**
 * A prediction must not give its answer away: everything on screen while the learner predicts
 * (the step's id in the address bar, its title, its text and its hint) is scanned for words that
 * state or imply an outcome. The explanation belongs in `reveal`, shown after the answer.
 */
import { describe, expect, it } from 'vitest';
import { lessons } from '.';
import type { LessonStep } from './types';

/** Words and phrases that state an outcome, or hint at one ("still", "not enough"). */
const OUTCOME = [
  /\bden(y|ie)d\b/i,
  /\ballowed\b/i,
  /\bpermitted\b/i,
  /\bsucce(ed|eds|eded|ss|ssful)\b/i,
  /\bfail(s|ed|ure)?\b/i,
  /\brefus(e|es|ed)\b/i,
  /\breject(s|ed)?\b/i,
  /\baccept(s|ed)?\b/i,
  /\bblock(s|ed)?\b/i,
  /\bwork(s|ed)?\b/i,
  /\bbreak(s)?\b/i,
  /\bstill\b/i,
  /\bagain\b/i,
  /\bnot (even|enough)\b/i,
  /\b(is|are) enough\b/i,
  /\bno effect\b/i,
  /\b(cannot|can't|can not|won't|will not)\b/i,
  /\bgrants? nothing\b/i,
  /\btrap\b/i,
  /\bbypass\b/i,
  /\blocked out\b/i,
  /\berror\b/i,
  /\b[A-Z][A-Za-z]+Exception\b/,
];

/** Titles and ids are read at a glance: no negations or limits either. */
const HEADLINE = [
  ...OUTCOME,
  /\b(not|no|never|nothing|nobody|none|only|even|without|enough|limits?|narrow|wins?|loses?)\b/i,
];

/** The phrases of `text` that give an answer away (empty: none). */
export function giveaways(text: string, patterns: readonly RegExp[]): string[] {
  return patterns.flatMap((p) => {
    const m = p.exec(text);
    return m ? [m[0]] : [];
  });
}

function preAnswer(step: LessonStep): { where: string; text: string; patterns: RegExp[] }[] {
  return [
    { where: 'id', text: step.id.replace(/-/g, ' '), patterns: HEADLINE },
    { where: 'title', text: step.title, patterns: HEADLINE },
    // `code` spans name policy elements (an `"Effect": "Deny"`), not outcomes.
    { where: 'text', text: step.text.replace(/`[^`]*`/g, '`…`'), patterns: OUTCOME },
    { where: 'hint', text: (step.hint ?? '').replace(/`[^`]*`/g, '`…`'), patterns: OUTCOME },
  ];
}

describe('the scan itself', () => {
  it('finds outcome words and hints, and leaves policy descriptions alone', () => {
    expect(giveaways('Intern is still denied.', OUTCOME)).toEqual(['denied', 'still']);
    expect(giveaways('KMS answers InvalidCiphertextException.', OUTCOME)).toEqual([
      'InvalidCiphertextException',
    ]);
    expect(giveaways('An IAM administrator is not enough', HEADLINE)).toContain('not enough');
    expect(giveaways('Her IAM policy allows kms:Encrypt. What does KMS answer?', OUTCOME)).toEqual(
      [],
    );
  });
});

describe('predictions do not give their answers away', () => {
  for (const lesson of lessons) {
    it(`lesson ${lesson.number}: ${lesson.title}`, () => {
      const found: string[] = [];
      for (const step of lesson.steps) {
        if (!step.predict) continue;
        for (const part of preAnswer(step)) {
          const words = giveaways(part.text, part.patterns);
          if (words.length) found.push(`${step.id} ${part.where}: ${words.join(', ')}`);
        }
        if (!step.reveal) found.push(`${step.id}: no reveal (the explanation after the answer)`);
      }
      expect(found).toEqual([]);
    });
  }
});
