/**
 * Policy lockout safety check and request validation (kms-semantics 1.6.4, A18): S35 API_PutKeyPolicy /
 * API_CreateKey, S4 kms:BypassPolicyLockoutSafetyCheck, S41 parameter ranges, S45 lockout message.
 */
import { describe, expect, it } from 'vitest';
import type { Json } from '../../scenario/types';
import { ALICE, BOB, doc, enableIam, key, request, run, withPolicy } from '../testing/build';

const LOCKOUT = 'The new key policy will not allow you to update the key policy in the future.';
const bobOnly = doc({
  Sid: 'Bob',
  Effect: 'Allow',
  Principal: { AWS: BOB },
  Action: 'kms:*',
  Resource: '*',
});
const aliceIam = (...extra: Record<string, unknown>[]) =>
  withPolicy(ALICE, { Sid: 'AliceKms', Effect: 'Allow', Action: 'kms:*', Resource: '*' }, ...extra);
const put = (Policy: Json, extra: Record<string, Json> = {}, principals = [aliceIam()]) =>
  run({
    principals,
    requests: [request({ action: 'kms:PutKeyPolicy', parameters: { Policy, ...extra } })],
  });
const create = (parameters: Record<string, Json>, principals = [aliceIam()]) =>
  run({ principals, requests: [request({ action: 'kms:CreateKey', key: undefined, parameters })] });

describe('lockout safety check (S35)', () => {
  it('PutKeyPolicy with a policy that leaves the caller out: MalformedPolicyDocumentException with the AWS message (S35, S45, A18)', () => {
    const r = put(bobOnly);
    expect(r.outcome).toBe('MalformedPolicyDocumentException');
    expect(r.decision).toBe('Allow');
    expect(r.message).toBe(LOCKOUT);
    const step = r.trace.find((s) => s.rule === 'lockoutSafetyCheck');
    expect(step?.outcome).toBe('fail');
    expect(step?.source).toEqual({ document: 'newPolicy:0', path: [] });
  });

  it('BypassPolicyLockoutSafetyCheck true skips the check (S35)', () => {
    const r = put(bobOnly, { BypassPolicyLockoutSafetyCheck: true });
    expect(r.outcome).toBe('Allowed');
    expect(r.trace.some((s) => s.rule === 'lockoutSafetyCheck')).toBe(false);
  });

  it('a new policy that keeps the account statement lets the IAM-authorized caller update again: Allowed (S35, S3)', () => {
    const r = put(doc(enableIam()));
    expect(r.outcome).toBe('Allowed');
    expect(r.trace.find((s) => s.rule === 'lockoutSafetyCheck')?.outcome).toBe('pass');
  });

  it('the check re-runs the policy path with the caller identity policies: delegation to IAM without an IAM allow locks out (A18)', () => {
    const current = doc({
      Sid: 'Alice',
      Effect: 'Allow',
      Principal: { AWS: ALICE },
      Action: 'kms:*',
      Resource: '*',
    });
    const by = (principals: ReturnType<typeof withPolicy>[]) =>
      run({
        keys: [key({ policy: current })],
        principals,
        requests: [
          request({ action: 'kms:PutKeyPolicy', parameters: { Policy: doc(enableIam()) } }),
        ],
      });
    const locked = by([]);
    expect(locked.outcome).toBe('MalformedPolicyDocumentException');
    expect(locked.message).toBe(LOCKOUT);
    expect(
      by([withPolicy(ALICE, { Effect: 'Allow', Action: 'kms:PutKeyPolicy', Resource: '*' })])
        .outcome,
    ).toBe('Allowed');
  });

  it('CreateKey with a policy that locks the caller out: MalformedPolicyDocumentException (S35 API_CreateKey)', () => {
    const r = create({ Policy: bobOnly });
    expect(r.outcome).toBe('MalformedPolicyDocumentException');
    expect(r.message).toBe(LOCKOUT);
    expect(create({ Policy: doc(enableIam()) }).outcome).toBe('Allowed');
    expect(create({ Policy: bobOnly, BypassPolicyLockoutSafetyCheck: true }).outcome).toBe(
      'Allowed',
    );
  });

  it('CreateKey without a Policy gets the default policy and needs no lockout check (S3, S35)', () => {
    expect(create({}).outcome).toBe('Allowed');
  });
});

describe('kms:BypassPolicyLockoutSafetyCheck condition key (S4)', () => {
  const denyBypass = {
    Sid: 'NoBypass',
    Effect: 'Deny',
    Action: ['kms:CreateKey', 'kms:PutKeyPolicy'],
    Resource: '*',
    Condition: { Bool: { 'kms:BypassPolicyLockoutSafetyCheck': true } },
  };
  const requireAbsent = {
    Sid: 'OnlyWithoutBypass',
    Effect: 'Allow',
    Action: 'kms:CreateKey',
    Resource: '*',
    Condition: { Null: { 'kms:BypassPolicyLockoutSafetyCheck': 'true' } },
  };

  it('the key is absent when the parameter is omitted, so a Null:true condition holds (S4 documented example)', () => {
    const p = [withPolicy(ALICE, requireAbsent)];
    expect(create({}, p).outcome).toBe('Allowed');
    expect(create({ BypassPolicyLockoutSafetyCheck: false }, p).decision).toBe('ImplicitDeny');
  });

  it('an IAM Deny on Bool true blocks a bypass attempt before the lockout check (S4, S35)', () => {
    const r = create({ Policy: bobOnly, BypassPolicyLockoutSafetyCheck: true }, [
      aliceIam(denyBypass),
    ]);
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.deciding.map((d) => d.statement)).toEqual(['NoBypass']);
    expect(create({ Policy: doc(enableIam()) }, [aliceIam(denyBypass)]).outcome).toBe('Allowed');
  });
});

describe('parameter ranges (S41)', () => {
  it('ScheduleKeyDeletion PendingWindowInDays outside 7-30 is ValidationException for an authorized caller (S41)', () => {
    const r = run({
      principals: [aliceIam()],
      requests: [
        request({ action: 'kms:ScheduleKeyDeletion', parameters: { PendingWindowInDays: 3 } }),
      ],
    });
    expect(r.outcome).toBe('ValidationException');
    expect(r.decision).toBe('Allow');
  });

  it('PutKeyPolicy without a Policy parameter is ValidationException (S35)', () => {
    const r = run({
      principals: [aliceIam()],
      requests: [request({ action: 'kms:PutKeyPolicy' })],
    });
    expect(r.outcome).toBe('ValidationException');
  });
});
