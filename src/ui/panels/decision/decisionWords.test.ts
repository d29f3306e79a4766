import { describe, expect, it } from 'vitest';
import type { EvaluationResult } from '../../../engine/types';
import { decisionWords } from './decisionWords';

const result = (outcome: EvaluationResult['outcome'], decision: EvaluationResult['decision']) =>
  ({
    request: 'r',
    outcome,
    decision,
    deciding: [],
    expectation: 'none',
    trace: [],
  }) as EvaluationResult;

describe('decisionWords', () => {
  it('tells explicit from implicit deny', () => {
    expect(decisionWords(result('AccessDeniedException', 'ExplicitDeny')).kind).toBe(
      'Explicit deny',
    );
    expect(decisionWords(result('AccessDeniedException', 'ImplicitDeny')).kind).toBe(
      'Implicit deny',
    );
  });

  it('does not call a request that never reached the policies a deny', () => {
    expect(decisionWords(result('NotFoundException', 'ImplicitDeny')).kind).toBe('Not authorized');
  });

  it('says when an authorized call was refused afterwards', () => {
    expect(decisionWords(result('DisabledException', 'Allow'))).toEqual({
      kind: 'Authorized',
      hint: 'but KMS refused the call afterwards',
    });
  });
});
