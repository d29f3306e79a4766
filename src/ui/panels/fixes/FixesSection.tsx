import { useMemo, useState } from 'react';
import { capitalise, documentPhrase, statementPhrase } from '../../../explain';
import type { Fix } from '../../../fixes';
import { previewFix, selectAppliedFix, useAppStore } from '../../../state';
import { AccessChanges } from '../../access';
import { DiffView } from '../../components/DiffView';
import { useDeferredFixes } from './useDeferredFixes';

/** Fixes shown before "Show all". */
const FIRST = 3;

function FixChangePreview({ fix }: { fix: Fix }) {
  const scenario = useAppStore((s) => s.scenario);
  const preview = useMemo(() => previewFix(scenario, fix), [scenario, fix]);
  if (!preview.ok) return <p className="small text-bad">{preview.message}</p>;
  return (
    <>
      {preview.changes.map((c) => (
        <div key={c.document} className="fix-diff">
          <p className="small muted">{capitalise(documentPhrase(c.document, scenario))}</p>
          <DiffView
            before={c.before}
            after={c.after}
            label={`Change to ${documentPhrase(c.document, scenario)}`}
          />
        </div>
      ))}
      <AccessChanges
        before={scenario}
        after={preview.scenario}
        label="Who gains or loses access with this change"
      />
      <details className="fix-patch">
        <summary>As a JSON Patch (RFC 6902)</summary>
        <pre className="small">{JSON.stringify(fix.patch, null, 2)}</pre>
      </details>
    </>
  );
}

function SideEffects({ fix }: { fix: Fix }) {
  if (fix.sideEffects.length === 0)
    return <p className="small muted fix-effects">No other request changes its outcome.</p>;
  return (
    <p className="small fix-effects" data-testid="fix-side-effects">
      Also changes{' '}
      {fix.sideEffects.map((e, i) => (
        <span key={e.request}>
          {i > 0 && ', '}
          <code>{e.request}</code>: {e.before} → {e.after}
        </span>
      ))}
      .
    </p>
  );
}

function FixItem({ fix, first }: { fix: Fix; first: boolean }) {
  const applyFix = useAppStore((s) => s.applyFix);
  return (
    <li className="fix" data-testid="fix" data-kind={fix.kind} data-rank={fix.rank}>
      <p className="fix-summary">
        {first && fix.sideEffects.length === 0 && (
          <span className="badge badge-allowed fix-best">Narrowest</span>
        )}{' '}
        {fix.summary}
      </p>
      <SideEffects fix={fix} />
      <div className="fix-actions">
        <details className="fix-details">
          <summary>Show the change</summary>
          <FixChangePreview fix={fix} />
        </details>
        <button
          type="button"
          className="small-button"
          data-testid="apply-fix"
          onClick={() => applyFix(fix)}
        >
          Apply
        </button>
      </div>
    </li>
  );
}

/**
 * "What would make it pass" for a denied request: verified changes (src/fixes), narrowest first,
 * each with its side effects, the change as a diff, and Apply (one undoable edit). For an allowed
 * request, what carries it: the statements and grants whose removal would deny it.
 */
export function FixesSection() {
  const found = useDeferredFixes();
  const outcome = useAppStore((s) => s.evaluation.results[s.selectedRequest]?.outcome);
  const scenario = useAppStore((s) => s.scenario);
  const applied = useAppStore(selectAppliedFix);
  const undo = useAppStore((s) => s.undo);
  const selectDocument = useAppStore((s) => s.selectDocument);
  const [all, setAll] = useState(false);
  if (!outcome) return null;

  const appliedNote = applied && (
    <p className="fix-applied small" role="status" data-testid="fix-applied">
      Applied: {applied.summary} The change is marked in the editor.{' '}
      <button type="button" className="link-button" onClick={undo}>
        Undo this fix
      </button>
    </p>
  );

  if (outcome === 'Allowed') {
    const carriers = found?.carriers ?? [];
    return (
      <section className="fixes" aria-labelledby="carriers-heading" data-testid="carriers">
        <h3 id="carriers-heading">What carries it</h3>
        {appliedNote}
        {!found ? (
          <p className="muted small">Checking what this decision rests on…</p>
        ) : carriers.length === 0 ? (
          <p className="muted small">
            No single statement or grant carries it: removing any one of them still allows it.
          </p>
        ) : (
          <ul className="carrier-list">
            {carriers.map((c) => (
              <li key={c.pointer} data-testid="carrier">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selectDocument(c.document)}
                >
                  {capitalise(documentPhrase(c.document, scenario))}
                  {!c.document.startsWith('grant:') && (
                    <>, statement {statementPhrase(c.sid, c.path)}</>
                  )}
                </button>{' '}
                <span className="small muted">— without it: {c.without}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }

  const fixes = found?.fixes ?? [];
  const shown = all ? fixes : fixes.slice(0, FIRST);
  return (
    <section className="fixes" aria-labelledby="fixes-heading" data-testid="fixes">
      <h3 id="fixes-heading">What would make it pass</h3>
      {appliedNote}
      {!found ? (
        <p className="muted small">Looking for the smallest change that allows it…</p>
      ) : fixes.length === 0 ? (
        <p className="muted small">
          No change to the policies, grants or this request makes it pass within three steps.
        </p>
      ) : (
        <>
          <p className="muted small">
            Each change was checked: with it, this request is Allowed. Narrowest first; none adds a
            wildcard principal or action.
          </p>
          <ol className="fix-list" data-testid="fix-list">
            {shown.map((f, i) => (
              <FixItem key={f.id} fix={f} first={i === 0} />
            ))}
          </ol>
          {fixes.length > FIRST && (
            <button type="button" className="link-button small" onClick={() => setAll(!all)}>
              {all ? 'Show fewer' : `Show all ${fixes.length} changes`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
