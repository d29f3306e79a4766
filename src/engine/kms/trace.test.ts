/**
 * Trace shape and request validation (architecture: ordered steps with parent links; kms-semantics
 * 1.2 step 1; S15 permissions reference). Every deciding statement must be visible in the trace.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/types';
import { documentById, resolvePath } from './ids';
import { evaluateScenario } from '../evaluate';
import type { EvaluationResult } from '../types';
import {
  ALICE,
  BOB,
  KEY2_ARN,
  KEY_ARN,
  doc,
  enableIam,
  grant,
  key,
  request,
  run,
  scenario,
  withPolicy,
} from '../testing/build';

const aliceIam = withPolicy(ALICE, { Sid: 'Iam', Effect: 'Allow', Action: 'kms:*', Resource: '*' });
const denyKp = doc(enableIam(), {
  Sid: 'NoDecrypt',
  Effect: 'Deny',
  Principal: '*',
  Action: 'kms:Decrypt',
  Resource: '*',
});
const cases: [string, Partial<Scenario>][] = [
  ['allow through IAM delegation', { principals: [aliceIam] }],
  ['implicit deny', {}],
  ['explicit deny in the key policy', { keys: [key({ policy: denyKp })], principals: [aliceIam] }],
  ['grant', { grants: [grant()], requests: [request({ principal: BOB })] }],
  [
    'ReEncrypt',
    {
      keys: [key(), key({ arn: KEY2_ARN })],
      principals: [aliceIam],
      requests: [request({ action: 'kms:ReEncrypt', parameters: { DestinationKeyId: KEY2_ARN } })],
    },
  ],
  ['key state rejection', { keys: [key({ state: 'Disabled' })], principals: [aliceIam] }],
  ['unknown action', { requests: [request({ action: 'kms:Frobnicate' })] }],
];

function checkShape(r: EvaluationResult) {
  const ids = r.trace.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  r.trace.forEach((s, i) => {
    if (s.parentId !== null) expect(ids.slice(0, i)).toContain(s.parentId);
  });
  const last = r.trace[r.trace.length - 1];
  expect(last?.kind).toBe('decision');
  expect(last?.detail).toEqual({ outcome: r.outcome, decision: r.decision });
  expect(r.trace.filter((s) => s.kind === 'decision')).toHaveLength(1);
}

describe('trace shape', () => {
  for (const [name, over] of cases) {
    it(`${name}: ids are unique, every parentId names an earlier step, the decision step is last (architecture: trace)`, () => {
      checkShape(run(over));
    });
  }

  it('the first step is the request context (architecture: context before checks)', () => {
    const r = run({ principals: [aliceIam] });
    expect(r.trace[0]).toMatchObject({ kind: 'context', rule: 'requestContext', parentId: null });
  });

  it('each deciding statement has a statement step with outcome "match" pointing at it (architecture: trace; kms-semantics section 3 deciding statement)', () => {
    for (const [name, over] of cases) {
      const r = run(over);
      for (const d of r.deciding.filter(
        (x) => x.statement !== null || !x.document.startsWith('grant:'),
      )) {
        const step = r.trace.find(
          (s) =>
            s.kind === 'statement' &&
            s.source?.document === d.document &&
            JSON.stringify(s.source.path) === JSON.stringify(d.path) &&
            s.outcome === 'match',
        );
        expect(step, `${name}: ${d.document} ${JSON.stringify(d.path)}`).toBeDefined();
      }
    }
  });

  it('a deciding grant has a grant step with outcome "match" (S7)', () => {
    const r = run({ grants: [grant()], requests: [request({ principal: BOB })] });
    expect(
      r.trace.find((s) => s.kind === 'grant' && s.source?.document === 'grant:g1')?.outcome,
    ).toBe('match');
  });

  it('every source path resolves inside its document (architecture: SourceRef for editor highlighting)', () => {
    for (const [name, over] of cases) {
      const s = scenario(over);
      const { results } = evaluateScenario(s);
      for (const step of results[0]?.trace ?? []) {
        if (!step.source) continue;
        const target = documentById(s, step.source.document);
        expect(target, `${name}: ${step.source.document}`).toBeDefined();
        expect(resolvePath(target, step.source.path), `${name}: ${step.id}`).toBeDefined();
      }
    }
  });

  it('the deny sweep runs before the policy path, and the grant path after it (kms-semantics 1.2 order)', () => {
    const r = run({ grants: [grant()], requests: [request({ principal: BOB })] });
    const order = ['explicitDenySweep', 'keyPolicy', 'grantPath'].map((rule) =>
      r.trace.findIndex((s) => s.rule === rule),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('unknown actions (S15, P2)', () => {
  it('an unknown kms action is a ValidationException with a clear message; evaluate never throws (S15 permissions reference, S42)', () => {
    const r = run({ requests: [request({ action: 'kms:Frobnicate' })] });
    expect(r.outcome).toBe('ValidationException');
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe('kms:Frobnicate is not an AWS KMS API operation.');
  });

  it('an action of another service is a ValidationException too (S15, S42 Service Authorization Reference)', () => {
    const r = run({ requests: [request({ action: 's3:GetObject' })] });
    expect(r.outcome).toBe('ValidationException');
    expect(r.message).toContain('s3:GetObject');
  });

  it('action names in requests are case-insensitive like in policies (S26)', () => {
    expect(
      run({ principals: [aliceIam], requests: [request({ action: 'KMS:decrypt' })] }).outcome,
    ).toBe('Allowed');
  });

  it('odd inputs never throw: empty action, unknown key, missing key for a key operation (S22 NotFoundException; scenario-format)', () => {
    for (const req of [
      request({ action: '' }),
      request({ key: `${KEY_ARN}-nope` }),
      request({ key: undefined }),
      request({ key: 'alias/none' }),
    ]) {
      expect(() => run({ requests: [req] })).not.toThrow();
      const r = run({ requests: [req] });
      expect(r.outcome).not.toBe('Allowed');
      checkShape(r);
    }
  });
});
