import { memo, type Ref } from 'react';
import type { MapItem, MapStatus } from '../../explain';
import type { MapChange } from './mapModel';
import { MapRows } from './MapRows';
import type { GraphRow } from './types';

/** A glyph per status: shapes differ as well as colours (the status words say the same). */
export const STATUS_ICON: Record<MapStatus, string> = {
  pass: '✓',
  allow: '✓',
  stop: '⊘',
  noAllow: '✗',
  fail: '✗',
  notReached: '–',
  notNeeded: '–',
  notApplicable: '–',
};

/** Props of MapNode. */
export interface MapNodeProps {
  item: MapItem;
  /** Playback has reached it (booleans, not an object, so memo skips unchanged nodes). */
  revealed: boolean;
  /** Its verdict is known. */
  complete: boolean;
  /** It holds the latest revealed step. */
  current: boolean;
  /** The stop is an implicit deny (amber) rather than an explicit one (red). */
  implicit?: boolean;
  open: boolean;
  onToggle(id: string): void;
  /** Rows of an opened node (empty while closed). */
  rows: GraphRow[];
  position: number;
  finished: boolean;
  /** The selected trace step belongs to this node. */
  selected: boolean;
  selectedStep: string | null;
  change: MapChange | undefined;
  /** Change marks by trace step (rows show the marks of their steps). */
  stepChanges: Record<string, MapChange>;
  /** Ref of the root element (the decision node's, to bring it into view). */
  nodeRef?: Ref<HTMLLIElement>;
}

/**
 * One gate, route, after-authorization box or the decision. Collapsed it says what it is, its
 * verdict in words and one line of why; its head button expands the statements, grants and
 * values compared below it. Before playback reaches it, it is dimmed and says so.
 */
export const MapNode = memo(function MapNode({
  item,
  revealed,
  complete,
  current,
  implicit = false,
  open,
  onToggle,
  rows,
  position,
  finished,
  selected,
  selectedStep,
  change,
  stepChanges,
  nodeRef,
}: MapNodeProps) {
  const view = { revealed, complete, current };
  const status = view.complete ? item.statusWords : view.revealed ? 'Evaluating…' : 'Waiting';
  // The decision's title is the outcome: it waits for playback (a room may be voting on it).
  const title = item.kind === 'decision' && !view.complete ? 'Decision' : item.title;
  const className = [
    'kms-map-node',
    `kms-map-node--${item.kind}`,
    view.complete ? `status-${item.status}` : 'status-pending',
    implicit ? 'is-implicit' : '',
    view.complete && item.lit ? 'is-lit' : '',
    view.revealed ? '' : 'is-dimmed',
    view.current ? 'is-current' : '',
    open ? 'is-open' : '',
    selected ? 'is-selected' : '',
    change ? 'is-changed' : '',
    item.halves && view.complete ? 'has-halves' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const detailId = `map-detail-${item.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  // Opening a node shows its whole reason and its rows (statements, grants, values compared). The
  // decision has no rows of its own: the decision panel above it holds its full message.
  const expandable = item.kind !== 'decision';
  const detail = open && rows.length > 0;
  return (
    <li
      ref={nodeRef}
      className={className}
      data-item={item.id}
      data-status={view.complete ? item.status : 'pending'}
      data-testid={`map-${item.kind}`}
      data-stop={item.kind === 'gate' && item.status === 'stop' ? 'true' : undefined}
    >
      <button
        type="button"
        className="kms-map-node__head"
        aria-expanded={expandable ? open : undefined}
        aria-controls={detail ? detailId : undefined}
        disabled={!expandable}
        title={`${title}: ${status}${view.complete ? `. ${item.reason}` : ''}`}
        onClick={() => onToggle(item.id)}
      >
        <span className="kms-map-node__icon" aria-hidden="true">
          {view.complete ? STATUS_ICON[item.status] : '·'}
        </span>
        <span className="kms-map-node__title">{title}</span>
        <span className="kms-map-node__status">
          <span className="kms-flow-sr">: </span>
          {status}
        </span>
        {change ? (
          <span className="kms-flow-badge kms-flow-badge--changed">
            {change === 'added' ? 'new' : 'changed'}
          </span>
        ) : null}
        {expandable ? (
          <span className="kms-map-node__chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
        ) : null}
      </button>
      <p className="kms-map-node__reason">{view.complete ? item.reason : '\u00a0'}</p>
      {item.halves && view.complete ? (
        <ul className="kms-map-halves" aria-label="Both accounts must allow">
          {item.halves.map((h) => (
            <li key={h.label} className={`kms-map-half status-${h.status}`}>
              <span className="kms-map-half__head">
                <span aria-hidden="true">{STATUS_ICON[h.status]}</span>
                <span className="kms-map-half__label">{h.label}</span>
                <span className="kms-map-half__status">{h.statusWords}</span>
              </span>
              <span className="kms-map-half__reason">{h.reason}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {detail ? (
        <div id={detailId} className="kms-map-node__detail">
          <MapRows
            rows={rows}
            position={position}
            finished={finished}
            selectedStep={selectedStep}
            changes={stepChanges}
          />
        </div>
      ) : null}
    </li>
  );
});
