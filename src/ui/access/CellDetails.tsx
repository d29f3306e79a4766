import { whenText, type AccessCell } from '../../access';
import type { AppStore } from '../../state';
import { OutcomeBadge } from '../components/OutcomeBadge';
import { openCell } from './openCell';
import { cellSentence, ROUTE_WORDS } from './words';

/** The selected cell: what happened, through what, and a way into the playground. */
export function CellDetails({
  cell,
  principalLabel,
  keyLabel,
  store,
}: {
  cell: AccessCell;
  principalLabel: string;
  keyLabel: string;
  store: Pick<AppStore, 'getState'>;
}) {
  return (
    <section
      className="access-details"
      aria-labelledby="access-details-title"
      data-testid="access-details"
    >
      <h3 id="access-details-title">
        {principalLabel} · {cell.action} · {keyLabel}
      </h3>
      <p>
        <OutcomeBadge outcome={cell.outcome} />{' '}
        <span className="access-decision">{cell.decision}</span>
      </p>
      <p data-testid="access-details-sentence">{cellSentence(cell)}</p>
      {cell.document && (
        <p className="access-doc">
          {cell.access === 'allowed' ? 'Allowed by' : 'Decided by'} <code>{cell.document}</code>
        </p>
      )}
      {cell.when.length > 0 && (
        <ul className="access-when" data-testid="access-when">
          {cell.when.map((w, i) => (
            <li key={i}>
              Allowed through {ROUTE_WORDS[w.via]} when the request has {whenText(w.values)}.{' '}
              <button type="button" onClick={() => openCell(store, cell, w.values)}>
                Open with these values
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <button
          type="button"
          className="primary"
          data-testid="access-open-request"
          onClick={() => openCell(store, cell)}
        >
          Open as a request in the playground
        </button>
      </p>
    </section>
  );
}
