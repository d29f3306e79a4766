import type { ScenarioIssue } from '../app/scenarioInput';
import { formatPath } from './format';

/** How many decoder issues to list before summarising the rest. */
const SHOWN = 12;

/** The decoder writes messages to be embedded; shown alone, they start with a capital. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** The decoder's findings: where in the scenario, and what is wrong there. */
export function IssueList({ issues }: { issues: readonly ScenarioIssue[] }) {
  const shown = issues.slice(0, SHOWN);
  return (
    <ul className="issue-list">
      {shown.map((issue, index) => (
        <li key={index} data-testid="issue" data-code={issue.code}>
          {issue.path.length > 0 && <code className="issue-path">{formatPath(issue.path)}</code>}{' '}
          {sentence(issue.message)}
        </li>
      ))}
      {issues.length > SHOWN && <li>…and {issues.length - SHOWN} more.</li>}
    </ul>
  );
}
