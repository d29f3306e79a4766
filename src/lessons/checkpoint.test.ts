/** Checkpoints cannot be gamed: enough choices, the right one anywhere, reasons for wrong ones. */
import { describe, expect, it } from 'vitest';
import { lessons } from '.';
import { choiceOrder, choiceText, choiceWhy } from './checkpoint';

const all = lessons.flatMap((l) => l.checkpoints.map((c) => ({ lesson: l, c })));

describe('checkpoint choices', () => {
  it('are shown in a fixed order per question that is a permutation', () => {
    for (const { c } of all) {
      const order = choiceOrder(c);
      expect(
        [...order].sort((a, b) => a - b),
        c.id,
      ).toEqual(c.choices.map((_, i) => i));
      expect(choiceOrder(c), c.id).toEqual(order);
    }
  });

  it('put the right answer in every position, none in more than 40% of questions', () => {
    const positions = all.map(({ c }) => choiceOrder(c).indexOf(c.answer));
    const counts = new Map<number, number>();
    for (const p of positions) counts.set(p, (counts.get(p) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(expect.arrayContaining([0, 1, 2]));
    for (const [p, n] of counts)
      expect(n / positions.length, `position ${p}`).toBeLessThanOrEqual(0.4);
    // As written, too, the right answer is not mostly in one place.
    const written = all.map(({ c }) => c.answer);
    for (const p of new Set(written))
      expect(written.filter((w) => w === p).length / written.length).toBeLessThanOrEqual(0.4);
  });

  it('have three to five distinct choices, a reason on most wrong ones, and never name the right one in a reason', () => {
    let wrong = 0;
    let reasoned = 0;
    for (const { c } of all) {
      const texts = c.choices.map(choiceText);
      expect(texts.length, c.id).toBeGreaterThanOrEqual(3);
      expect(texts.length, c.id).toBeLessThanOrEqual(5);
      expect(new Set(texts).size, c.id).toBe(texts.length);
      expect(choiceWhy(c.choices[c.answer]!), `${c.id}: the right answer needs no reason`).toBe(
        undefined,
      );
      c.choices.forEach((choice, i) => {
        if (i === c.answer) return;
        wrong++;
        const why = choiceWhy(choice);
        if (why) {
          reasoned++;
          expect(why.includes(texts[c.answer]!), c.id).toBe(false);
        }
      });
    }
    expect(reasoned / wrong).toBeGreaterThan(0.9);
  });

  it('each point at a step of their lesson', () => {
    for (const { lesson, c } of all)
      expect(
        lesson.steps.some((s) => s.id === c.demonstrate.step),
        c.id,
      ).toBe(true);
  });
});
