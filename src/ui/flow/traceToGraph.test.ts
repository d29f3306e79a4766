import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine';
import type { EvaluationResult } from '../../engine/types';
import { list } from '../../explain/format';
import { fixtureResult, fixtureResults, manyDocumentsScenario } from './testResults';
import { traceToGraph } from './traceToGraph';
import type { Graph } from './types';

const results = fixtureResults();

/** How many times each trace step id is represented by a node or a row. */
function representation(graph: Graph): Map<string, number> {
  const count = new Map<string, number>();
  const add = (id: string) => count.set(id, (count.get(id) ?? 0) + 1);
  for (const n of graph.nodes) {
    add(n.id);
    for (const r of n.data.rows) r.stepIds.forEach(add);
  }
  return count;
}

/** Nodes reachable from `from` along taken edges. */
function reachable(graph: Graph, from: string): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift())
    for (const e of graph.edges)
      if (e.taken && e.source === id && !seen.has(e.target)) {
        seen.add(e.target);
        queue.push(e.target);
      }
  return seen;
}

function samePath(a: readonly unknown[], b: readonly unknown[]) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

describe('traceToGraph on every conformance fixture', () => {
  it('has results to check', () => {
    expect(results.length).toBeGreaterThanOrEqual(100);
  });

  it.each(results)('%s: every trace step is exactly one node or in exactly one row', (_, r) => {
    const g = traceToGraph(r);
    const count = representation(g);
    for (const s of r.trace) expect(count.get(s.id), s.id).toBe(1);
    expect([...count.keys()].sort()).toEqual(r.trace.map((s) => s.id).sort());
    expect(g.order).toEqual(r.trace.map((s) => s.id));
    for (const s of r.trace) expect(g.owners[s.id], s.id).toBeDefined();
  });

  it.each(results)('%s: node ids and row ids are unique; nodes carry trace indexes', (_, r) => {
    const g = traceToGraph(r);
    const ids = g.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rowIds = g.nodes.flatMap((n) => n.data.rows.map((row) => row.id));
    expect(new Set(rowIds).size).toBe(rowIds.length);
    for (const n of g.nodes) {
      expect(r.trace[n.stepIndex]?.id).toBe(n.id);
      expect(n.lastStepIndex).toBeGreaterThanOrEqual(n.stepIndex);
    }
    const indexes = g.nodes.map((n) => n.stepIndex);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it.each(results)('%s: the deciding statements and grants are marked deciding', (_, r) => {
    const g = traceToGraph(r);
    for (const ref of r.deciding) {
      const marked = r.trace.some((s) => {
        if (!s.source || s.source.document !== ref.document || !samePath(s.source.path, ref.path))
          return false;
        const o = g.owners[s.id];
        const node = g.nodes.find((n) => n.id === o?.node);
        const row = node?.data.rows.find((x) => x.id === o?.row);
        return o?.row ? row?.deciding === true : node?.data.deciding === true;
      });
      expect(marked, `${ref.document} ${ref.statement ?? ''}`).toBe(true);
    }
    const decidingRows = g.nodes.flatMap((n) => n.data.rows.filter((x) => x.deciding));
    if (r.deciding.length === 0) expect(decidingRows).toEqual([]);
  });

  it.each(results)('%s: the taken path runs from the request to the decision', (_, r) => {
    const g = traceToGraph(r);
    const request = g.nodes.find((n) => n.type === 'request');
    const decision = g.nodes.find((n) => n.type === 'decision');
    expect(request).toBeDefined();
    expect(decision).toBeDefined();
    if (!request || !decision) return;
    expect(reachable(g, request.id).has(decision.id)).toBe(true);
    for (const e of g.edges.filter((x) => x.taken))
      expect(reachable(g, e.target).has(decision.id), e.id).toBe(true);
    expect(g.edges.some((e) => e.source === decision.id)).toBe(false);
  });
});

describe('statement-level detail', () => {
  it('says which element failed, with the values compared', () => {
    const rows = results.flatMap(([, r]) => traceToGraph(r).nodes.flatMap((n) => n.data.rows));
    const action = rows.find((x) => x.kind === 'statement' && x.reason?.startsWith('Action '));
    expect(action?.reason).toMatch(/^Action kms:\w+ not in \[".*"\]$/);
    const principal = rows.find(
      (x) => x.outcome === 'noMatch' && x.reason?.startsWith('Principal '),
    );
    expect(principal?.reason).toMatch(/^Principal arn:\S+ not in \[/);
  });

  it('shows a failed condition with its key and both value lists on its statement row', () => {
    let checked = 0;
    for (const [, r] of results) {
      const g = traceToGraph(r);
      const firstFailed = new Set<string>();
      for (const s of r.trace) {
        if (s.kind !== 'condition' || s.outcome !== 'fail' || s.parentId === null) continue;
        const o = g.owners[s.id];
        const row = g.nodes.find((n) => n.id === o?.node)?.data.rows.find((x) => x.id === o?.row);
        // Conditions of a statement that did not match fold into the statement's row.
        expect(row?.kind === 'statement' || row?.kind === 'more', s.id).toBe(true);
        if (row?.kind !== 'statement' || firstFailed.has(s.parentId)) continue;
        firstFailed.add(s.parentId);
        const d = s.detail ?? {};
        expect(row.status).toBe('no match');
        expect(row.reason).toContain(
          `Condition ${s.rule} ${String(d.key)}: request ${list(d.requestValues)} vs policy ${list(d.policyValues)}`,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('lists the conditions of a matching statement as rows, with both value lists', () => {
    const rows = results.flatMap(([, r]) => traceToGraph(r).nodes.flatMap((n) => n.data.rows));
    const conditions = rows.filter((x) => x.kind === 'condition');
    expect(conditions.length).toBeGreaterThan(3);
    for (const c of conditions) {
      expect(c.status).toBe('true');
      expect(c.reason).toMatch(/^request (\[.*\]|\(absent\)) vs policy \[.*\]/);
    }
  });
});

describe('ReEncrypt', () => {
  const r = fixtureResult('V030.json');
  const g = traceToGraph(r);

  it('shows the two authorization checks as two lanes joining before the decision', () => {
    const checks = g.nodes.filter((n) => n.type === 'check');
    expect(checks.map((c) => c.lane)).toEqual([0, 1]);
    expect(checks.map((c) => c.data.title)).toEqual(['kms:ReEncryptFrom', 'kms:ReEncryptTo']);
    expect(checks.map((c) => c.data.eyebrow)).toEqual([
      'Authorization check 1 of 2',
      'Authorization check 2 of 2',
    ]);
    const request = g.nodes.find((n) => n.type === 'request');
    expect(g.edges.filter((e) => e.source === request?.id).map((e) => e.target)).toEqual([
      'check0',
      'check1',
    ]);
    const join = g.edges.filter((e) => e.target === 'validity');
    expect(join.map((e) => e.lane).sort()).toEqual([0, 1]);
    for (const n of g.nodes.filter((x) => x.id.startsWith('check1/'))) expect(n.lane).toBe(1);
  });
});

describe('decision path', () => {
  it('keeps a lane that allowed off the path when the other lane denied', () => {
    const r = fixtureResult('V030.json');
    const denied: EvaluationResult = {
      ...r,
      decision: 'ImplicitDeny',
      outcome: 'AccessDeniedException',
      trace: r.trace
        .filter((s) => !s.id.startsWith('validity'))
        .map((s) =>
          s.id === 'check1'
            ? { ...s, outcome: 'implicitDeny' as const }
            : s.id === 'decision'
              ? { ...s, outcome: 'implicitDeny' as const }
              : s,
        ),
    };
    const g = traceToGraph(denied);
    expect(g.edges.filter((e) => e.lane === 0).every((e) => !e.taken)).toBe(true);
    expect(g.edges.filter((e) => e.lane === 1).every((e) => e.taken)).toBe(true);
  });

  it('goes straight from an explicit deny to the decision', () => {
    const r = fixtureResult('V006.json');
    expect(r.decision).toBe('ExplicitDeny');
    const g = traceToGraph(r);
    const sweep = g.nodes.find((n) => n.data.rule === 'explicitDenySweep');
    expect(sweep?.data.tone).toBe('explicitDeny');
    expect(sweep?.data.deciding).toBe(true);
    expect(g.edges.find((e) => e.source === sweep?.id)?.target).toBe('decision');
  });
});

describe('many documents', () => {
  const r = evaluateScenario(manyDocumentsScenario(20, 50)).results[0];

  it('groups statements inside phase nodes and collapses the non-matching ones', () => {
    expect(r).toBeDefined();
    if (!r) return;
    expect(r.trace.length).toBeGreaterThan(1000);
    const g = traceToGraph(r);
    expect(g.nodes.length).toBeLessThan(12);
    for (const n of g.nodes) expect(n.data.rows.length).toBeLessThanOrEqual(40);
    const count = representation(g);
    for (const s of r.trace) expect(count.get(s.id), s.id).toBe(1);
    const more = g.nodes.flatMap((n) => n.data.rows).filter((x) => x.kind === 'more');
    expect(more.length).toBeGreaterThan(0);
    expect(more.some((x) => /^\+\d+ more statements not matched$/.test(x.label))).toBe(true);
  });
});

describe('unusual traces', () => {
  const base = fixtureResult('V122.json');

  it('handles a request that failed before any check (context → decision)', () => {
    const r: EvaluationResult = {
      ...base,
      outcome: 'ValidationException',
      decision: 'ImplicitDeny',
      deciding: [],
      trace: base.trace.filter((s) => s.id === 'context' || s.id === 'decision'),
    };
    const g = traceToGraph(r);
    expect(g.nodes.map((n) => n.type)).toEqual(['request', 'decision']);
    expect(g.edges.map((e) => e.id)).toEqual(['context->decision']);
    expect(g.edges[0]?.taken).toBe(true);
  });

  it('never throws, and still represents every step, for empty or orphaned traces', () => {
    expect(traceToGraph({ ...base, trace: [] })).toMatchObject({ nodes: [], edges: [] });
    const orphan = {
      ...base.trace[3],
      id: 'lost/step',
      parentId: 'missing',
    } as (typeof base.trace)[number];
    const r = { ...base, trace: [...base.trace.slice(0, 4), orphan, ...base.trace.slice(4)] };
    const count = representation(traceToGraph(r));
    for (const s of r.trace) expect(count.get(s.id), s.id).toBe(1);
  });
});
