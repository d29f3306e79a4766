/**
 * Laid-out graph + playback position + selection + change marks → React Flow nodes and edges.
 * Node objects are reused while nothing they show changes, so memoised node components skip
 * re-rendering during playback.
 */
import { MarkerType, Position, type Edge, type Node } from '@xyflow/react';
import type { ChangeMark, ChangeMarks } from './diff';
import { nodeAriaLabel } from './aria';
import { playbackView, revealed } from './playback';
import type { GraphNodeType, LaidOutGraph, PositionedNode } from './types';

/** What a diagram node component receives. */
export interface FlowNodeData extends Record<string, unknown> {
  /** The graph node with its box. */
  node: PositionedNode;
  /** Playback position (rows at or beyond it are dimmed). */
  position: number;
  /** The node's own step is revealed. */
  revealed: boolean;
  /** All of its steps are revealed: the verdict shows. */
  complete: boolean;
  /** The node holds the latest revealed step (it pulses). */
  current: boolean;
  /** Row holding the latest revealed step. */
  currentRow: string | null;
  /** Selected row inside this node. */
  selectedRow: string | null;
  /** Change mark of the node. */
  change: ChangeMark | null;
  /** Change marks of its rows. */
  rowChanges: Record<string, ChangeMark>;
}

/** A React Flow node of the diagram. */
export type DiagramNode = Node<FlowNodeData, GraphNodeType>;

/** What the diagram's edge component receives. */
export interface FlowEdgeData extends Record<string, unknown> {
  /** On the path that produced the decision. */
  taken: boolean;
  /** Not reached yet at this playback position. */
  dimmed: boolean;
  /** Leads to the current node: draws a moving dash. */
  animated: boolean;
}

/** A React Flow edge of the diagram. */
export type DiagramEdge = Edge<FlowEdgeData, 'step'>;

/** Inputs of toFlow. */
export interface FlowInputs {
  graph: LaidOutGraph;
  position: number;
  selectedStep: string | null;
  marks: ChangeMarks;
  reducedMotion: boolean;
}

/** Previous node objects by id with the key they were built from. */
export type NodeCache = Map<string, { key: string; node: DiagramNode }>;

/** Builds React Flow nodes and edges; pass the same cache across calls to reuse nodes. */
export function toFlow(
  { graph, position, selectedStep, marks, reducedMotion }: FlowInputs,
  cache: NodeCache = new Map(),
): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const view = playbackView(graph, position);
  const selected = selectedStep === null ? undefined : graph.owners[selectedStep];
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const rowChanges = marks.rows;
  const nodes = graph.nodes.map((n): DiagramNode => {
    const data: FlowNodeData = {
      node: n,
      position,
      revealed: revealed(n.stepIndex, position),
      complete: revealed(n.lastStepIndex, position),
      current: view.currentNode === n.id && !view.finished,
      currentRow: view.currentNode === n.id ? view.currentRow : null,
      selectedRow: selected?.node === n.id ? selected.row : null,
      change: marks.nodes[n.id] ?? null,
      rowChanges,
    };
    // Rows only care about the position through which of them are revealed or done: both are
    // thresholds on trace indexes, so counting them identifies the set.
    const rowsRevealed = n.data.rows.filter((r) => revealed(r.stepIndex, position)).length;
    const rowsDone = n.data.rows.filter((r) => revealed(r.lastStepIndex, position)).length;
    const key = [
      n.x,
      n.y,
      n.height,
      data.revealed,
      data.complete,
      data.current,
      data.currentRow,
      data.selectedRow,
      data.change,
      rowsRevealed,
      rowsDone,
      selectedStep === n.id,
      JSON.stringify(n.data.rows.map((r) => rowChanges[r.id] ?? '')),
    ].join('|');
    const hit = cache.get(n.id);
    if (hit && hit.key === key && hit.node.data.node === n) return hit.node;
    const node: DiagramNode = {
      id: n.id,
      type: n.type,
      position: { x: n.x, y: n.y },
      width: n.width,
      height: n.height,
      data,
      selected: selectedStep === n.id,
      draggable: false,
      connectable: false,
      ariaLabel: nodeAriaLabel(n, data),
      // Declared handles let edges draw before (or without) DOM measurement, e.g. server-side.
      handles: [
        { type: 'target', position: Position.Top, x: n.width / 2 - 1, y: 0, width: 2, height: 2 },
        {
          type: 'source',
          position: Position.Bottom,
          x: n.width / 2 - 1,
          y: n.height - 2,
          width: 2,
          height: 2,
        },
      ],
    };
    cache.set(n.id, { key, node });
    return node;
  });
  const edges = graph.edges.map((e): DiagramEdge => {
    const target = byId.get(e.target);
    const dimmed = !revealed(e.stepIndex, position);
    const animated = !reducedMotion && !dimmed && target?.id === view.currentNode && !view.finished;
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      type: 'step',
      data: { taken: e.taken, dimmed, animated },
      selectable: false,
      focusable: false,
      markerEnd: {
        type: MarkerType.ArrowClosed,
        width: 14,
        height: 14,
        color: e.taken ? 'var(--kms-flow-edge)' : 'var(--kms-flow-edge-off)',
      },
    };
  });
  return { nodes, edges };
}
