import { useAppStore } from '../../state';
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
