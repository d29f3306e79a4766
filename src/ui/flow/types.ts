/**
 * The diagram's own data: a small graph derived from an engine trace. Pure data (no React, no
 * React Flow), so that traceToGraph, layoutGraph and diffResults can be tested in Node.
 */
import type { SourceRef, StepOutcome } from '../../engine/types';

import type { Tone } from '../../explain/types';

export type { Tone };

/** Which of the diagram's node components draws a node. */
export type GraphNodeType = 'request' | 'check' | 'phase' | 'decision';

/** What a row stands for. `more` gathers collapsed rows; `info` rows represent no trace step. */
export type GraphRowKind =
  'document' | 'statement' | 'condition' | 'grant' | 'check' | 'phase' | 'step' | 'more' | 'info';

/** One line of statement-level detail inside a node. */
export interface GraphRow {
  /** Unique key: the first trace step id it represents, or `<container id>#more` / `#info.N`. */
  id: string;
  /** Every trace step this row stands for (a statement also stands for its failed element). */
  stepIds: string[];
  /** Step to select when the row is activated, or null for rows that select nothing. */
  selectId: string | null;
  /** Trace index of the first step it represents: playback shows the row once past it. */
  stepIndex: number;
  /** Highest trace index among its steps and the steps under it: the verdict shows once past it. */
  lastStepIndex: number;
  /** Nesting below the node: 0 directly under the phase, 1 for a document's statements, … */
  depth: number;
  /** What the row stands for. */
  kind: GraphRowKind;
  /** The engine's outcome for the row's first step (`info` for synthetic rows). */
  outcome: StepOutcome;
  /** Colour family. */
  tone: Tone;
  /** Short name, e.g. `Allow s1 "Allow use of the key"`. */
  label: string;
  /** Verdict in words, e.g. `matches`, `no match`, `true`, `false`. */
  status: string;
  /** Why, with the values compared, e.g. `Action kms:Decrypt not in ["kms:Encrypt"]`. */
  reason?: string;
  /** True for the statement or grant that decided the result. */
  deciding: boolean;
  /** Where in the policy text the row points. */
  source?: SourceRef;
}

/** What a node shows. */
export interface GraphNodeData {
  /** Small caption above the title naming the family, e.g. `Organization guardrails`. */
  eyebrow: string;
  /** Title, e.g. `Key policy`. */
  title: string;
  /** The engine's machine name of the rule (`keyPolicy`, `scpGate`, …). */
  rule: string;
  /** The engine's outcome for the node's own step. */
  outcome: StepOutcome;
  /** Colour family. */
  tone: Tone;
  /** Verdict in words, e.g. `Implicit deny`. */
  status: string;
  /** One or two sentences: what happened and why. */
  summary: string;
  /** Statement-level detail, in trace order, already collapsed. */
  rows: GraphRow[];
  /** True when the node or one of its rows decided the result. */
  deciding: boolean;
}

/** A node of the decision graph. Its id is the trace step id it stands for. */
export interface GraphNode {
  /** The trace step id (selecting the node selects this step). */
  id: string;
  /** Which component draws it. */
  type: GraphNodeType;
  /** Trace index of the node's own step: playback reveals the node once position passes it. */
  stepIndex: number;
  /** Highest trace index among the node's steps and rows: the verdict shows once it is passed. */
  lastStepIndex: number;
  /** Authorization check (lane) the node belongs to; null for the request, validity, decision. */
  lane: number | null;
  /** What the node shows. */
  data: GraphNodeData;
}

/** An edge between two nodes, following the order the engine went through them. */
export interface GraphEdge {
  /** `<source>-><target>`. */
  id: string;
  /** Source node id. */
  source: string;
  /** Target node id. */
  target: string;
  /** True on the path that produced the decision (a lane that allowed while another denied is not). */
  taken: boolean;
  /** Trace index at which the edge is reached (its target's stepIndex). */
  stepIndex: number;
  /** Lane the edge runs in, into or out of; null between shared nodes (request, validity, decision). */
  lane: number | null;
}

/** Which node (and row) represents a trace step. */
export interface StepOwner {
  /** Node id. */
  node: string;
  /** Row id, or null when the step is the node's own. */
  row: string | null;
}

/** The graph for one evaluation result. */
export interface Graph {
  /** Request id of the result. */
  request: string;
  /** Nodes in trace order. */
  nodes: GraphNode[];
  /** Edges in trace order. */
  edges: GraphEdge[];
  /** Trace step ids in trace order (position N reveals the first N). */
  order: string[];
  /** For every trace step id: the node and row that represent it. */
  owners: Record<string, StepOwner>;
}

/** A node with its box from layoutGraph (top-left corner, in diagram pixels). */
export interface PositionedNode extends GraphNode {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Box width. */
  width: number;
  /** Box height. */
  height: number;
}

/** A graph after layout: every node has a box; width and height bound the drawing. */
export interface LaidOutGraph extends Omit<Graph, 'nodes'> {
  /** Nodes with their boxes. */
  nodes: PositionedNode[];
  /** Width of the whole drawing. */
  width: number;
  /** Height of the whole drawing. */
  height: number;
}
