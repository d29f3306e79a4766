import { ReactFlowProvider } from '@xyflow/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EvaluationResult } from '../../engine/types';
import { DecisionDiagram, type DecisionDiagramProps } from './DecisionDiagram';
import { fixtureResult } from './testResults';

/**
 * ReactFlow builds its own store from the nodes when no provider wraps it, so the server render
 * has every node. Under an outer ReactFlowProvider the nodes reach the store in an effect, which
 * never runs on the server: that render has the legend and controls but no nodes.
 */
function render(result: EvaluationResult, extra: Partial<DecisionDiagramProps> = {}) {
  return renderToString(
    <DecisionDiagram
      result={result}
      position={result.trace.length}
      selectedStep={null}
      onSelectStep={() => {}}
      {...extra}
    />,
  );
}

describe('DecisionDiagram (server-side render, no DOM)', () => {
  const r = fixtureResult('V122.json');

  it('renders every node with a readable aria-label, focusable', () => {
    const html = render(r);
    for (const s of r.trace.filter((t) => t.parentId === null || t.parentId === 'check0'))
      expect(html).toContain(`data-id="${s.id}"`);
    expect(html).toContain(
      'aria-label="Permissions boundary (iam): Implicit deny. The permissions boundary does not allow this action."',
    );
    expect(html).toMatch(/class="react-flow__node[^"]*"[^>]*tabindex="0"/);
    expect(html).toContain('Action kms:Encrypt not in [&quot;s3:*&quot;]');
  });

  it('draws the edges from declared handles and includes the legend', () => {
    const html = render(r);
    expect(html).toContain('kms-flow-edge');
    expect(html).toContain('aria-label="Diagram legend"');
    for (const text of ['Explicit deny', 'Implicit deny', 'Not reached', 'Changed'])
      expect(html).toContain(text);
  });

  it('dims what playback has not reached and marks the current node', () => {
    const html = render(r, { position: 4 });
    expect(html).toContain('aria-label="Permissions boundary (iam): not reached yet."');
    expect(html).toMatch(/kms-flow-node[^"]*is-current/);
    expect(html).toMatch(/kms-flow-edge[^"]*is-animated/);
    const still = render(r, { position: 4, reducedMotion: true });
    expect(still).not.toMatch(/is-animated/);
    expect(still).toContain('kms-flow--still');
  });

  it('renders its chrome but no nodes under an outer ReactFlowProvider', () => {
    const html = renderToString(
      <ReactFlowProvider>
        <DecisionDiagram result={r} position={0} selectedStep={null} onSelectStep={() => {}} />
      </ReactFlowProvider>,
    );
    expect(html).toContain('aria-label="Diagram legend"');
    expect(html).not.toContain('data-id="context"');
  });

  it('marks the selected row and a decision flip, and honours a forced theme', () => {
    const previous = { ...r, decision: 'Allow' as const, outcome: 'Allowed' as const };
    const row = 'check0/permissionsBoundary/boundary:arn:aws:iam::111122223333:role/ExampleRole/s0';
    const html = render(r, { previous, selectedStep: row, theme: 'dark' });
    expect(html).toContain('Decision changed: Allow → Implicit deny');
    expect(html).toContain('data-theme="dark"');
    expect(html).toMatch(/kms-flow-row[^"]*is-selected/);
    expect(html).toMatch(/kms-flow-node--decision[^"]*is-changed/);
  });
});
