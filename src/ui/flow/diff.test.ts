import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine';
import type { Json, Scenario } from '../../scenario';
import { diffResults, markChanges } from './diff';
import { fixtureScenario } from './testResults';
import { traceToGraph } from './traceToGraph';

/** V056 with its identity policy's actions replaced. */
function withIdentityActions(s: Scenario, actions: Json): Scenario {
  return {
    ...s,
    principals: s.principals.map((p) => ({
      ...p,
      policies: p.policies.map((pol) => {
        const doc = pol.document as { Statement: Record<string, Json>[] };
        return {
          ...pol,
          document: { ...doc, Statement: doc.Statement.map((st) => ({ ...st, Action: actions })) },
        };
      }),
    })),
  };
}

const first = (s: Scenario) => {
  const r = evaluateScenario(s).results[0];
  if (!r) throw new Error('no result');
  return r;
};

describe('diffResults', () => {
  const base = fixtureScenario('V056.json');
  const before = first(base);
  const after = first(withIdentityActions(base, ['kms:Encrypt']));

  it('detects a decision flip when an edit turns Allow into ImplicitDeny', () => {
    expect(before.decision).toBe('Allow');
    expect(after.decision).toBe('ImplicitDeny');
    const d = diffResults(before, after);
    expect(d?.sameRequest).toBe(true);
    expect(d?.decisionChanged).toBe(true);
    expect(d?.outcomeChanged).toBe(true);
    expect(d?.previous).toEqual({ decision: 'Allow', outcome: 'Allowed' });
    expect(d?.changed.map((c) => c.id)).toEqual(
      expect.arrayContaining(['check0', 'check0/identity', 'decision']),
    );
    expect(d?.removed).toEqual(expect.arrayContaining(['validity']));
  });

  it('marks the nodes and rows that changed, and the decision', () => {
    const g = traceToGraph(after);
    const marks = markChanges(g, diffResults(before, after));
    expect(marks.nodes.decision).toBe('changed');
    expect(marks.nodes['check0/identity']).toBe('changed');
    expect(marks.nodes['check0/keyPolicy']).toBeUndefined();
    const statementRow = Object.keys(marks.rows).find((id) => id.endsWith('/s0'));
    expect(statementRow).toContain('check0/identity/');
  });

  it('finds nothing when nothing changed', () => {
    const d = diffResults(before, first(base));
    expect(d).toMatchObject({ decisionChanged: false, changed: [], added: [], removed: [] });
    expect(markChanges(traceToGraph(before), d)).toEqual({ nodes: {}, rows: {} });
  });

  it('has nothing to compare without a previous result or across requests', () => {
    expect(diffResults(null, after)).toBeNull();
    const other = { ...before, request: 'other' };
    const d = diffResults(other, after);
    expect(d?.sameRequest).toBe(false);
    expect(markChanges(traceToGraph(after), d)).toEqual({ nodes: {}, rows: {} });
  });
});
