/**
 * Principal and NotPrincipal matching in key policies (kms-semantics 1.3.2): S28 principal,
 * S29 NotPrincipal, S2 key-policy-overview, S3 key-policy-default, A4, A24.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  ALICE,
  BOB,
  KEY_ARN,
  ROLE,
  ROOT,
  SESSION,
  doc,
  key,
  principal,
  request,
  run,
} from '../testing/build';
import { evaluateScenario } from '../evaluate';
import { scenario } from '../testing/build';

const KEY_DOC = 'key:1234abcd-12ab-34cd-56ef-1234567890ab';
const allowTo = (p: unknown, sid = 'Named') => ({
  Sid: sid,
  Effect: 'Allow',
  Principal: p,
  Action: 'kms:*',
  Resource: '*',
});
/** Evaluates a Decrypt by `caller` under a key policy with these statements (no IAM policies). */
const decrypt = (caller: string, ...statements: Record<string, unknown>[]) =>
  run({ keys: [key({ policy: doc(...statements) })], requests: [request({ principal: caller })] });
const OTHER_SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/App/s2`;
const noResourcePolicy = (who: string) =>
  `User: ${who} is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN} because no resource-based policy allows the kms:Decrypt action`;

describe('Principal entries', () => {
  it('a user ARN names exactly that user and needs no IAM policy (S28 principal, S2)', () => {
    const r = decrypt(ALICE, allowTo({ AWS: ALICE }));
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([{ document: KEY_DOC, statement: 'Named', path: ['Statement', 0] }]);
    expect(r.trace.find((s) => s.rule === 'keyPolicy')?.detail).toEqual({
      principalMatch: 'direct',
    });
    expect(decrypt(BOB, allowTo({ AWS: ALICE })).message).toBe(noResourcePolicy(BOB));
  });

  it('the user-name part of a principal ARN is case-sensitive (S28 principal)', () => {
    const r = decrypt(ALICE, allowTo({ AWS: `arn:aws:iam::${ACCOUNT}:user/alice` }));
    expect(r.decision).toBe('ImplicitDeny');
  });

  it('a role ARN matches every session of that role (S28 principal, S3 key-policy-default)', () => {
    for (const caller of [SESSION, OTHER_SESSION]) {
      const r = decrypt(caller, allowTo({ AWS: ROLE }));
      expect(r.outcome).toBe('Allowed');
      expect(r.trace.find((s) => s.rule === 'keyPolicy')?.detail).toEqual({
        principalMatch: 'role',
      });
    }
  });

  it('an assumed-role session ARN matches exactly that session, not other sessions of the role (S28 principal)', () => {
    expect(decrypt(SESSION, allowTo({ AWS: SESSION })).outcome).toBe('Allowed');
    const other = decrypt(OTHER_SESSION, allowTo({ AWS: SESSION }));
    expect(other.decision).toBe('ImplicitDeny');
    expect(other.message).toBe(noResourcePolicy(OTHER_SESSION));
  });

  it('Principal "*" and {"AWS": "*"} are equivalent and match users, sessions and service principals (S28 principal, A24)', () => {
    for (const p of ['*', { AWS: '*' }]) {
      for (const caller of [ALICE, SESSION, 'cloudtrail.amazonaws.com']) {
        const r = decrypt(caller, allowTo(p, 'Everyone'));
        expect(r.outcome).toBe('Allowed');
        expect(r.deciding.map((d) => d.statement)).toEqual(['Everyone']);
      }
    }
  });

  it('{"Service": ...} matches requests made by that service principal only (S37 key-policy-services, S28)', () => {
    const st = allowTo({ Service: 'cloudtrail.amazonaws.com' });
    expect(decrypt('cloudtrail.amazonaws.com', st).outcome).toBe('Allowed');
    expect(decrypt('logs.amazonaws.com', st).decision).toBe('ImplicitDeny');
    expect(decrypt(ALICE, st).decision).toBe('ImplicitDeny');
  });

  it('an IAM group ARN never matches, even for a member of the group (S2, S28 principal)', () => {
    const group = `arn:aws:iam::${ACCOUNT}:group/Devs`;
    const s = scenario({
      keys: [key({ policy: doc(allowTo({ AWS: group })) })],
      principals: [principal(ALICE, { groups: [group] })],
      groups: [{ arn: group, policies: [] }],
    });
    const { results, diagnostics } = evaluateScenario(s);
    expect(results[0]?.decision).toBe('ImplicitDeny');
    expect(results[0]?.message).toBe(noResourcePolicy(ALICE));
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        document: KEY_DOC,
        code: 'GroupPrincipal',
        path: ['Statement', 0, 'Principal', 'AWS'],
      }),
    );
  });

  it('a partial wildcard inside a principal ARN matches nothing (S28 principal)', () => {
    const s = scenario({
      keys: [key({ policy: doc(allowTo({ AWS: `arn:aws:iam::${ACCOUNT}:user/*` })) })],
    });
    const { results, diagnostics } = evaluateScenario(s);
    expect(results[0]?.decision).toBe('ImplicitDeny');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'PrincipalWildcard',
        path: ['Statement', 0, 'Principal', 'AWS'],
      }),
    );
  });

  it('a Federated principal never matches a KMS caller, not even a federated-user session (S28 principal; kms-semantics 1.3.2)', () => {
    const fed = `arn:aws:sts::${ACCOUNT}:federated-user/Carol`;
    for (const p of [{ Federated: 'cognito-identity.amazonaws.com' }, { Federated: fed }]) {
      expect(decrypt(fed, allowTo(p)).decision).toBe('ImplicitDeny');
    }
    expect(decrypt(fed, allowTo({ AWS: fed })).outcome).toBe('Allowed');
  });
});

describe('NotPrincipal with Deny: the whole identity chain must be listed (A4)', () => {
  const open = allowTo('*', 'Open');
  const denyAllBut = (...listed: string[]) => ({
    Sid: 'DenyOthers',
    Effect: 'Deny',
    NotPrincipal: { AWS: listed },
    Action: 'kms:*',
    Resource: '*',
  });

  it('a user listed together with its account is exempt; other users of that account are denied (S29 NotPrincipal)', () => {
    expect(decrypt(ALICE, open, denyAllBut(ALICE, ROOT)).outcome).toBe('Allowed');
    const bob = decrypt(BOB, open, denyAllBut(ALICE, ROOT));
    expect(bob.decision).toBe('ExplicitDeny');
    expect(bob.message).toBe(
      `User: ${BOB} is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN} with an explicit deny in a resource-based policy`,
    );
    expect(bob.deciding).toEqual([
      { document: KEY_DOC, statement: 'DenyOthers', path: ['Statement', 1] },
    ]);
  });

  it('a user listed without its account is still denied (S29: omitting the account may deny the whole account)', () => {
    expect(decrypt(ALICE, open, denyAllBut(ALICE)).decision).toBe('ExplicitDeny');
  });

  it('a role session is exempt only when the session, its role and its account are all listed (S29 NotPrincipal, A4)', () => {
    expect(decrypt(SESSION, open, denyAllBut(SESSION, ROLE, ROOT)).outcome).toBe('Allowed');
    expect(decrypt(SESSION, open, denyAllBut(SESSION, ROOT)).decision).toBe('ExplicitDeny');
    expect(decrypt(SESSION, open, denyAllBut(SESSION, ROLE)).decision).toBe('ExplicitDeny');
    expect(decrypt(SESSION, open, denyAllBut(ROLE, ROOT)).decision).toBe('ExplicitDeny');
  });

  it('the account root user is exempt when its account is listed, as ARN or bare id (S29 NotPrincipal)', () => {
    expect(decrypt(ROOT, open, denyAllBut(ROOT)).outcome).toBe('Allowed');
    expect(decrypt(ROOT, open, denyAllBut(ACCOUNT)).outcome).toBe('Allowed');
    expect(decrypt(ROOT, open, denyAllBut(ALICE)).decision).toBe('ExplicitDeny');
  });

  it('the exempting NotPrincipal shows as a non-matching element in the deny sweep (trace)', () => {
    const r = decrypt(ALICE, open, denyAllBut(ALICE, ROOT));
    const el = r.trace.find((s) => s.kind === 'element' && s.rule === 'NotPrincipal');
    expect(el?.outcome).toBe('noMatch');
    expect(el?.source).toEqual({ document: KEY_DOC, path: ['Statement', 1, 'NotPrincipal'] });
  });
});

describe('NotPrincipal with Allow: not supported by AWS, never allows what it lists (S29, P11)', () => {
  const allowAllBut = (...listed: string[]) => ({
    Sid: 'AllowOthers',
    Effect: 'Allow',
    NotPrincipal: { AWS: listed },
    Action: 'kms:*',
    Resource: '*',
  });

  it('the very user a NotPrincipal lists is never allowed by it, even without its account listed (S29 "Using it with Allow is not supported", P11)', () => {
    const alice = decrypt(ALICE, allowAllBut(ALICE));
    expect(alice.decision).toBe('ImplicitDeny');
    const el = alice.trace.find((s) => s.kind === 'element' && s.rule === 'NotPrincipal');
    expect(el?.outcome).toBe('noMatch');
    expect(el?.detail).toMatchObject({ listed: ALICE, assumption: 'P11' });
    expect(decrypt(BOB, allowAllBut(ALICE)).outcome).toBe('Allowed');
  });

  it('a listed role excludes its sessions; a listed account excludes every principal in it (S29, P11)', () => {
    expect(decrypt(SESSION, allowAllBut(ROLE)).decision).toBe('ImplicitDeny');
    expect(decrypt(OTHER_SESSION, allowAllBut(SESSION)).outcome).toBe('Allowed');
    expect(decrypt(SESSION, allowAllBut(SESSION)).decision).toBe('ImplicitDeny');
    expect(decrypt(BOB, allowAllBut(ROOT)).decision).toBe('ImplicitDeny');
    expect(decrypt(ROOT, allowAllBut(ACCOUNT)).decision).toBe('ImplicitDeny');
  });
});
