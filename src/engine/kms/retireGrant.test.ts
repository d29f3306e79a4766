/**
 * RetireGrant and RevokeGrant (kms-semantics 1.6.2, 1.6.3, table 2.9; A25): S9 grant-manage
 * "Retiring and revoking grants", S7 grants, S17 RCPs, S22 NotFoundException.
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

const KEY_DOC = 'key:1234abcd-12ab-34cd-56ef-1234567890ab';
const GRANT_REF = { document: 'grant:g1', statement: null, path: [] };
const EXT = `arn:aws:iam::${OTHER_ACCOUNT}:user/Ext`;
const iam = (arn: string, effect = 'Allow', action = 'kms:RetireGrant') =>
  withPolicy(arn, { Sid: 'Iam', Effect: effect, Action: action, Resource: KEY_ARN });
/** Retire grant g1 (grantee Bob, Decrypt, retiring principal the App role) as `caller`. */
const retire = (
  caller: string,
  g: Partial<Grant> = {},
  over: Parameters<typeof run>[0] = {},
  req: Partial<Request> = {},
) =>
  run({
    grants: [grant({ retiringPrincipal: ROLE, ...g })],
    requests: [
      request({
        principal: caller,
        action: 'kms:RetireGrant',
        parameters: { GrantId: 'g1' },
        ...req,
      }),
    ],
    ...over,
  });
const allowedAs = (r: ReturnType<typeof run>) =>
  r.trace.find((s) => s.rule === 'retireGrantRules')?.detail?.allowedAs;

describe('who may retire a grant (S9)', () => {
  it('the retiring principal may retire it; a role retiring principal covers its sessions (S9, A7)', () => {
    const r = retire(SESSION);
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([GRANT_REF]);
    expect(allowedAs(r)).toBe('retiringPrincipal');
  });

  it('the grantee may retire it only when the grant lists RetireGrant (S9)', () => {
    expect(retire(BOB).decision).toBe('ImplicitDeny');
    const r = retire(BOB, { operations: ['Decrypt', 'RetireGrant'] });
    expect(r.outcome).toBe('Allowed');
    expect(allowedAs(r)).toBe('granteeWithRetireGrant');
  });

  it('the root user of the issuing account may retire it (S9)', () => {
    const r = retire(ROOT);
    expect(r.outcome).toBe('Allowed');
    expect(allowedAs(r)).toBe('issuingAccount');
  });

  it('an IAM delegate of the issuing account may retire it (S9)', () => {
    const r = retire(ALICE, {}, { principals: [iam(ALICE)] });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([
      GRANT_REF,
      { document: `identity:${ALICE}#p`, statement: 'Iam', path: ['Statement', 0] },
    ]);
    expect(retire(ALICE).decision).toBe('ImplicitDeny');
  });

  it('an account retiring principal delegates through IAM policies in that account (S9)', () => {
    const g = { retiringPrincipal: `arn:aws:iam::${OTHER_ACCOUNT}:root` };
    expect(retire(EXT, g, { principals: [iam(EXT)] }).outcome).toBe('Allowed');
    expect(retire(EXT, g).decision).toBe('ImplicitDeny');
  });

  it('an IAM allow alone is not enough for a stranger outside these roles (S9)', () => {
    const r = retire(EXT, {}, { principals: [iam(EXT, 'Allow', 'kms:*')] });
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.trace.find((s) => s.rule === 'retireGrantRules')?.outcome).toBe('implicitDeny');
  });

  it('the grant can be named by its grant token instead of its id (S9)', () => {
    const r = retire(SESSION, { grantToken: 'tok-1' }, {}, { parameters: { GrantToken: 'tok-1' } });
    expect(r.outcome).toBe('Allowed');
  });

  // API_RetireGrant / S9: "use a grant token, or both the grant ID and a key identifier" — KeyId is
  // conditional. The engine's plan.ts requires a key for every key operation and rejects this request.
  it('a grant token alone identifies the grant: no KeyId is needed (S9, API RetireGrant)', () => {
    const r = retire(
      SESSION,
      { grantToken: 'tok-1' },
      {},
      { key: undefined, parameters: { GrantToken: 'tok-1' } },
    );
    expect(r.outcome).toBe('Allowed');
  });

  // A7: an account grantee behaves like an account principal, so a caller in that account also needs an
  // IAM policy (the grant path applies this; retireGrant.ts accepts any account member as "the grantee").
  it('an account grantee with RetireGrant delegates through IAM: a member without an IAM allow cannot retire (S9, A7)', () => {
    const g = {
      granteePrincipal: `arn:aws:iam::${OTHER_ACCOUNT}:root`,
      operations: ['Decrypt', 'RetireGrant'],
    };
    expect(retire(EXT, g).decision).toBe('ImplicitDeny');
  });

  it('an account grantee with RetireGrant: a member with an IAM allow may retire (S9, A7)', () => {
    const g = {
      granteePrincipal: `arn:aws:iam::${OTHER_ACCOUNT}:root`,
      operations: ['Decrypt', 'RetireGrant'],
    };
    expect(retire(EXT, g, { principals: [iam(EXT)] }).outcome).toBe('Allowed');
  });

  it('an unknown grant is NotFoundException (S9, S22)', () => {
    const r = retire(SESSION, {}, {}, { parameters: { GrantId: 'nope' } });
    expect(r.outcome).toBe('NotFoundException');
    expect(retire(SESSION, {}, {}, { parameters: { GrantToken: 'nope' } }).outcome).toBe(
      'NotFoundException',
    );
  });
});

