/**
 * The lab's steps as trace steps: real engine evaluations (the admins-and-users example) extended
 * with the lab's phases, and drawn by the decision diagram's own traceToGraph.
 */
import { describe, expect, it } from 'vitest';
import { evaluateScenario, type EvaluationResult } from '../../../engine';
import { examples } from '../../../scenario';
import { traceToGraph } from '../../flow';
import { decryptTrace, encryptTrace, traceSteps } from './labTrace';

const APP = 'arn:aws:sts::111122223333:assumed-role/OrdersApp/worker-1';
const ADMIN = 'arn:aws:sts::111122223333:assumed-role/KeyAdmin/alice';

function evaluate(principal: string, action: string): EvaluationResult {
  const example = examples.find((e) => e.id === 'admins-and-users');
  if (!example) throw new Error('example missing');
  const scenario = structuredClone(example.scenario);
  const base = scenario.requests[0];
  if (!base) throw new Error('the example has no request');
  // A decoded request (defaults filled in), changed to the lab's call.
  scenario.requests = [
    { ...base, principal, action, encryptionContext: { purpose: 'lab' }, expect: undefined },
  ];
  const result = evaluateScenario(scenario).results[0];
  if (!result) throw new Error('no result');
  return result;
}

const labRules = (r: EvaluationResult | null) =>
  (r?.trace ?? []).filter((s) => s.rule.startsWith('lab')).map((s) => [s.rule, s.outcome]);

describe('encryptTrace', () => {
  const facts = { plaintextBytes: 21, messageBytes: 400, error: null };

  it('follows an allowed GenerateDataKey with the three local steps, all passed', () => {
    const result = encryptTrace(evaluate(APP, 'kms:GenerateDataKey'), facts);
    expect(labRules(result)).toEqual([
      ['labLocalEncrypt', 'pass'],
      ['labDiscardKey', 'pass'],
      ['labStoreDataKey', 'pass'],
    ]);
    // Same shape as the engine's steps: top-level phases after the engine's decision.
    const decision = result?.trace.findIndex((s) => s.kind === 'decision') ?? -1;
    expect(result?.trace.slice(decision + 1).every((s) => s.parentId === null)).toBe(true);
    expect(traceSteps(result as EvaluationResult, 'GenerateDataKey').map((s) => s.status)).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
  });

  it('skips the local steps when GenerateDataKey is denied, and marks a stopped encryption', () => {
    const denied = encryptTrace(evaluate(ADMIN, 'kms:GenerateDataKey'), {
      ...facts,
      messageBytes: null,
    });
    expect(denied?.outcome).toBe('AccessDeniedException');
    expect(labRules(denied).map(([, o]) => o)).toEqual(['skipped', 'skipped', 'skipped']);
    const stopped = encryptTrace(evaluate(APP, 'kms:GenerateDataKey'), {
      ...facts,
      messageBytes: null,
      error: 'Cancelled',
    });
    expect(labRules(stopped).map(([, o]) => o)).toEqual(['fail', 'skipped', 'skipped']);
    expect(stopped?.trace.find((s) => s.rule === 'labLocalEncrypt')?.detail?.error).toBe(
      'Cancelled',
    );
    expect(encryptTrace(null, facts)).toBeNull();
  });
});

describe('decryptTrace', () => {
  const facts = {
    expected: { purpose: 'lab' },
    messageContext: { purpose: 'lab' },
    failure: null,
    plaintextBytes: 21,
  };

  it('passes every step when Decrypt is allowed and the message opens', () => {
    const result = decryptTrace(evaluate(APP, 'kms:Decrypt'), facts);
    expect(labRules(result)).toEqual([
      ['labCheckContext', 'pass'],
      ['labUnwrapDataKey', 'pass'],
      ['labDecryptMessage', 'pass'],
    ]);
  });

  it('puts each failure at the step that detects it and skips the rest', () => {
    const allowed = evaluate(APP, 'kms:Decrypt');
    const wrong = decryptTrace(allowed, {
      ...facts,
      expected: { purpose: 'other' },
      failure: 'EncryptionContextMismatch',
    });
    expect(labRules(wrong).map(([, o]) => o)).toEqual(['fail', 'skipped', 'skipped']);
    expect(wrong?.trace.find((s) => s.rule === 'labCheckContext')?.detail?.mismatched).toEqual([
      'purpose',
    ]);
    const frame = decryptTrace(allowed, { ...facts, failure: 'FrameAuthenticationFailed' });
    expect(labRules(frame).map(([, o]) => o)).toEqual(['pass', 'pass', 'fail']);
    const header = decryptTrace(allowed, { ...facts, failure: 'HeaderAuthenticationFailed' });
    expect(labRules(header).map(([, o]) => o)).toEqual(['pass', 'fail', 'skipped']);
  });

  it('a denied Decrypt runs no local step, and its decision path is still drawn', () => {
    const denied = decryptTrace(evaluate(ADMIN, 'kms:Decrypt'), facts);
    expect(denied?.decision).toBe('ImplicitDeny');
    expect(labRules(denied).map(([, o]) => o)).toEqual(['skipped', 'skipped', 'skipped']);
    const steps = traceSteps(denied as EvaluationResult, 'Decrypt');
    expect(steps[0]).toMatchObject({ title: 'Decrypt', status: 'failed' });
    expect(steps[0]?.detail).toContain('AccessDeniedException');
  });
});

describe('the decision diagram draws a lab trace', () => {
  it('as the engine path, then one node per lab step chained after the decision', () => {
    const result = decryptTrace(evaluate(APP, 'kms:Decrypt'), {
      expected: { purpose: 'lab' },
      messageContext: { purpose: 'lab' },
      failure: 'FrameAuthenticationFailed',
      plaintextBytes: null,
    });
    const graph = traceToGraph(result as EvaluationResult);
    const ids = graph.nodes.map((n) => n.id);
    const decision = graph.nodes.find((n) => n.type === 'decision');
    expect(ids.slice(-3)).toEqual(['labCheckContext', 'labUnwrapDataKey', 'labDecryptMessage']);
    expect(graph.edges.map((e) => `${e.source}->${e.target}`)).toEqual(
      expect.arrayContaining([
        `${decision?.id}->labCheckContext`,
        'labCheckContext->labUnwrapDataKey',
        'labUnwrapDataKey->labDecryptMessage',
      ]),
    );
    const last = graph.nodes.at(-1)?.data;
    expect(last).toMatchObject({ title: 'Message decrypted', tone: 'fail' });
    expect(last?.summary).toBe('Failed: FrameAuthenticationFailed.');
  });
});
