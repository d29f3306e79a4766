import './lessonList.css';
import { useState } from 'react';
import { challengeScenario, challenges, type Lesson } from '../../lessons';
import { challengeProgressId } from './challengeRoute';
import { lessonScore, useAppStore, type LearnProgress } from '../../state';

/** The lesson to continue: the first one started but not finished, else the first not started. */
export function lessonToContinue(
  lessons: readonly Lesson[],
  progress: LearnProgress,
): { lesson: Lesson; step: string | null } | null {
  const unfinished = (l: Lesson) => (progress.lessons[l.id]?.done.length ?? 0) < l.steps.length;
  const started = lessons.find((l) => progress.lessons[l.id] && unfinished(l));
  const lesson = started ?? lessons.find(unfinished);
  if (!lesson) return null;
  const p = progress.lessons[lesson.id];
  const next = lesson.steps.find((s) => !p?.done.includes(s.id));
  return { lesson, step: p?.last ?? next?.id ?? lesson.steps[0]?.id ?? null };
}

/** "2 of 5 steps · predictions 1 of 2 right · checkpoints 3 of 3 right". */
function ProgressLine({ lesson }: { lesson: Lesson }) {
  const p = useAppStore((s) => s.learnProgress.lessons[lesson.id]);
  const score = lessonScore(p);
  const done = lesson.steps.filter((s) => p?.done.includes(s.id)).length;
  const answered = lesson.checkpoints.filter((c) => p?.checkpoints[c.id] !== undefined);
  const right = answered.filter((c) => p?.checkpoints[c.id]).length;
  return (
    <p className="lesson-progress small" data-testid="lesson-progress">
      <progress max={lesson.steps.length} value={done} aria-hidden="true" /> {done} of{' '}
      {lesson.steps.length} steps
      {score.predictionsMade > 0 &&
        ` · predictions ${score.predictionsRight} of ${score.predictionsMade} right`}
      {answered.length > 0 && ` · checkpoints ${right} of ${lesson.checkpoints.length} right`}
    </p>
  );
}

/**
 * The final challenges: each opens in the playground (the user's work kept aside), where the
 * engine grades the policies being edited against the challenge's requests.
 */
function ChallengeList() {
  const progress = useAppStore((s) => s.learnProgress);
  const openInPlayground = useAppStore((s) => s.openInPlayground);
  return (
    <section className="challenge-list" aria-labelledby="challenges-heading">
      <h2 id="challenges-heading">Final challenges</h2>
      <p className="small">
        Edit policies in the playground until the required requests are allowed and the others stay
        denied. The engine grades every change, and giving more than the job needs fails.
      </p>
      <ol className="lessons">
        {challenges.map((c) => {
          const solved = progress.lessons[challengeProgressId(c.id)]?.done.includes('solved');
          return (
            <li
              key={c.id}
              className="lesson-card"
              data-testid="challenge-card"
              data-challenge={c.id}
            >
              <h3>
                <span className="lesson-number">C{c.number}</span> {c.title}
              </h3>
              <p className="small" data-testid="challenge-progress">
                {solved ? '✓ Solved' : 'Not solved yet'}
              </p>
              <button
                type="button"
                aria-label={`${solved ? 'Open' : 'Start'} challenge ${c.number}: ${c.title}`}
                data-testid="challenge-start"
                onClick={() =>
                  openInPlayground(challengeScenario(c), 0, {
                    lesson: challengeProgressId(c.id),
                    step: 'challenge',
                    title: `Challenge ${c.number}: ${c.title}`,
                  })
                }
              >
                {solved ? 'Open' : 'Start'}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Every lesson with its progress, "continue", the quiz score and a reset. */
export function LessonList({ lessons }: { lessons: readonly Lesson[] }) {
  const progress = useAppStore((s) => s.learnProgress);
  const openLesson = useAppStore((s) => s.openLesson);
  const resetProgress = useAppStore((s) => s.resetProgress);
  const [confirming, setConfirming] = useState(false);
  const next = lessonToContinue(lessons, progress);
  const { right, wrong } = progress.quiz;

  return (
    <div className="lesson-list" data-testid="lesson-list">
      <div className="lesson-list-head">
        <h2>Lessons</h2>
        {next && (
          <button
            type="button"
            className="primary"
            data-testid="continue"
            onClick={() => openLesson({ lesson: next.lesson.id, step: next.step })}
          >
            {progress.lessons[next.lesson.id] ? 'Continue' : 'Start'}: lesson {next.lesson.number},{' '}
            {next.lesson.title}
          </button>
        )}
      </div>
      <ol className="lessons">
        {lessons.map((lesson) => {
          const started = progress.lessons[lesson.id] !== undefined;
          return (
            <li
              key={lesson.id}
              className="lesson-card"
              data-testid="lesson-card"
              data-lesson={lesson.id}
            >
              <h3>
                <span className="lesson-number">{lesson.number}</span> {lesson.title}
              </h3>
              <p>{lesson.summary}</p>
              <ProgressLine lesson={lesson} />
              <button
                type="button"
                aria-label={`${started ? 'Continue' : 'Start'} lesson ${lesson.number}: ${lesson.title}`}
                onClick={() =>
                  openLesson({
                    lesson: lesson.id,
                    step: progress.lessons[lesson.id]?.last ?? lesson.steps[0]?.id ?? null,
                  })
                }
              >
                {started ? 'Continue' : 'Start'}
              </button>
            </li>
          );
        })}
      </ol>
      <ChallengeList />
      <footer className="lesson-list-foot">
        <p className="small" data-testid="quiz-score">
          Predictions on playground requests: {right} right, {wrong} wrong.
        </p>
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)} data-testid="reset-progress">
            Reset progress…
          </button>
        ) : (
          <p role="group" aria-label="Confirm reset" className="small">
            Forget every lesson’s progress and the quiz score?{' '}
            <button
              type="button"
              className="danger"
              data-testid="reset-confirm"
              onClick={() => {
                resetProgress();
                setConfirming(false);
              }}
            >
              Reset
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </p>
        )}
      </footer>
    </div>
  );
}
