import '@xyflow/react/dist/style.css';
import './flow.css';
import './flowCards.css';
import './flowRows.css';
import './flowEdges.css';
import {
  Controls,
  Panel,
  ReactFlow,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { EvaluationResult } from '../../engine/types';
import { diffResults, markChanges } from './diff';
import { outcomeWords } from '../../explain/format';
import { layoutGraph } from './layout';
import { Legend } from './Legend';
import { SelectStepContext } from './selectContext';
import { StepEdge } from './StepEdge';
import { StepNode } from './StepNode';
import { toFlow, type DiagramNode, type NodeCache } from './toFlow';
import { traceToGraph } from './traceToGraph';
import { ViewportKeeper } from './ViewportKeeper';

const nodeTypes = {
  request: StepNode,
  check: StepNode,
  phase: StepNode,
  decision: StepNode,
} satisfies NodeTypes;

const edgeTypes = { step: StepEdge } satisfies EdgeTypes;

const DECISION_WORDS = {
  Allow: outcomeWords('allow'),
  ExplicitDeny: outcomeWords('explicitDeny'),
  ImplicitDeny: outcomeWords('implicitDeny'),
} as const;

/** Props of DecisionDiagram. */
export interface DecisionDiagramProps {
  /** The result to draw. */
  result: EvaluationResult;
  /** The previous result of the same request: changed nodes get a badge and outline. */
  previous?: EvaluationResult | null;
  /** Trace steps revealed (0..trace.length); the rest is dimmed. */
  position: number;
  /** Selected trace step id (a node's or a row's). */
  selectedStep: string | null;
  /** Called with the trace step id of a clicked or activated node or row. */
  onSelectStep(stepId: string): void;
  /** Turns off edge animation, the pulse and viewport transitions. */
  reducedMotion?: boolean;
  /** Forces a colour scheme; otherwise `[data-theme]` on the root element or the OS decides. */
  theme?: 'light' | 'dark';
  /**
   * When playback has finished, bring the last node (the decision) into view. For a presentation,
   * where the reveal must show the outcome; the playground leaves the view where the user put it.
   */
  showEnd?: boolean;
}

/**
 * The decision path of one evaluation as a flow diagram: request → phases (one lane per
 * authorization check) → after-authorization checks → decision, with statement-level rows.
 * Mount it in a container with a definite height; it brings its own React Flow provider.
 */
export function DecisionDiagram({
  result,
  previous = null,
  position,
  selectedStep,
  onSelectStep,
  reducedMotion = false,
  theme,
  showEnd = false,
}: DecisionDiagramProps) {
  const graph = useMemo(() => layoutGraph(traceToGraph(result)), [result]);
  const diff = useMemo(() => diffResults(previous, result), [previous, result]);
  const marks = useMemo(() => markChanges(graph, diff), [graph, diff]);
  const [cache] = useState<NodeCache>(() => new Map());
  const { nodes, edges } = useMemo(
    () => toFlow({ graph, position, selectedStep, marks, reducedMotion }, cache),
    [graph, position, selectedStep, marks, reducedMotion, cache],
  );
  const onNodesChange = useCallback(
    (changes: NodeChange<DiagramNode>[]) => {
      for (const c of changes) if (c.type === 'select' && c.selected) onSelectStep(c.id);
    },
    [onSelectStep],
  );
  const flipped = diff?.sameRequest && diff.decisionChanged ? diff.previous.decision : null;
  const className = ['kms-flow', reducedMotion ? 'kms-flow--still' : ''].filter(Boolean).join(' ');
  return (
    <div className={className} data-theme={theme} data-testid="decision-diagram">
      <SelectStepContext.Provider value={onSelectStep}>
        <ReactFlow<DiagramNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          colorMode={theme ?? 'system'}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          zoomOnDoubleClick={false}
          panOnScroll
          minZoom={0.2}
          maxZoom={1.5}
          aria-label={`Decision diagram for request ${result.request}: ${DECISION_WORDS[result.decision]}, ${result.outcome}`}
        >
          <ViewportKeeper
            graph={graph}
            position={position}
            reducedMotion={reducedMotion}
            showEnd={showEnd}
          />
          <Panel position="top-right">
            <Legend />
          </Panel>
          {flipped ? (
            <Panel position="top-left">
              <p className="kms-flow-flip" role="status">
                {`Decision changed: ${DECISION_WORDS[flipped]} → ${DECISION_WORDS[result.decision]}`}
              </p>
            </Panel>
          ) : null}
          <Controls showInteractive={false} />
        </ReactFlow>
      </SelectStepContext.Provider>
    </div>
  );
}
