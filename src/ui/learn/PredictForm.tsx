import { useId, useState, type FormEvent } from 'react';
import { outcomeLabel, type PredictedOutcome } from '../../lessons/predict';
import type { Prediction } from '../../state';
import type { StatementChoice } from './predictModel';

/** The value of the "no statement" choice in the statement list. */
const NONE = '';

/**
 * The question before the reveal: what KMS answers (Allowed, AccessDenied explicit or implicit,
 * or another error, in an order that does not depend on the answer) and which statement decides
 * (or none). Nothing about the real decision is on screen while it is asked.
 */
export function PredictForm(props: {
  choices: StatementChoice[];
  /** The answers offered (see outcomeChoices). */
  outcomes: PredictedOutcome[];
  /** "Bob calls kms:Encrypt on alias/payroll". */
  question: string;
  /** One hint, opened on request. */
  hint?: string;
  onAnswer(p: Prediction): void;
}) {
  const id = useId();
  const [outcome, setOutcome] = useState<PredictedOutcome | null>(null);
  const [statement, setStatement] = useState<string | null>(null);
  const complete = outcome !== null && statement !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!complete) return;
    props.onAnswer({ outcome, statement: statement === NONE ? null : statement });
  };

  return (
    <form className="predict" data-testid="predict-form" onSubmit={submit} aria-labelledby={id}>
      <h3 id={id}>Predict the answer</h3>
      <p className="predict-question">{props.question}</p>
      <fieldset data-testid="predict-outcomes">
        <legend>What does KMS answer?</legend>
        {props.outcomes.map((o) => (
          <label key={o}>
            <input
              type="radio"
              name={`${id}-outcome`}
              value={o}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
              data-testid={`predict-outcome-${o}`}
            />{' '}
            {outcomeLabel(o)}
          </label>
        ))}
      </fieldset>
      <label className="predict-statement">
        <span>Which statement decides it?</span>
        <select
          value={statement ?? 'choose'}
          onChange={(e) => setStatement(e.target.value === 'choose' ? null : e.target.value)}
          data-testid="predict-statement"
        >
          <option value="choose" disabled>
            Choose…
          </option>
          <option value={NONE}>No statement: nothing matched</option>
          {props.choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {props.hint && (
        <details className="predict-hint" data-testid="predict-hint">
          <summary>A hint</summary>
          <p>{props.hint}</p>
        </details>
      )}
      <p className="small muted">Your first answer is the one scored.</p>
      <button type="submit" className="primary" disabled={!complete} data-testid="predict-submit">
        Reveal the answer
      </button>
    </form>
  );
}