describe('policies and RetireGrant (S9, A25)', () => {
  it('a key-policy Allow for kms:RetireGrant has no effect (S9: not effective in a key policy)', () => {
    const kp = doc(enableIam(), {
      Sid: 'ExtRetire',
      Effect: 'Allow',
      Principal: { AWS: EXT },
      Action: 'kms:RetireGrant',
      Resource: '*',
    });
    const r = retire(EXT, {}, { keys: [key({ policy: kp })], principals: [iam(EXT)] });
    expect(r.decision).toBe('ImplicitDeny');
    const alice = retire(
      ALICE,
      {},
      {
        keys: [
          key({
            policy: doc({
              Sid: 'A',
              Effect: 'Allow',
              Principal: { AWS: ALICE },
              Action: 'kms:RetireGrant',
              Resource: '*',
            }),
          }),
        ],
      },
    );
    expect(alice.decision).toBe('ImplicitDeny');
  });

  it('a key-policy Deny for kms:RetireGrant is ignored too (A25)', () => {
    const kp = doc(enableIam(), {
      Sid: 'NoRetire',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:RetireGrant',
      Resource: '*',
    });
    const r = retire(SESSION, {}, { keys: [key({ policy: kp })] });
    expect(r.outcome).toBe('Allowed');
  });

  it('an IAM Deny for kms:RetireGrant still denies, even the retiring principal (S9, A25)', () => {
    const role = principal(ROLE, {
      policies: [
        {
          name: 'p',
          document: doc({
            Sid: 'NoRetire',
            Effect: 'Deny',
            Action: 'kms:RetireGrant',
            Resource: '*',
          }),
        },
      ],
    });
    const r = retire(SESSION, {}, { principals: [role] });
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.message).toBe(
      `User: ${SESSION} is not authorized to perform: kms:RetireGrant on resource: ${KEY_ARN} with an explicit deny in an identity-based policy`,
    );
    expect(r.deciding).toEqual([
      { document: `identity:${ROLE}#p`, statement: 'NoRetire', path: ['Statement', 0] },
    ]);
  });

  it('RetireGrant works in every key state (S21)', () => {
    for (const state of ['Disabled', 'PendingDeletion', 'PendingImport'] as const) {
      expect(retire(SESSION, {}, { keys: [key({ state })] }).outcome, state).toBe('Allowed');
    }
  });
});

describe('RevokeGrant (S9 revoking, 1.6.3)', () => {
  const revoke = (caller: string, over: Parameters<typeof run>[0] = {}, GrantId = 'g1') =>
    run({
      grants: [grant()],
      requests: [
        request({ principal: caller, action: 'kms:RevokeGrant', parameters: { GrantId } }),
      ],
      ...over,
    });

  it('RevokeGrant is authorized by policies: key policy + IAM allow (S9, S3 kms:Revoke*)', () => {
    const r = revoke(ALICE, { principals: [iam(ALICE, 'Allow', 'kms:Revoke*')] });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([
      { document: KEY_DOC, statement: 'Enable IAM User Permissions', path: ['Statement', 0] },
      { document: `identity:${ALICE}#p`, statement: 'Iam', path: ['Statement', 0] },
    ]);
  });

  it('the grantee cannot revoke its grant, even one that lists RetireGrant (S9: RevokeGrant is not grantable)', () => {
    const r = run({
      grants: [grant({ operations: ['Decrypt', 'RetireGrant'] })],
      requests: [
        request({ principal: BOB, action: 'kms:RevokeGrant', parameters: { GrantId: 'g1' } }),
      ],
    });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(
      `User: ${BOB} is not authorized to perform: kms:RevokeGrant on resource: ${KEY_ARN} because no identity-based policy allows the kms:RevokeGrant action`,
    );
  });

  it('an unknown grant id is NotFoundException for an authorized caller (S9, S22)', () => {
    const r = revoke(ALICE, { principals: [iam(ALICE, 'Allow', 'kms:RevokeGrant')] }, 'nope');
    expect(r.outcome).toBe('NotFoundException');
    expect(r.decision).toBe('Allow');
  });

  it('an unauthorized caller gets AccessDenied, not NotFound, for an unknown grant id (A1)', () => {
    expect(revoke(ALICE, {}, 'nope').outcome).toBe('AccessDeniedException');
  });
});
