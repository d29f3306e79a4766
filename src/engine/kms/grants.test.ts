/**
 * Using grants (kms-semantics 1.5, table 2.9; A3, A6, A7, A8): S7 grants, S8 create-grant-overview,
 * S9 grant-manage, S34 GrantConstraints, S14 external accounts, S22 InvalidGrantTokenException.
 */
import { describe, expect, it } from 'vitest';
import type { Grant, Request } from '../../scenario/types';
import {
  ALICE,
  BOB,
  KEY_ARN,
  OTHER_ACCOUNT,
  ROLE,
  ROOT,
  SESSION,
  doc,
  enableIam,
  grant,
  key,
  principal,
  request,
  run,
  withPolicy,
} from '../testing/build';

const GRANT_REF = { document: 'grant:g1', statement: null, path: [] };
/** Bob (no IAM policy; the key policy only enables IAM) calls with this grant on the key. */
const withGrant = (
  g: Partial<Grant>,
  req: Partial<Request> = {},
  over: Parameters<typeof run>[0] = {},
) => run({ grants: [grant(g)], requests: [request({ principal: BOB, ...req })], ...over });
const grantStep = (r: ReturnType<typeof run>) => r.trace.find((s) => s.kind === 'grant');

describe('who a grant allows (S7, A7, A8)', () => {
  it('the grantee ARN is matched exactly and the grant alone allows; the grant is the deciding entry (S7 grants)', () => {
    const r = withGrant({});
    expect(r.outcome).toBe('Allowed');
    expect(r.decision).toBe('Allow');
    expect(r.deciding).toEqual([GRANT_REF]);
    expect(r.trace.find((s) => s.rule === 'grantPath')?.outcome).toBe('allow');
  });

  it('someone else gets nothing from the grant (S7)', () => {
    const r = withGrant({}, { principal: ALICE });
    expect(r.decision).toBe('ImplicitDeny');
    expect(grantStep(r)?.detail).toMatchObject({ failed: 'grantee' });
  });

  it('a role ARN grantee matches sessions of the role (S7, A7)', () => {
    expect(withGrant({ granteePrincipal: ROLE }, { principal: SESSION }).outcome).toBe('Allowed');
  });

  it('an account grantee needs an IAM policy in that account, like an account principal (A7)', () => {
    // The key policy lets IAM pass through DescribeKey only, so Decrypt can only come from the grant.
    const kp = doc({ ...enableIam(), Action: 'kms:DescribeKey' });
    const g = { granteePrincipal: ROOT };
    const none = withGrant(g, {}, { keys: [key({ policy: kp })] });
    expect(none.decision).toBe('ImplicitDeny');
    expect(grantStep(none)?.detail).toMatchObject({ failed: 'accountDelegation' });
    const bobIam = withPolicy(BOB, {
      Sid: 'BobDecrypt',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: KEY_ARN,
    });
    const ok = withGrant(g, {}, { keys: [key({ policy: kp })], principals: [bobIam] });
    expect(ok.outcome).toBe('Allowed');
    expect(ok.deciding).toEqual([GRANT_REF]);
  });

  it('a grantee in another account needs no IAM policy in its own account (S14, A8)', () => {
    const ext = `arn:aws:iam::${OTHER_ACCOUNT}:user/Ext`;
    const r = withGrant({ granteePrincipal: ext }, { principal: ext });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([GRANT_REF]);
  });
});

