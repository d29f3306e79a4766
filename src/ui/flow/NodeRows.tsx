import { memo, useContext, type KeyboardEvent } from 'react';
import type { ChangeMark } from './diff';
import { TONE_ICON } from './icons';
import { INDENT, REASON_LINE, ROW_GAP, ROW_LINE, reasonLines, rowHeight } from './metrics';
import { SelectStepContext } from './selectContext';
import type { GraphRow } from './types';

/** Props of NodeRows. */
export interface NodeRowsProps {
  rows: GraphRow[];
  /**
   * Playback position: a row at or beyond it is dimmed, and its verdict stays hidden until the
   * steps under it are revealed too.
   */
  position: number;
  selectedRow: string | null;
  currentRow: string | null;
  rowChanges: Record<string, ChangeMark>;
}

// Enter/Space/Escape on a row must not reach React Flow's node wrapper, which would select the
// whole node instead of the row.
const keepKeys = (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ' || e.key === 'Escape') e.stopPropagation();
};

function Row({
  row,
  shown,
  done,
  selected,
  current,
  change,
}: {
  row: GraphRow;
  shown: boolean;
  done: boolean;
  selected: boolean;
  current: boolean;
  change: ChangeMark | undefined;
}) {
  const select = useContext(SelectStepContext);
  const lines = reasonLines(row);
  const className = [
    'kms-flow-row',
    'nodrag',
    'nopan',
    `tone-${done ? row.tone : 'neutral'}`,
    `kms-flow-row--${row.kind}`,
    shown ? '' : 'is-dimmed',
    selected ? 'is-selected' : '',
    current ? 'is-current' : '',
    change ? 'is-changed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const full = [row.label, row.status, row.reason].filter(Boolean).join(' — ');
  return (
    <li style={{ height: rowHeight(row), paddingLeft: row.depth * INDENT, paddingBottom: ROW_GAP }}>
      <button
        type="button"
        className={className}
        aria-pressed={selected}
        title={full}
        data-step={row.selectId ?? undefined}
        onClick={(e) => {
          e.stopPropagation();
          if (row.selectId) select(row.selectId);
        }}
        onKeyDown={keepKeys}
      >
        <span
          className="kms-flow-row__line"
          style={{ height: ROW_LINE, lineHeight: `${ROW_LINE}px` }}
        >
          <span className="kms-flow-row__icon" aria-hidden="true">
            {done ? TONE_ICON[row.tone] : '·'}
          </span>
          {done && row.deciding ? (
            <>
              <span className="kms-flow-row__star" aria-hidden="true" title="Decided the result">
                ★
              </span>
              <span className="kms-flow-sr">Deciding: </span>
            </>
          ) : null}
          <span
            className="kms-flow-row__label"
            style={shown || row.kind !== 'info' ? undefined : { visibility: 'hidden' }}
          >
            {row.label}
          </span>
          {done && row.status ? (
            <span className="kms-flow-row__status">
              <span className="kms-flow-sr">, </span>
              {row.status}
            </span>
          ) : null}
          {!shown ? <span className="kms-flow-sr">, not reached yet</span> : null}
          {shown && !done ? <span className="kms-flow-sr">, evaluating</span> : null}
          {change ? (
            <span className="kms-flow-badge kms-flow-badge--changed">
              {change === 'added' ? 'new' : 'changed'}
            </span>
          ) : null}
        </span>
        {lines > 0 ? (
          <span
            className="kms-flow-row__reason"
            style={{
              height: lines * REASON_LINE,
              lineHeight: `${REASON_LINE}px`,
              WebkitLineClamp: lines,
              visibility: done ? 'visible' : 'hidden',
            }}
          >
            <span className="kms-flow-sr">. </span>
            {row.reason}
          </span>
        ) : null}
      </button>
    </li>
  );
}

/** Statement-level rows of a node; each row selects its trace step. */
export const NodeRows = memo(function NodeRows({
  rows,
  position,
  selectedRow,
  currentRow,
  rowChanges,
}: NodeRowsProps) {
  return (
    <ul className="kms-flow-rows">
      {rows.map((r) => (
        <Row
          key={r.id}
          row={r}
          shown={r.stepIndex < position}
          done={r.lastStepIndex < position}
          selected={selectedRow === r.id}
          current={currentRow === r.id}
          change={rowChanges[r.id]}
        />
      ))}
    </ul>
  );
});
