/**
 * CloudTrail's userIdentity element for each kind of caller (S61): a role's calls are made by a
 * session, recorded as type AssumedRole with the role as sessionContext.sessionIssuer (P7).
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNT, ALICE, KEY_ARN, fixture } from './testing';
import { viaPort } from './testing/crypto';
import { principal, withPolicy } from '../engine/testing/build';
import type { SimulatorState } from './types';

const { call } = viaPort();
const ROLE = `arn:aws:iam::${ACCOUNT}:role/teams/App`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/App/worker-1`;

function withRole(): SimulatorState {
  const s = fixture();
  return {
    ...s,
    scenario: {
      ...s.scenario,
      principals: [...s.scenario.principals, principal(ROLE)],
    },
  };
}

async function identityOf(s: SimulatorState, caller: string) {
  const r = await call(s, caller, 'DescribeKey', { KeyId: KEY_ARN });
  return r.state.audit[r.state.audit.length - 1];
}

describe('CloudTrail userIdentity (S61)', () => {
  it('a role named as the caller is recorded as its session: type AssumedRole, the session ARN, and the role as sessionIssuer (P7, S61)', async () => {
    const e = await identityOf(withRole(), ROLE);
    expect(e?.errorCode).toBe('AccessDeniedException');
    const sessionArn = `arn:aws:sts::${ACCOUNT}:assumed-role/App/session`;
    expect(e?.userIdentity).toMatchObject({
      type: 'AssumedRole',
      arn: sessionArn,
      accountId: ACCOUNT,
      sessionContext: {
        sessionIssuer: { type: 'Role', arn: ROLE, accountId: ACCOUNT, userName: 'App' },
      },
    });
    // principalId is the role's id and the session name (AROA…:session).
    const issuer = e?.userIdentity.sessionContext?.sessionIssuer;
    expect(issuer?.principalId).toMatch(/^AROA[0-9A-F]{17}$/);
    expect(e?.userIdentity.principalId).toBe(`${issuer?.principalId}:session`);
    expect(e?.errorMessage).toContain(`User: ${sessionArn} is not authorized`);
  });

  it('a session of the same role has the same role id, its own session name, and the role with its path as issuer (S61, A26)', async () => {
    const s = withRole();
    const asRole = await identityOf(s, ROLE);
    const asSession = await identityOf(s, SESSION);
    expect(asSession?.userIdentity).toMatchObject({
      type: 'AssumedRole',
      arn: SESSION,
      sessionContext: { sessionIssuer: { arn: ROLE, userName: 'App' } },
    });
    const roleId = asRole?.userIdentity.sessionContext?.sessionIssuer.principalId;
    expect(asSession?.userIdentity.principalId).toBe(`${roleId}:worker-1`);
  });

  it('an IAM user is IAMUser with an AIDA id and no sessionContext; the root user is Root (S61)', async () => {
    const s = fixture();
    const user = await identityOf(s, ALICE);
    expect(user?.userIdentity).toMatchObject({ type: 'IAMUser', arn: ALICE, accountId: ACCOUNT });
    expect(user?.userIdentity.principalId).toMatch(/^AIDA[0-9A-F]{17}$/);
    expect(user?.userIdentity.sessionContext).toBeUndefined();
    const root = await identityOf(s, `arn:aws:iam::${ACCOUNT}:root`);
    expect(root?.userIdentity).toMatchObject({ type: 'Root', principalId: ACCOUNT });
  });

  it('the role-as-caller session is only a name: the role is still authorized as itself (P7)', async () => {
    const s = withRole();
    const allowed = {
      ...s,
      scenario: {
        ...s.scenario,
        principals: [
          ...s.scenario.principals.filter((p) => p.arn !== ROLE),
          withPolicy(ROLE, { Effect: 'Allow', Action: 'kms:DescribeKey', Resource: '*' }),
        ],
      },
    };
    const e = await identityOf(allowed, ROLE);
    expect(e?.errorCode).toBeUndefined();
    expect(e?.userIdentity.type).toBe('AssumedRole');
  });
});
