/**
 * DryRun (S50 "Testing your permissions"): an authorized call answers DryRunOperationException;
 * a denied or invalid one answers what it would without DryRun.
 */
import { describe, expect, it } from 'vitest';
import type { Json } from '../../scenario/types';
import { ALICE, BOB, doc, key, request, run } from '../testing/build';

const aliceAll = doc({
  Sid: 'Alice',
  Effect: 'Allow',
  Principal: { AWS: ALICE },
  Action: 'kms:*',
  Resource: '*',
});
const call = (action: string, parameters: Record<string, Json>, principal = ALICE) =>
  run({
    keys: [key({ policy: aliceAll })],
    requests: [request({ action, parameters, principal })],
  });

describe('DryRun (S50)', () => {
  it('an authorized Encrypt with DryRun answers DryRunOperationException, decision Allow (S50, P15)', () => {
    const r = call('kms:Encrypt', { DryRun: true });
    expect(r.outcome).toBe('DryRunOperationException');
    expect(r.decision).toBe('Allow');
    const phase = r.trace.find((s) => s.rule === 'afterAuthorization');
    expect(phase?.outcome).toBe('fail');
    expect(phase?.detail).toMatchObject({ dryRun: true });
    expect(call('kms:Encrypt', { DryRun: false }).outcome).toBe('Allowed');
  });

  it('a caller without permission still gets AccessDeniedException (S50)', () => {
    expect(call('kms:Encrypt', { DryRun: true }, BOB).outcome).toBe('AccessDeniedException');
  });

  it('parameter errors come first: CreateGrant with no operations is ValidationException (S50)', () => {
    expect(call('kms:CreateGrant', { DryRun: true, GranteePrincipal: BOB }).outcome).toBe(
      'ValidationException',
    );
    expect(
      call('kms:CreateGrant', { DryRun: true, GranteePrincipal: BOB, Operations: ['Decrypt'] })
        .outcome,
    ).toBe('DryRunOperationException');
  });

  it('ReEncrypt, Sign and the grant operations take DryRun; DescribeKey does not and ignores it (S50)', () => {
    const r = call('kms:ReEncrypt', { DryRun: true, DestinationKeyId: request().key ?? '' });
    expect(r.outcome).toBe('DryRunOperationException');
    expect(call('kms:DescribeKey', { DryRun: true }).outcome).toBe('Allowed');
  });
});
