import { describe, expect, it } from 'vitest';
import { layoutGraph } from './layout';
import { clampPosition, playbackView } from './playback';
import { fixtureResult } from './testResults';
import { toFlow, type NodeCache } from './toFlow';
import { traceToGraph } from './traceToGraph';

const r = fixtureResult('V122.json');
const graph = layoutGraph(traceToGraph(r));
const noMarks = { nodes: {}, rows: {} };
const at = (position: number, reducedMotion = false, cache?: NodeCache) =>
  toFlow({ graph, position, selectedStep: null, marks: noMarks, reducedMotion }, cache);

describe('playback', () => {
  it('reveals nodes in trace order and dims the rest', () => {
    for (let p = 0; p <= r.trace.length; p++) {
      const { nodes, edges } = at(p);
      for (const n of nodes) expect(n.data.revealed).toBe(n.data.node.stepIndex < p);
      for (const e of edges) {
        const g = graph.edges.find((x) => x.id === e.id);
        expect(e.data?.dimmed).toBe(!g || g.stepIndex >= p);
      }
    }
  });

  it('pulses the node of the latest revealed step and animates the edge into it', () => {
    const p = r.trace.findIndex((s) => s.id === 'check0/keyPolicy') + 1;
    const { nodes, edges } = at(p);
    expect(nodes.filter((n) => n.data.current).map((n) => n.id)).toEqual(['check0/keyPolicy']);
    expect(edges.filter((e) => e.data?.animated).map((e) => e.target)).toEqual([
      'check0/keyPolicy',
    ]);
    expect(nodes.find((n) => n.id === 'check0/keyPolicy')?.data.complete).toBe(false);
    expect(at(p, true).edges.some((e) => e.data?.animated)).toBe(false);
  });

  it('stops animating once the whole trace is revealed', () => {
    const { nodes, edges } = at(r.trace.length);
    expect(nodes.every((n) => n.data.revealed && n.data.complete && !n.data.current)).toBe(true);
    expect(edges.some((e) => e.data?.animated)).toBe(false);
    expect(playbackView(graph, r.trace.length).finished).toBe(true);
  });

  it('clamps positions from a longer previous trace', () => {
    expect(clampPosition(graph, 1e9)).toBe(r.trace.length);
    expect(clampPosition(graph, -3)).toBe(0);
    expect(playbackView(graph, 0).currentNode).toBeNull();
  });

  it('reuses node objects that did not change between positions', () => {
    const cache: NodeCache = new Map();
    const before = at(3, false, cache).nodes;
    const after = at(4, false, cache).nodes;
    const same = after.filter((n, i) => n === before[i]).map((n) => n.id);
    expect(same).toContain('decision');
    expect(same).not.toContain(after.find((n) => n.data.current)?.id);
  });

  it('selects the node of a selected row and highlights the row', () => {
    const row = r.trace.find((s) => s.kind === 'statement');
    expect(row).toBeDefined();
    const { nodes } = toFlow({
      graph,
      position: r.trace.length,
      selectedStep: row?.id ?? null,
      marks: noMarks,
      reducedMotion: false,
    });
    const owner = nodes.find((n) => n.data.selectedRow === row?.id);
    expect(owner?.id).toBe(graph.owners[row?.id ?? '']?.node);
    expect(owner?.selected).toBe(false);
  });
});
