import type { Lesson } from '../../lessons';
import { useAppStore } from '../../state';
import { CHECKPOINTS } from './route';

/** Back to the list, the lesson's title, "Step n of m" and a button per step. */
export function LessonNav({ lesson, index }: { lesson: Lesson; index: number }) {
  const openLesson = useAppStore((s) => s.openLesson);
  const done = useAppStore((s) => s.learnProgress.lessons[lesson.id]?.done);
  const total = lesson.steps.length;
  const atCheckpoints = index >= total;
  return (
    <header className="lesson-nav">
      <button
        type="button"
        className="link-button"
        onClick={() => openLesson(null)}
        data-testid="all-lessons"
      >
        ← All lessons
      </button>
      <h2 className="lesson-heading">
        <span className="muted">Lesson {lesson.number}:</span> {lesson.title}
      </h2>
      <p className="lesson-position" data-testid="step-position" aria-live="polite">
        {atCheckpoints ? 'Checkpoint questions' : `Step ${index + 1} of ${total}`}
      </p>
      <ol className="lesson-steps" aria-label="Steps of this lesson">
        {lesson.steps.map((s, i) => {
          // A later step's title may explain an earlier prediction: titles show once seen.
          const seen = i <= index || done?.includes(s.id);
          const label = seen ? `Step ${i + 1}: ${s.title}` : `Step ${i + 1}`;
          return (
            <li key={s.id}>
              <button
                type="button"
                className={done?.includes(s.id) ? 'step-dot is-done' : 'step-dot'}
                aria-current={i === index ? 'step' : undefined}
                aria-label={`${label}${done?.includes(s.id) ? ' (done)' : ''}`}
                title={label}
                onClick={() => openLesson({ lesson: lesson.id, step: s.id })}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
        {lesson.checkpoints.length > 0 && (
          <li>
            <button
              type="button"
              className="step-dot"
              aria-current={atCheckpoints ? 'step' : undefined}
              aria-label="Checkpoint questions"
              title="Checkpoint questions"
              onClick={() => openLesson({ lesson: lesson.id, step: CHECKPOINTS })}
            >
              ?
            </button>
          </li>
        )}
      </ol>
    </header>
  );
}
