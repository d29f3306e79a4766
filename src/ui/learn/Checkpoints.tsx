import './checkpoints.css';
import './predict.css';
import { useId, useMemo, useState } from 'react';
import { choiceOrder, choiceText, choiceWhy, type Checkpoint, type Lesson } from '../../lessons';
import { useAppStore } from '../../state';
import { revealNextStep } from './route';

/**
 * One question, its choices shuffled: choose and check. The first answer is scored. A wrong answer
 * says why it is wrong, never which answer is right; the learner may try again (no credit) or open
 * the step that demonstrates the answer. The right answer shows the explanation and "Show me".
 */
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
  const order = useMemo(() => choiceOrder(checkpoint), [checkpoint]);
  const [choice, setChoice] = useState<number | null>(null);
  const [tried, setTried] = useState<number[]>([]);
  const answerCheckpoint = useAppStore((s) => s.answerCheckpoint);
  const openLesson = useAppStore((s) => s.openLesson);
  const last = tried.at(-1) ?? null;
  const right = last === checkpoint.answer;
  const demo = checkpoint.demonstrate;
  const demoStep = lesson.steps.find((s) => s.id === demo.step);
  const lastChoice = last === null ? undefined : checkpoint.choices[last];

  const check = () => {
    if (choice === null || tried.includes(choice)) return;
    setTried([...tried, choice]);
    // Only the first answer scores; the slice ignores the later ones.
    answerCheckpoint(lesson.id, checkpoint.id, choice === checkpoint.answer);
  };

  return (
    <li className="checkpoint" data-testid="checkpoint" data-checkpoint={checkpoint.id}>
      <fieldset disabled={right}>
        <legend id={id}>
          <span className="muted">Question {n}.</span> {checkpoint.question}
        </legend>
        {order.map((i) => {
          const c = checkpoint.choices[i]!;
          const ruledOut = tried.includes(i) && i !== checkpoint.answer;
          return (
            <label key={i} className={ruledOut ? 'is-ruled-out' : undefined}>
              <input
                type="radio"
                name={`${id}-choice`}
                checked={choice === i}
                disabled={ruledOut}
                onChange={() => setChoice(i)}
              />{' '}
              {choiceText(c)}
              {ruledOut && <span className="visually-hidden"> (tried: not this one)</span>}
            </label>
          );
        })}
      </fieldset>
      {!right && (
        <button
          type="button"
          onClick={check}
          disabled={choice === null || tried.includes(choice)}
          data-testid="checkpoint-check"
        >
          {tried.length === 0 ? 'Check my answer' : 'Try again (no credit)'}
        </button>
      )}
      {last !== null && (
        <div
          className={`predict-verdict ${right ? 'is-right' : 'is-wrong'}`}
          role="status"
          data-testid="checkpoint-verdict"
          data-correct={right}
        >
          <p className="predict-verdict-headline">
            {right
              ? tried.length === 1
                ? '✓ Right.'
                : '✓ Right, on a later try (the first answer is the one scored).'
              : '✕ Not this one.'}
          </p>
          {right ? (
            <p>{checkpoint.explanation}</p>
          ) : (
            <p data-testid="checkpoint-why">
              {(lastChoice && choiceWhy(lastChoice)) ??
                'That answer does not hold. Think it through again, or open the step that demonstrates the answer.'}
            </p>
          )}
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
          {right.length} of {lesson.checkpoints.length} right on the first try
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