describe('what a grant allows (S7, S8, S34)', () => {
  it('the operation must be listed in the grant (S7)', () => {
    const r = withGrant({ operations: ['Encrypt'] });
    expect(r.decision).toBe('ImplicitDeny');
    expect(grantStep(r)?.detail).toMatchObject({ failed: 'operation', operation: 'Decrypt' });
  });

  it('EncryptionContextSubset: every constraint pair must be present, extra pairs are allowed (S8, S34)', () => {
    const g = { constraints: { encryptionContextSubset: { dept: 'it' } } };
    expect(withGrant(g, { encryptionContext: { dept: 'it', app: 'x' } }).outcome).toBe('Allowed');
    expect(withGrant(g, { encryptionContext: { app: 'x' } }).decision).toBe('ImplicitDeny');
    const none = withGrant(g);
    expect(none.decision).toBe('ImplicitDeny');
    expect(grantStep(none)?.detail).toMatchObject({
      failed: 'constraint',
      constraint: 'EncryptionContextSubset',
    });
  });

  it('EncryptionContextEquals: exactly the constraint pairs, in any order (S8, S34)', () => {
    const g = { constraints: { encryptionContextEquals: { dept: 'it', app: 'x' } } };
    expect(withGrant(g, { encryptionContext: { app: 'x', dept: 'it' } }).outcome).toBe('Allowed');
    expect(withGrant(g, { encryptionContext: { dept: 'it', app: 'x', more: '1' } }).decision).toBe(
      'ImplicitDeny',
    );
    expect(withGrant(g, { encryptionContext: { dept: 'it' } }).decision).toBe('ImplicitDeny');
  });

  it('constraint values are case-sensitive (S34 GrantConstraints, A3)', () => {
    const g = { constraints: { encryptionContextSubset: { dept: 'it' } } };
    expect(withGrant(g, { encryptionContext: { dept: 'IT' } }).decision).toBe('ImplicitDeny');
  });

  it('constraint keys are case-insensitive per the current GrantConstraints reference (S34, A3)', () => {
    expect(
      withGrant(
        { constraints: { encryptionContextSubset: { dept: 'it' } } },
        { encryptionContext: { DEPT: 'it' } },
      ).outcome,
    ).toBe('Allowed');
    expect(
      withGrant(
        { constraints: { encryptionContextEquals: { Dept: 'it' } } },
        { encryptionContext: { dEPT: 'it' } },
      ).outcome,
    ).toBe('Allowed');
  });

  it('the constraint is ignored for DescribeKey, which takes no encryption context (S8)', () => {
    const r = withGrant(
      { operations: ['DescribeKey'], constraints: { encryptionContextEquals: { dept: 'it' } } },
      { action: 'kms:DescribeKey' },
    );
    expect(r.outcome).toBe('Allowed');
  });
});

describe('grant tokens and eventual consistency (S7, S9)', () => {
  const fresh = { propagated: false, grantToken: 'tok-1' };

  it('a grant that has not propagated yet is ignored without its grant token (S7 eventual consistency)', () => {
    const r = withGrant(fresh);
    expect(r.decision).toBe('ImplicitDeny');
    expect(grantStep(r)?.detail).toMatchObject({ failed: 'notPropagated' });
  });

  it('presenting its grant token makes the grant usable at once (S9 grant tokens)', () => {
    const r = withGrant(fresh, { grantTokens: ['tok-1'] });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([GRANT_REF]);
  });

  it('an unknown grant token fails an otherwise authorized call with InvalidGrantTokenException (S22, P5)', () => {
    const r = run({
      principals: [
        withPolicy(ALICE, { Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY_ARN }),
      ],
      requests: [request({ grantTokens: ['no-such-token'] })],
    });
    expect(r.outcome).toBe('InvalidGrantTokenException');
    expect(r.decision).toBe('Allow');
    expect(r.message).toContain('no-such-token');
  });
});

describe('grants and denies (S7, S12, A6)', () => {
  it('an explicit deny beats a grant (S7, S12 kms:EncryptionAlgorithm)', () => {
    const deny = {
      Sid: 'NoDecrypt',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:Decrypt',
      Resource: '*',
    };
    const r = withGrant({}, {}, { keys: [key({ policy: doc(enableIam(), deny) })] });
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.deciding).toEqual([
      {
        document: 'key:1234abcd-12ab-34cd-56ef-1234567890ab',
        statement: 'NoDecrypt',
        path: ['Statement', 1],
      },
    ]);
    expect(r.trace.some((s) => s.rule === 'grantPath')).toBe(false);
  });

  it('an implicit deny from a permissions boundary does not block a grant (A6)', () => {
    const bob = principal(BOB, {
      permissionsBoundary: doc({ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }),
    });
    const r = withGrant({}, {}, { principals: [bob] });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([GRANT_REF]);
  });

  it('an implicit deny from a session policy does not block a grant (A6)', () => {
    const session = doc({ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' });
    const r = withGrant(
      { granteePrincipal: ROLE },
      { principal: SESSION, sessionPolicy: session },
      { principals: [principal(ROLE)] },
    );
    expect(r.outcome).toBe('Allowed');
  });

  it('an explicit deny in a boundary still blocks a grant (A6, S10)', () => {
    const boundary = doc(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' },
    );
    const r = withGrant(
      {},
      {},
      { principals: [principal(BOB, { permissionsBoundary: boundary })] },
    );
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.message).toContain('with an explicit deny in a permissions boundary');
  });

  it('the grant path is consulted only after the policy path: a policy allow decides first (kms-semantics step 10)', () => {
    const r = run({
      grants: [grant({ granteePrincipal: ALICE })],
      principals: [
        withPolicy(ALICE, {
          Sid: 'Iam',
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: KEY_ARN,
        }),
      ],
    });
    expect(r.deciding.map((d) => d.statement)).toEqual(['Enable IAM User Permissions', 'Iam']);
  });
});
