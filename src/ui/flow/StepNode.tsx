import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { TONE_ICON } from './icons';
import {
  EYEBROW_LINE,
  PAD_X,
  PAD_Y,
  ROWS_GAP,
  SUMMARY_LINE,
  TITLE_LINE,
  nodeSummaryLines,
} from './metrics';
import { NodeRows } from './NodeRows';
import type { DiagramNode } from './toFlow';

/**
 * One card of the diagram: eyebrow, title and verdict, a summary of why, and statement-level
 * rows. Before playback reaches it the card is dimmed; until all its steps are revealed it says
 * "Evaluating…" instead of its verdict.
 */
function StepNodeView({ data, type, selected }: NodeProps<DiagramNode>) {
  const n = data.node;
  const d = n.data;
  const tone = data.complete ? d.tone : 'neutral';
  const status = !data.revealed ? 'Not reached' : data.complete ? d.status : 'Evaluating…';
  // The decision's title is its verdict: keep it for when playback gets there.
  const title = type === 'decision' && !data.complete ? d.eyebrow : d.title;
  const lines = nodeSummaryLines(n);
  const className = [
    'kms-flow-node',
    `kms-flow-node--${type}`,
    `tone-${tone}`,
    data.revealed ? '' : 'is-dimmed',
    data.current ? 'is-current' : '',
    selected ? 'is-selected' : '',
    data.complete && d.deciding ? 'is-deciding' : '',
    data.change ? 'is-changed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={className}
      style={{ width: n.width, height: n.height, padding: `${PAD_Y}px ${PAD_X}px` }}
      data-step={n.id}
      data-outcome={d.outcome}
    >
      {type !== 'request' ? (
        <Handle
          type="target"
          position={Position.Top}
          isConnectable={false}
          className="kms-flow-handle"
        />
      ) : null}
      <div
        className="kms-flow-node__eyebrow"
        style={{ height: EYEBROW_LINE, lineHeight: `${EYEBROW_LINE}px` }}
      >
        <span className="kms-flow-node__eyebrow-text">{d.eyebrow}</span>
        {data.complete && d.deciding ? (
          <span className="kms-flow-badge kms-flow-badge--deciding">deciding</span>
        ) : null}
        {data.change ? (
          <span className="kms-flow-badge kms-flow-badge--changed">
            {data.change === 'added' ? 'new' : 'changed'}
          </span>
        ) : null}
      </div>
      <div
        className="kms-flow-node__title"
        style={{ height: TITLE_LINE, lineHeight: `${TITLE_LINE}px` }}
      >
        {type !== 'request' ? (
          <span className="kms-flow-node__icon" aria-hidden="true">
            {TONE_ICON[tone]}
          </span>
        ) : null}
        <span className="kms-flow-node__name" title={title}>
          {title}
        </span>
        {status ? <span className="kms-flow-node__status">{status}</span> : null}
      </div>
      {lines > 0 ? (
        <p
          className="kms-flow-node__summary"
          title={d.summary}
          style={{
            height: lines * SUMMARY_LINE,
            lineHeight: `${SUMMARY_LINE}px`,
            WebkitLineClamp: lines,
          }}
        >
          {data.complete || type === 'request' ? d.summary : ''}
        </p>
      ) : null}
      {d.rows.length > 0 ? (
        <div style={{ marginTop: ROWS_GAP }}>
          <NodeRows
            rows={d.rows}
            position={data.position}
            selectedRow={data.selectedRow}
            currentRow={data.currentRow}
            rowChanges={data.rowChanges}
          />
        </div>
      ) : null}
      {type !== 'decision' ? (
        <Handle
          type="source"
          position={Position.Bottom}
          isConnectable={false}
          className="kms-flow-handle"
        />
      ) : null}
    </div>
  );
}

/** The diagram's node component (request, check, phase and decision cards). */
export const StepNode = memo(StepNodeView);
