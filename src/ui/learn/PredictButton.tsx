import { lazy, Suspense } from 'react';
import { selectCurrentResult, useAppStore } from '../../state';
import { selectActiveQuiz } from './quizState';

// The question and its verdict load on first use, keeping the playground's first load small.
const LazyQuizCard = lazy(() => import('./QuizCard').then((m) => ({ default: m.QuizCard })));

/** The quiz card, loaded on demand (see QuizCard). */
export function QuizSlot() {
  return (
    <Suspense fallback={<p className="muted">Loading the question…</p>}>
      <LazyQuizCard />
    </Suspense>
  );
}

/** Turns the selected request into a question. */
export function PredictButton() {
  const startQuiz = useAppStore((s) => s.startQuiz);
  const active = useAppStore((s) => selectActiveQuiz(s) !== null);
  const hasResult = useAppStore((s) => selectCurrentResult(s) !== null);
  return (
    <button
      type="button"
      onClick={() => startQuiz()}
      disabled={active || !hasResult}
      data-testid="predict-start"
      title="Hide the decision and guess it before the diagram plays"
    >
      Predict
    </button>
  );
}
