import { memo, useContext } from 'react';
import { TONE_ICON } from './icons';
import { rowChange, type MapChange } from './mapModel';
import { SelectStepContext } from './selectContext';
import type { GraphRow } from './types';

/** Props of MapRows. */
export interface MapRowsProps {
  rows: GraphRow[];
  /** Playback position: rows beyond it are dimmed and keep their verdict hidden. */
  position: number;
  /** Playback has finished (every row shows its verdict). */
  finished: boolean;
  selectedStep: string | null;
  /** Change marks by trace step. */
  changes: Record<string, MapChange>;
}

/**
 * The statements, grants, conditions and checks under an expanded node, each with the values
 * compared; activating a row selects its trace step (the editor shows the statement).
 */
export const MapRows = memo(function MapRows({
  rows,
  position,
  finished,
  selectedStep,
  changes,
}: MapRowsProps) {
  const select = useContext(SelectStepContext);
  if (rows.length === 0) return <p className="kms-map-rows__empty">No statement-level detail.</p>;
  return (
    <ul className="kms-map-rows">
      {rows.map((r) => {
        const shown = finished || r.stepIndex < position;
        const done = finished || r.lastStepIndex < position;
        const selected = selectedStep !== null && r.stepIds.includes(selectedStep);
        const change = rowChange(r.stepIds, changes);
        const className = [
          'kms-map-row',
          `tone-${done ? r.tone : 'neutral'}`,
          `kms-map-row--${r.kind}`,
          shown ? '' : 'is-dimmed',
          selected ? 'is-selected' : '',
          change ? 'is-changed' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <li key={r.id} style={{ paddingLeft: `${r.depth * 0.9}em` }}>
            <button
              type="button"
              className={className}
              aria-pressed={selected}
              data-step={r.selectId ?? undefined}
              disabled={!r.selectId}
              onClick={(e) => {
                e.stopPropagation();
                if (r.selectId) select(r.selectId);
              }}
            >
              <span className="kms-map-row__line">
                <span className="kms-map-row__icon" aria-hidden="true">
                  {done ? TONE_ICON[r.tone] : '·'}
                </span>
                {done && r.deciding ? (
                  <span className="kms-map-row__star" title="Decided the result">
                    <span aria-hidden="true">★</span>
                    <span className="kms-flow-sr">Deciding: </span>
                  </span>
                ) : null}
                <span className="kms-map-row__label">{r.label}</span>
                {done && r.status ? (
                  <span className="kms-map-row__status">
                    <span className="kms-flow-sr">, </span>
                    {r.status}
                  </span>
                ) : null}
                {!shown ? <span className="kms-flow-sr">, not reached yet</span> : null}
                {change ? (
                  <span className="kms-flow-badge kms-flow-badge--changed">
                    {change === 'added' ? 'new' : 'changed'}
                  </span>
                ) : null}
              </span>
              {done && r.reason ? (
                <span className="kms-map-row__reason">
                  <span className="kms-flow-sr">. </span>
                  {r.reason}
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
});
