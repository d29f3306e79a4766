import './checkpoints.css';
import './predict.css';
import { useId, useState } from 'react';
import type { Checkpoint, Lesson } from '../../lessons';
import { useAppStore } from '../../state';
import { revealNextStep } from './route';

/** One question: choose, check, see right or wrong and why, then "Show me" the step. */
function Question({
  lesson,
  checkpoint,
  n,
}: {
  lesson: Lesson;
  checkpoint: Checkpoint;
  n: number;
}) {
  const id = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [checked, setChecked] = useState<number | null>(null);
  const answerCheckpoint = useAppStore((s) => s.answerCheckpoint);
  const openLesson = useAppStore((s) => s.openLesson);
  const right = checked === checkpoint.answer;
  const demo = checkpoint.demonstrate;
  const demoStep = demo && lesson.steps.find((s) => s.id === demo.step);

  const check = () => {
    if (choice === null) return;
    setChecked(choice);
    answerCheckpoint(lesson.id, checkpoint.id, choice === checkpoint.answer);
  };

  return (
    <li className="checkpoint" data-testid="checkpoint" data-checkpoint={checkpoint.id}>
      <fieldset>
        <legend id={id}>
          <span className="muted">Question {n}.</span> {checkpoint.question}
        </legend>
        {checkpoint.choices.map((text, i) => (
          <label key={i}>
            <input
              type="radio"
              name={`${id}-choice`}
              checked={choice === i}
              onChange={() => setChoice(i)}
            />{' '}
            {text}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        onClick={check}
        disabled={choice === null || choice === checked}
        data-testid="checkpoint-check"
      >
        Check my answer
      </button>
      {checked !== null && (
        <div
          className={`predict-verdict ${right ? 'is-right' : 'is-wrong'}`}
          role="status"
          data-testid="checkpoint-verdict"
          data-correct={right}
        >
          <p className="predict-verdict-headline">
            {right
              ? '✓ Right.'
              : `✕ Not quite: the answer is “${checkpoint.choices[checkpoint.answer]}”.`}
          </p>
          <p>{checkpoint.explanation}</p>
          {demoStep && (
            <button
              type="button"
              onClick={() => {
                revealNextStep();
                openLesson({ lesson: lesson.id, step: demoStep.id });
              }}
              data-testid="checkpoint-show-me"
            >
              Show me: {demoStep.title}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** The lesson's checkpoint questions and the score so far. */
export function Checkpoints({ lesson }: { lesson: Lesson }) {
  const answers = useAppStore((s) => s.learnProgress.lessons[lesson.id]?.checkpoints);
  const openLesson = useAppStore((s) => s.openLesson);
  const answered = lesson.checkpoints.filter((c) => answers?.[c.id] !== undefined);
  const right = answered.filter((c) => answers?.[c.id]);
  return (
    <section
      className="checkpoints"
      aria-labelledby="checkpoints-heading"
      data-testid="checkpoints"
    >
      <h3 id="checkpoints-heading" tabIndex={-1}>
        Checkpoint questions
      </h3>
      {lesson.checkpoints.length === 0 ? (
        <p className="muted">This lesson has no checkpoint questions.</p>
      ) : (
        <p className="muted" data-testid="checkpoint-score">
          {right.length} of {lesson.checkpoints.length} right
          {answered.length < lesson.checkpoints.length ? ` (${answered.length} answered)` : ''}
        </p>
      )}
      <ol className="checkpoint-list">
        {lesson.checkpoints.map((c, i) => (
          <Question key={c.id} lesson={lesson} checkpoint={c} n={i + 1} />
        ))}
      </ol>
      <button type="button" onClick={() => openLesson(null)} data-testid="lesson-finish">
        Back to all lessons
      </button>
    </section>
  );
}
