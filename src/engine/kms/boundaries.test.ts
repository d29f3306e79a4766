/**
 * Permissions boundaries and session policies against key-policy statements (kms-semantics 1.2
 * step 9, A5): S18 permissions boundaries, S19 session policies, S10 evaluation logic, S20 messages.
 */
import { describe, expect, it } from 'vitest';
import type { Json } from '../../scenario/types';
import {
  ALICE,
  KEY_ARN,
  ROLE,
  SESSION,
  doc,
  enableIam,
  key,
  principal,
  request,
  run,
} from '../testing/build';

const KEY_DOC = 'key:1234abcd-12ab-34cd-56ef-1234567890ab';
const naming = (p: string) => ({
  Sid: 'Named',
  Effect: 'Allow',
  Principal: { AWS: p },
  Action: 'kms:*',
  Resource: '*',
});
const only = (action: string): Json =>
  doc({ Sid: 'Only', Effect: 'Allow', Action: action, Resource: '*' });
const allowAll = (Sid = 'AllKms') => ({ Sid, Effect: 'Allow', Action: 'kms:*', Resource: '*' });
const msg = (who: string, tail: string) =>
  `User: ${who} is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN} ${tail}`;
const withBoundary = (arn: string, boundary: Json, policies: Record<string, unknown>[] = []) =>
  principal(arn, {
    permissionsBoundary: boundary,
    policies: policies.length ? [{ name: 'p', document: doc(...policies) }] : [],
  });

describe('permissions boundaries (S18)', () => {
  it('a key-policy statement naming the user directly is not limited by the boundary (S18, S10, A5)', () => {
    const r = run({
      keys: [key({ policy: doc(naming(ALICE)) })],
      principals: [withBoundary(ALICE, only('kms:Encrypt'))],
    });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([{ document: KEY_DOC, statement: 'Named', path: ['Statement', 0] }]);
    expect(r.trace.some((s) => s.rule === 'permissionsBoundary')).toBe(false);
  });

  it('a key-policy statement naming the role is limited by the role boundary: "no permissions boundary allows" (S18, A5)', () => {
    const r = run({
      keys: [key({ policy: doc(naming(ROLE)) })],
      principals: [withBoundary(ROLE, only('kms:Encrypt'))],
      requests: [request({ principal: SESSION })],
    });
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(
      msg(SESSION, 'because no permissions boundary allows the kms:Decrypt action'),
    );
    expect(r.trace.find((s) => s.rule === 'permissionsBoundary')?.outcome).toBe('implicitDeny');
  });

  it('account delegation is limited by the boundary even with an IAM allow (S18 effective permissions = identity ∩ boundary)', () => {
    const r = run({ principals: [withBoundary(ALICE, only('kms:Encrypt'), [allowAll()])] });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(
      msg(ALICE, 'because no permissions boundary allows the kms:Decrypt action'),
    );
  });

  it('account delegation passes when identity policy and boundary both allow (S18)', () => {
    const r = run({ principals: [withBoundary(ALICE, only('kms:Decrypt'), [allowAll()])] });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding.map((d) => d.statement)).toEqual(['Enable IAM User Permissions', 'AllKms']);
  });

  it('the boundary alone grants nothing: with no identity policy the message names the identity-based policy (S18, A10)', () => {
    const r = run({ principals: [withBoundary(ALICE, only('kms:*'))] });
    expect(r.message).toBe(
      msg(ALICE, 'because no identity-based policy allows the kms:Decrypt action'),
    );
  });

  it('an explicit Deny in a boundary denies even a direct key-policy allow (S18, S10, S20)', () => {
    const boundary = doc(allowAll('All'), {
      Sid: 'NoDecrypt',
      Effect: 'Deny',
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    const r = run({
      keys: [key({ policy: doc(naming(ALICE)) })],
      principals: [withBoundary(ALICE, boundary)],
    });
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.message).toBe(msg(ALICE, 'with an explicit deny in a permissions boundary'));
    expect(r.deciding).toEqual([
      { document: `boundary:${ALICE}`, statement: 'NoDecrypt', path: ['Statement', 1] },
    ]);
  });
});

describe('session policies (S19)', () => {
  const sessionReq = (sessionPolicy: Json) => request({ principal: SESSION, sessionPolicy });

  it('a key-policy statement naming the exact session ARN is not limited by the session policy (S19, S10, A5)', () => {
    const r = run({
      keys: [key({ policy: doc(naming(SESSION)) })],
      principals: [principal(ROLE)],
      requests: [sessionReq(only('kms:Encrypt'))],
    });
    expect(r.outcome).toBe('Allowed');
  });

  it('a key-policy statement naming the role is limited by the session policy: "no session policy allows" (S19, A5)', () => {
    const r = run({
      keys: [key({ policy: doc(naming(ROLE)) })],
      principals: [principal(ROLE)],
      requests: [sessionReq(only('kms:Encrypt'))],
    });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(msg(SESSION, 'because no session policy allows the kms:Decrypt action'));
    expect(r.trace.find((s) => s.rule === 'sessionPolicy')?.outcome).toBe('implicitDeny');
  });

  it('account delegation through the role identity policy is limited by the session policy (S19)', () => {
    const role = principal(ROLE, { policies: [{ name: 'p', document: doc(allowAll()) }] });
    const denied = run({
      keys: [key({ policy: doc(enableIam()) })],
      principals: [role],
      requests: [sessionReq(only('kms:Encrypt'))],
    });
    expect(denied.message).toBe(
      msg(SESSION, 'because no session policy allows the kms:Decrypt action'),
    );
    const allowed = run({ principals: [role], requests: [sessionReq(only('kms:Decrypt'))] });
    expect(allowed.outcome).toBe('Allowed');
    expect(allowed.deciding).toEqual([
      { document: KEY_DOC, statement: 'Enable IAM User Permissions', path: ['Statement', 0] },
      { document: `identity:${ROLE}#p`, statement: 'AllKms', path: ['Statement', 0] },
    ]);
  });

  it('an explicit Deny in a session policy is printed as "explicit deny in a sessions policy" (S19, S20 sic)', () => {
    const session = doc(allowAll('All'), {
      Sid: 'NoDecrypt',
      Effect: 'Deny',
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    const r = run({
      keys: [key({ policy: doc(naming(SESSION)) })],
      principals: [principal(ROLE)],
      requests: [sessionReq(session)],
    });
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.message).toBe(msg(SESSION, 'with an explicit deny in a sessions policy'));
    expect(r.deciding).toEqual([
      { document: 'session:0', statement: 'NoDecrypt', path: ['Statement', 1] },
    ]);
  });

  it('the boundary is checked before the session policy when both lack an allow (A10 first failed requirement)', () => {
    const r = run({
      keys: [key({ policy: doc(naming(ROLE)) })],
      principals: [withBoundary(ROLE, only('kms:Encrypt'))],
      requests: [sessionReq(only('kms:Encrypt'))],
    });
    expect(r.message).toBe(
      msg(SESSION, 'because no permissions boundary allows the kms:Decrypt action'),
    );
  });
});
