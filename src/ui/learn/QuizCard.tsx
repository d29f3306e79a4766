import './predict.css';
import { useEffect, useMemo } from 'react';
import type { EvaluationResult } from '../../engine/types';
import { selectCurrentResult, useAppStore, type Quiz } from '../../state';
import { selectActiveQuiz } from './quizState';
import type { Request, Scenario } from '../../scenario/types';
import { keyLabel, principalName } from '../../explain';
import { PredictForm } from './PredictForm';
import { outcomeChoices, type PredictedOutcome } from '../../lessons/predict';
import { rightAnswer, scorePrediction, statementChoices, wrongBelief } from './predictModel';

/** "Bob calls kms:Encrypt on alias/payroll." */
export function requestQuestion(request: Request | undefined, scenario: Scenario): string {
  if (!request) return 'What does KMS answer?';
  const who = principalName(request.principal, scenario);
  const key = request.key ? ` on ${keyLabel(request.key, scenario)}` : '';
  return `${who} calls ${request.action}${key}. What does KMS answer?`;
}

function decisionWords(result: EvaluationResult): string {
  if (result.outcome === 'Allowed') return 'Allowed';
  if (result.outcome === 'AccessDeniedException')
    return result.decision === 'ExplicitDeny'
      ? 'AccessDeniedException, an explicit deny'
      : 'AccessDeniedException, an implicit deny';
  return result.decision === 'Allow'
    ? `${result.outcome}: the policies allow the call, but it fails`
    : result.outcome;
}

/** Right or wrong, part by part, once the learner has answered. */
function Verdict({
  quiz,
  result,
  offered,
}: {
  quiz: Quiz;
  result: EvaluationResult;
  offered: PredictedOutcome[];
}) {
  const endQuiz = useAppStore((s) => s.endQuiz);
  const answer = quiz.answer;
  if (!answer) return null;
  const parts = scorePrediction(answer, result, offered);
  const want = rightAnswer(result);
  const why = wrongBelief(answer, result, offered);
  return (
    <div
      className={`predict-verdict ${answer.correct ? 'is-right' : 'is-wrong'}`}
      data-testid="predict-verdict"
      data-correct={answer.correct}
      role="status"
    >
      <p className="predict-verdict-headline">
        {answer.correct ? '✓ Right' : '✕ Not quite'}: {decisionWords(result)}.
      </p>
      {why && (
        <p className="predict-why" data-testid="predict-why">
          {why}
        </p>
      )}
      <ul className="small">
        <li>{parts.outcome ? '✓' : '✕'} What KMS answers</li>
        <li>
          {parts.statement ? '✓' : '✕'}{' '}
          {want.statements.length === 0
            ? 'No statement matched: nothing allowed the request.'
            : 'The deciding statement (listed under “Decided by”).'}
        </li>
      </ul>
      {!answer.correct && (
        <p className="small muted">No credit for this one: the first answer is the one scored.</p>
      )}
      <button type="button" onClick={endQuiz} data-testid="predict-done">
        Done
      </button>
    </div>
  );
}

/**
 * The prediction asked about the selected request: the question until answered, then the
 * verdict. Reads whichever store it is given (the playground's or a lesson's).
 */
export function QuizCard() {
  const quiz = useAppStore(selectActiveQuiz);
  const result = useAppStore(selectCurrentResult);
  const scenario = useAppStore((s) => s.scenario);
  const selected = useAppStore((s) => s.selectedRequest);
  const answerQuiz = useAppStore((s) => s.answerQuiz);
  const play = useAppStore((s) => s.play);
  const request = scenario.requests[selected];
  const choices = useMemo(
    () => (result ? statementChoices(scenario, request, result) : []),
    [scenario, request, result],
  );
  // A lesson's question names its four answers; the playground's adds "another error".
  const offered = useMemo(
    () => outcomeChoices(request, scenario, quiz?.otherError, quiz?.lesson !== true),
    [request, scenario, quiz?.otherError, quiz?.lesson],
  );
  const asking = quiz !== null && quiz.answer === null;
  useEffect(() => {
    // Outcome marks elsewhere on screen (the request list, the editor's highlights) would give
    // the answer away: predict.css hides them while the question is open.
    if (!asking) return;
    document.documentElement.dataset.quiz = 'open';
    return () => {
      delete document.documentElement.dataset.quiz;
    };
  }, [asking]);
  if (!quiz || !result) return null;
  if (quiz.answer) return <Verdict quiz={quiz} result={result} offered={offered} />;
  return (
    <PredictForm
      choices={choices}
      outcomes={offered}
      hint={quiz.hint}
      question={requestQuestion(request, scenario)}
      onAnswer={(p) => {
        answerQuiz(p, scorePrediction(p, result, offered).correct);
        play();
      }}
    />
  );
}
