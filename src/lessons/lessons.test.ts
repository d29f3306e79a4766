/** Every step of every lesson is checked by the engine; a lesson that teaches a wrong rule fails. */
import { describe, expect, it } from 'vitest';
import { createSimulatorPort } from '../crypto/simulatorPort';
import { checkLesson, consoleRunner, lessons } from '.';

describe('the course', () => {
  it('numbers its lessons 1..n in order with unique ids', () => {
    expect(lessons.map((l) => l.number)).toEqual(lessons.map((_, i) => i + 1));
    expect(new Set(lessons.map((l) => l.id)).size).toBe(lessons.length);
  });

  for (const lesson of lessons) {
    describe(`lesson ${lesson.number}: ${lesson.title}`, () => {
      it('has steps, checkpoints and AWS sources', () => {
        expect(lesson.steps.length).toBeGreaterThan(0);
        expect(lesson.checkpoints.length).toBeGreaterThan(0);
        expect(lesson.sources.length).toBeGreaterThan(0);
        for (const s of lesson.sources)
          expect(s.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
        expect(new Set(lesson.steps.map((s) => s.id)).size).toBe(lesson.steps.length);
        for (const s of lesson.steps.flatMap((step) => step.sources ?? []))
          expect(s.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      });

      // Console lines run as the app runs them, with real AES-GCM through the crypto port (one key
      // material store per lesson): a decrypt of a blob an earlier line made must give the data
      // key back, or fail on the wrong context.
      it('every step produces the outcome it teaches, every checkpoint is demonstrated', async () => {
        expect(await checkLesson(lesson, consoleRunner(createSimulatorPort()))).toEqual([]);
      });
    });
  }
});
