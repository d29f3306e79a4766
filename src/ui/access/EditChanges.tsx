import { useAppStore } from '../../state';
import { AccessChanges } from './AccessChanges';

/**
 * What the last change did (an edit, a fix, a paste or a load: the step Undo would take back): the
 * access gained and lost, as matrix cells.
 */
export function EditChanges() {
  const scenario = useAppStore((s) => s.scenario);
  const previous = useAppStore((s) => s.past.at(-1) ?? null);
  const appliedFix = useAppStore((s) =>
    s.appliedFix?.scenario === s.scenario ? s.appliedFix.summary : null,
  );
  return (
    <section className="access-edit" aria-labelledby="access-edit-title">
      <h2 id="access-edit-title">What the last change did</h2>
      {previous ? (
        <>
          <p className="access-intro">
            {appliedFix ? `The fix “${appliedFix}”: ` : 'Your last change (edit, paste or load): '}
            the access it gave and took away, cell by cell (Undo takes it back).
          </p>
          <AccessChanges
            before={previous}
            after={scenario}
            label="Access changed by the last change"
          />
        </>
      ) : (
        <p className="access-status" data-testid="access-no-edit">
          Nothing to compare yet: change a policy, a grant or a key in the playground and come back
          here.
        </p>
      )}
    </section>
  );
}
