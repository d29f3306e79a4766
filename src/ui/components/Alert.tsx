import type { ReactNode } from 'react';
import type { InputProblem } from '../app/scenarioInput';
import { IssueList } from './IssueList';

/** A problem shown where it happened, announced to screen readers as it appears. */
export function Alert({
  problem,
  testId,
  children,
}: {
  problem: InputProblem;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <div role="alert" className="alert" data-testid={testId}>
      <p className="alert-title">{problem.title}</p>
      {problem.detail && <p className="alert-detail">{problem.detail}</p>}
      {problem.issues.length > 0 && <IssueList issues={problem.issues} />}
      {children}
    </div>
  );
}
