import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine';
import { layoutGraph } from './layout';
import { NODE_WIDTH } from './metrics';
import { fixtureResult, fixtureResults, manyDocumentsScenario } from './testResults';
import { traceToGraph } from './traceToGraph';
import type { LaidOutGraph } from './types';

function expectReadableBoxes(g: LaidOutGraph) {
  for (const n of g.nodes) {
    for (const v of [n.x, n.y, n.width, n.height]) expect(Number.isFinite(v), n.id).toBe(true);
    expect(n.width).toBeGreaterThan(0);
    expect(n.height).toBeGreaterThan(0);
    expect(n.x).toBeGreaterThanOrEqual(0);
    expect(n.y).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width).toBeLessThanOrEqual(g.width + 0.5);
    expect(n.y + n.height).toBeLessThanOrEqual(g.height + 0.5);
  }
  for (const a of g.nodes)
    for (const b of g.nodes) {
      if (a === b) continue;
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
}

describe('layoutGraph', () => {
  it.each(fixtureResults())('%s: finite, non-overlapping boxes', (_, r) => {
    const g = layoutGraph(traceToGraph(r));
    expectReadableBoxes(g);
    // One lane per authorization check: never wider than the lanes side by side.
    const lanes = Math.max(1, new Set(g.nodes.map((n) => n.lane).filter((l) => l !== null)).size);
    expect(g.width).toBeLessThanOrEqual(lanes * (NODE_WIDTH + 48) + 32);
  });

  it('reads top to bottom: every edge goes downwards', () => {
    const g = layoutGraph(traceToGraph(fixtureResult('V122.json')));
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    for (const e of g.edges) {
      const s = byId.get(e.source);
      const t = byId.get(e.target);
      expect(s && t && s.y + s.height <= t.y, e.id).toBe(true);
    }
  });

  it('puts the two ReEncrypt checks side by side', () => {
    const g = layoutGraph(traceToGraph(fixtureResult('V030.json')));
    const lane0 = g.nodes.filter((n) => n.lane === 0);
    const lane1 = g.nodes.filter((n) => n.lane === 1);
    const right0 = Math.max(...lane0.map((n) => n.x + n.width));
    const left1 = Math.min(...lane1.map((n) => n.x));
    const right1 = Math.max(...lane1.map((n) => n.x + n.width));
    const left0 = Math.min(...lane0.map((n) => n.x));
    expect(right0 <= left1 || right1 <= left0).toBe(true);
  });

  it('keeps 20 documents × 50 statements narrow and bounded', () => {
    const r = evaluateScenario(manyDocumentsScenario(20, 50)).results[0];
    expect(r).toBeDefined();
    if (!r) return;
    const g = layoutGraph(traceToGraph(r));
    expectReadableBoxes(g);
    expect(g.width).toBeLessThanOrEqual(NODE_WIDTH + 100);
    for (const n of g.nodes) expect(n.height, n.id).toBeLessThanOrEqual(800);
    expect(g.height).toBeLessThanOrEqual(4000);
  });

  it('is deterministic', () => {
    const r = fixtureResult('V086.json');
    expect(layoutGraph(traceToGraph(r))).toEqual(layoutGraph(traceToGraph(r)));
  });
});
