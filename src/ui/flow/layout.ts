/**
 * Layout with dagre, top to bottom: the engine's flow reads downwards like AWS's evaluation
 * flowchart, phase cards stay one column per authorization check (two for ReEncrypt), and a
 * 340-px column leaves room for statement detail while two lanes still fit 1280 px.
 */
import * as dagreModule from '@dagrejs/dagre';
import { nodeSize } from './metrics';
import type { Graph, LaidOutGraph, PositionedNode } from './types';

// dagre is CommonJS: Node's ESM loader exposes only some names, bundlers expose all of them.
const dagre = (dagreModule as unknown as { default?: typeof dagreModule }).default ?? dagreModule;

/** Options of layoutGraph. */
export interface LayoutOptions {
  /** `TB` (default) top to bottom, `LR` left to right. */
  direction?: 'TB' | 'LR';
  /** Space between nodes of one rank (default 48). */
  nodeSep?: number;
  /** Space between ranks (default 40). */
  rankSep?: number;
}

/** Gives every node a box. Pure: the same graph always gets the same boxes. */
export function layoutGraph(graph: Graph, opts: LayoutOptions = {}): LaidOutGraph {
  const g = new dagre.graphlib.Graph();
  g.setGraph({
    rankdir: opts.direction ?? 'TB',
    nodesep: opts.nodeSep ?? 48,
    ranksep: opts.rankSep ?? 40,
    marginx: 16,
    marginy: 16,
  });
  g.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map(graph.nodes.map((n) => [n.id, nodeSize(n)]));
  for (const n of graph.nodes) g.setNode(n.id, { ...sizes.get(n.id) });
  for (const e of graph.edges) g.setEdge(e.source, e.target);
  dagre.layout(g);
  const nodes: PositionedNode[] = graph.nodes.map((n) => {
    const p = g.node(n.id);
    const size = sizes.get(n.id) ?? { width: 0, height: 0 };
    return { ...n, ...size, x: p.x - size.width / 2, y: p.y - size.height / 2 };
  });
  const label = g.graph();
  return {
    ...graph,
    nodes,
    width: label.width ?? Math.max(0, ...nodes.map((n) => n.x + n.width)),
    height: label.height ?? Math.max(0, ...nodes.map((n) => n.y + n.height)),
  };
}
