import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramEdge } from './toFlow';

/**
 * An edge of the decision path: solid when taken, dashed and muted when it did not lead to the
 * decision, dimmed before playback reaches it, and a moving dash on the edge into the current
 * node (a CSS animation that reduced motion turns off).
 */
function StepEdgeView(p: EdgeProps<DiagramEdge>) {
  const [path] = getSmoothStepPath({
    sourceX: p.sourceX,
    sourceY: p.sourceY,
    targetX: p.targetX,
    targetY: p.targetY,
    sourcePosition: p.sourcePosition,
    targetPosition: p.targetPosition,
    borderRadius: 10,
  });
  const d = p.data;
  const className = [
    'kms-flow-edge',
    d?.taken === false ? 'is-off-path' : 'is-taken',
    d?.dimmed ? 'is-dimmed' : '',
    d?.animated ? 'is-animated' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <BaseEdge
      id={p.id}
      path={path}
      markerEnd={p.markerEnd}
      className={className}
      interactionWidth={0}
    />
  );
}

/** The diagram's edge component. */
export const StepEdge = memo(StepEdgeView);
