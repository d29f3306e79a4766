import type { Diagnostic, JsonPath } from '../../engine/types';
import { formatPath } from '../components/format';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The engine's findings for the document in the editor; selecting one reveals where it is. */
export function ProblemList({
  diagnostics,
  onReveal,
}: {
  diagnostics: readonly Diagnostic[];
  onReveal(path: JsonPath): void;
}) {
  if (diagnostics.length === 0) return null;
  const sorted = [...diagnostics].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return (
    <details className="problems" data-testid="problems">
      <summary>
        Problems <span className="count">{diagnostics.length}</span>
      </summary>
      <ul>
        {sorted.map((d, i) => (
          <li key={i} data-testid="diagnostic" data-severity={d.severity} data-code={d.code}>
            <button type="button" className="link-button" onClick={() => onReveal(d.path)}>
              <span className={`severity severity-${d.severity}`}>{d.severity}</span>{' '}
              <code>{formatPath(d.path)}</code> {d.message}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
