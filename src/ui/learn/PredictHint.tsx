import { useAppStore } from '../../state';
import { MarkdownLite } from './MarkdownLite';
import { selectActiveQuiz } from './quizState';

/** Points at the question while a prediction waits for an answer (read in the lesson's store). */
export function PredictHint() {
  const waiting = useAppStore((s) => selectActiveQuiz(s)?.answer === null);
  if (!waiting) return null;
  return (
    <p className="lesson-hint">
      Make your prediction in the Decision panel: the diagram plays once you answer.
    </p>
  );
}

/** A prediction step's explanation, shown once the learner has answered (read in the lesson's store). */
export function StepReveal({ text }: { text: string }) {
  const waiting = useAppStore((s) => selectActiveQuiz(s)?.answer === null);
  if (waiting) return null;
  return (
    <section className="lesson-reveal" aria-label="What happened" data-testid="step-reveal">
      <MarkdownLite text={text} />
    </section>
  );
}
