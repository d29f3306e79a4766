import type { AccessChange, CellSummary } from '../../access';
import type { Scenario } from '../../scenario/types';
import { useAccessDiff } from './useAccess';
import { ROUTE_WORDS, shortKey, shortPrincipal } from './words';

function summaryWords(s: CellSummary | null): string {
  if (!s) return 'not in this version';
  if (s.access === 'allowed')
    return s.outcome === 'Allowed'
      ? `allowed (${s.via ? ROUTE_WORDS[s.via] : 'allow'})`
      : `authorized, then ${s.outcome}`;
  if (s.access === 'conditional') return 'allowed only with request values';
  return s.decision === 'ExplicitDeny' ? 'explicitly denied' : 'not allowed';
}

const TITLES: Record<AccessChange['change'], string> = {
  gained: 'Access gained',
  lost: 'Access lost',
  changed: 'Same access, another outcome or route',
};

/** A list of changed cells, grouped into gained, lost and changed. */
export function AccessChangeList({ changes }: { changes: AccessChange[] }) {
  if (changes.length === 0)
    return (
      <p className="access-status" data-testid="access-no-change">
        No change: every principal has the same access to every key.
      </p>
    );
  return (
    <div className="access-changes" data-testid="access-changes">
      {(['gained', 'lost', 'changed'] as const).map((kind) => {
        const list = changes.filter((c) => c.change === kind);
        if (list.length === 0) return null;
        return (
          <section key={kind} className={`access-change-group change-${kind}`}>
            <h3>
              {TITLES[kind]} ({list.length})
            </h3>
            <ul>
              {list.map((c) => (
                <li
                  key={`${c.principal} ${c.key} ${c.action}`}
                  data-testid={`access-change-${kind}`}
                >
                  <strong>{shortPrincipal(c.principal)}</strong> · {c.action} · {shortKey(c.key)}:{' '}
                  {summaryWords(c.before)} → {summaryWords(c.after)}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/**
 * The access gained and lost between two scenarios, computed in the access workers. The fixes
 * panel can show what a proposed fix grants with
 * `<AccessChanges before={scenario} after={previewFix(scenario, fix).scenario} />`.
 */
export function AccessChanges({
  before,
  after,
  label = 'What this changes',
}: {
  before: Scenario | null;
  after: Scenario | null;
  label?: string;
}) {
  const diff = useAccessDiff(before, after);
  return (
    <section className="access-diff" aria-label={label} data-testid="access-diff">
      {diff.state === 'error' ? (
        <p className="notice notice-error" role="alert">
          The change in access could not be computed: {diff.message}
        </p>
      ) : diff.state === 'pending' && diff.value === null ? (
        <p className="access-status" role="status">
          Comparing who can use the keys…
        </p>
      ) : (
        <AccessChangeList changes={diff.value ?? []} />
      )}
    </section>
  );
}
