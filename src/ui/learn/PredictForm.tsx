import { useId, useState, type FormEvent } from 'react';
import type { Prediction } from '../../state';
import type { StatementChoice } from './predictModel';

/** The value of the "no statement" choice in the statement list. */
const NONE = '';

/**
 * The question before the reveal: Allowed or Denied, for a deny explicit or implicit, and which
 * statement decides (or none). Nothing about the real decision is on screen while it is asked.
 */
export function PredictForm(props: {
  choices: StatementChoice[];
  /** "Bob calls kms:Encrypt on alias/payroll". */
  question: string;
  onAnswer(p: Prediction): void;
}) {
  const id = useId();
  const [verdict, setVerdict] = useState<Prediction['verdict'] | null>(null);
  const [kind, setKind] = useState<Prediction['kind']>(null);
  const [statement, setStatement] = useState<string | null>(null);
  const complete = verdict !== null && (verdict === 'allow' || kind !== null) && statement !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!complete) return;
    props.onAnswer({
      verdict,
      kind: verdict === 'deny' ? kind : null,
      statement: statement === NONE ? null : statement,
    });
  };

  return (
    <form className="predict" data-testid="predict-form" onSubmit={submit} aria-labelledby={id}>
      <h3 id={id}>Predict the decision</h3>
      <p className="predict-question">{props.question}</p>
      <fieldset>
        <legend>Will KMS allow it?</legend>
        <label>
          <input
            type="radio"
            name={`${id}-verdict`}
            checked={verdict === 'allow'}
            onChange={() => setVerdict('allow')}
          />{' '}
          Allowed
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-verdict`}
            checked={verdict === 'deny'}
            onChange={() => setVerdict('deny')}
          />{' '}
          Denied
        </label>
      </fieldset>
      {verdict === 'deny' && (
        <fieldset>
          <legend>How is it denied?</legend>
          <label>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === 'explicit'}
              onChange={() => setKind('explicit')}
            />{' '}
            Explicitly: a Deny statement matches
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === 'implicit'}
              onChange={() => setKind('implicit')}
            />{' '}
            Implicitly: nothing allows it
          </label>
        </fieldset>
      )}
      <label className="predict-statement">
        <span>
          {verdict === 'deny' ? 'Which statement denies it?' : 'Which statement decides it?'}
        </span>
        <select
          value={statement ?? 'choose'}
          onChange={(e) => setStatement(e.target.value === 'choose' ? null : e.target.value)}
          data-testid="predict-statement"
        >
          <option value="choose" disabled>
            Choose…
          </option>
          <option value={NONE}>No statement matched</option>
          {props.choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={!complete} data-testid="predict-submit">
        Reveal the decision
      </button>
    </form>
  );
}
