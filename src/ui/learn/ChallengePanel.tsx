import { useEffect, useId, useMemo } from 'react';
import { gradeChallenge, type Challenge } from '../../lessons';
import { useAppStore } from '../../state';
import { challengeProgressId } from './challengeRoute';
import { MarkdownLite } from './MarkdownLite';

/**
 * A challenge in the playground: the task, and its requirements graded by the engine against the
 * scenario being edited, every time it changes. Solving it is recorded in course progress.
 */
export function ChallengePanel({ challenge }: { challenge: Challenge }) {
  const id = useId();
  const scenario = useAppStore((s) => s.scenario);
  const markStepDone = useAppStore((s) => s.markStepDone);
  const grade = useMemo(() => gradeChallenge(challenge, scenario), [challenge, scenario]);
  const met = grade.rows.filter((r) => r.ok).length;
  useEffect(() => {
    if (grade.solved) markStepDone(challengeProgressId(challenge.id), 'solved');
  }, [grade.solved, challenge.id, markStepDone]);

  return (
    <section className="challenge-panel" aria-labelledby={id} data-testid="challenge-panel">
      <h2 id={id} className="challenge-title">
        Challenge {challenge.number}: {challenge.title}
      </h2>
      <div className="challenge-task">
        <details open className="challenge-brief">
          <summary>The task</summary>
          <MarkdownLite text={challenge.brief} />
        </details>
        <details className="challenge-hint" data-testid="challenge-hint">
          <summary>A hint</summary>
          <p>{challenge.hint}</p>
        </details>
      </div>
      <div className="challenge-grade">
        <p
          className={`challenge-status ${grade.solved ? 'is-solved' : ''}`}
          role="status"
          aria-live="polite"
          data-testid="challenge-status"
          data-solved={grade.solved}
        >
          {grade.solved
            ? '✓ Solved: every request comes out as required, and nothing more is allowed.'
            : `${met} of ${grade.rows.length} requirements met${
                grade.warnings.length ? `; warnings to clear: ${grade.warnings.join(', ')}` : ''
              }. Edit the policies; the engine checks every change.`}
        </p>
        <ul className="challenge-requirements" aria-label="Requirements">
          {grade.rows.map((r) => (
            <li
              key={r.request}
              className={r.ok ? 'is-met' : 'is-unmet'}
              data-testid="challenge-requirement"
              data-request={r.request}
              data-ok={r.ok}
            >
              <span aria-hidden="true">{r.ok ? '✓' : '✕'}</span> {r.label}:{' '}
              <strong>{r.want === 'allow' ? 'must be allowed' : 'must stay denied'}</strong>
              <span className="muted">
                {' '}
                (now {r.outcome === 'Allowed' ? 'allowed' : r.outcome})
              </span>
              <span className="visually-hidden">{r.ok ? ', met' : ', not met'}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
