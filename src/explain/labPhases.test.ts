import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../engine/types';
import { describePhase } from './phases';

const step = (rule: string, outcome: TraceStep['outcome'], detail = {}): TraceStep => ({
  id: rule,
  parentId: null,
  kind: 'phase',
  rule,
  outcome,
  detail,
});

describe('lab steps in the diagram', () => {
  it('get their own titles and summaries from their outcome and detail', () => {
    const local = describePhase(step('labLocalEncrypt', 'pass', { plaintextBytes: 21 }), []);
    expect(local).toMatchObject({ eyebrow: 'In the browser', title: 'Local AES-GCM encryption' });
    expect(local.summary).toBe(
      '21 bytes encrypted here with the plaintext data key; KMS never sees the data.',
    );
    const context = describePhase(step('labCheckContext', 'fail', { mismatched: ['purpose'] }), []);
    expect(context).toMatchObject({ tone: 'fail', status: 'Fail' });
    expect(context.summary).toContain('["purpose"]');
    expect(describePhase(step('labUnwrapDataKey', 'skipped'), []).summary).toBe(
      'Not run: an earlier step stopped.',
    );
    expect(
      describePhase(step('labDecryptMessage', 'fail', { error: 'MalformedBody' }), []).summary,
    ).toBe('Failed: MalformedBody.');
  });

  it('leave the engine phases and unknown rules as they were', () => {
    expect(describePhase(step('keyPolicy', 'fail'), []).title).toBe('Key policy');
    expect(describePhase(step('somethingNew', 'pass'), [])).toMatchObject({
      eyebrow: 'Step',
      summary: '',
    });
  });
});
