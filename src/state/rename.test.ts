/**
 * Renaming a principal or key in place (issue 11): the name and every reference change together,
 * so every request is decided as before; duplicates and malformed names are refused.
 */
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../engine';
import {
  ACCOUNT,
  ALICE,
  KEY_ARN,
  ROLE,
  doc,
  grant,
  key,
  principal,
  request,
  scenario,
  withPolicy,
} from '../engine/testing/build';
import { examples } from '../scenario';
import type { Scenario } from '../scenario/types';
import { isRefusal, renameKey, renamePrincipal, renamableName, renamedDocumentId } from './rename';

const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/App/worker-1`;
const ALIAS_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/payments`;

function fixture(): Scenario {
  return scenario({
    principals: [
      withPolicy(ALICE, {
        Effect: 'Allow',
        Action: 'kms:Decrypt',
        Resource: ALIAS_ARN,
        Condition: { StringEquals: { 'kms:RequestAlias': 'alias/payments' } },
      }),
      principal(ROLE, { name: 'App' }),
      principal(SESSION, { roleArn: ROLE }),
    ],
    keys: [
      key({
        aliases: ['alias/payments'],
        policy: doc(
          { Effect: 'Allow', Principal: { AWS: [ROLE, ALICE] }, Action: 'kms:*', Resource: '*' },
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 'kms:ScheduleKeyDeletion',
            Resource: '*',
            Condition: { ArnNotEquals: { 'aws:PrincipalArn': ALICE } },
          },
        ),
      }),
    ],
    grants: [grant({ key: KEY_ARN, granteePrincipal: SESSION, retiringPrincipal: ALICE })],
    requests: [
      request({ id: 'role', principal: ROLE, action: 'kms:Encrypt', key: 'alias/payments' }),
      request({ id: 'session', principal: SESSION, action: 'kms:Decrypt', key: ALIAS_ARN }),
      request({ id: 'alice', principal: ALICE, action: 'kms:ScheduleKeyDeletion', key: KEY_ARN }),
    ],
  });
}

const outcomes = (s: Scenario) =>
  evaluateScenario(s).results.map((r) => `${r.outcome}/${r.decision}`);

function ok(r: ReturnType<typeof renamePrincipal>): Scenario {
  if (isRefusal(r)) throw new Error(r.error);
  return r;
}

describe('renaming a principal', () => {
  it('a role: its ARN, display name, sessions, callers, grants and every policy value change', () => {
    const s = fixture();
    const next = ok(renamePrincipal(s, ROLE, 'Billing'));
    const billing = `arn:aws:iam::${ACCOUNT}:role/Billing`;
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/Billing/worker-1`;
    expect(next.principals.map((p) => p.arn)).toEqual([ALICE, billing, session]);
    expect(next.principals[1]?.name).toBe('Billing');
    expect(next.principals[2]?.roleArn).toBe(billing);
    expect(next.requests.map((r) => r.principal)).toEqual([billing, session, ALICE]);
    expect(next.grants[0]?.granteePrincipal).toBe(session);
    expect(JSON.stringify(next.keys[0]?.policy)).toContain(billing);
    expect(JSON.stringify(next)).not.toMatch(/role\/App|assumed-role\/App/);
    expect(outcomes(next)).toEqual(outcomes(s));
  });

  it('a user: Principal, Condition values and retiring principal follow; the path is kept', () => {
    const s = fixture();
    const next = ok(renamePrincipal(s, ALICE, 'Alicia'));
    const alicia = `arn:aws:iam::${ACCOUNT}:user/Alicia`;
    expect(JSON.stringify(next.keys[0]?.policy)).not.toContain(ALICE);
    expect(JSON.stringify(next.keys[0]?.policy).match(new RegExp(alicia, 'g'))).toHaveLength(2);
    expect(next.grants[0]?.retiringPrincipal).toBe(alicia);
    expect(outcomes(next)).toEqual(outcomes(s));
    const pathed = scenario({
      principals: [principal(`arn:aws:iam::${ACCOUNT}:user/ops/eu/Dana`)],
    });
    expect(ok(renamePrincipal(pathed, pathed.principals[0]!.arn, 'Dan')).principals[0]?.arn).toBe(
      `arn:aws:iam::${ACCOUNT}:user/ops/eu/Dan`,
    );
  });

  it('leaves wildcard patterns and the audit trail as written', () => {
    const s = fixture();
    const pattern = `arn:aws:iam::${ACCOUNT}:role/App*`;
    const withPattern: Scenario = {
      ...s,
      keys: [
        {
          ...s.keys[0]!,
          policy: doc({
            Effect: 'Allow',
            Principal: { AWS: pattern },
            Action: 'kms:*',
            Resource: '*',
          }),
        },
      ],
    };
    const next = ok(renamePrincipal(withPattern, ROLE, 'Billing'));
    expect(JSON.stringify(next.keys[0]?.policy)).toContain(pattern);
  });

  it('refuses a duplicate and a malformed name, and a principal with no IAM name', () => {
    const s = scenario({
      principals: [
        principal(ALICE),
        principal(`arn:aws:iam::${ACCOUNT}:user/teams/Bob`),
        principal(ROLE),
      ],
    });
    // IAM names are unique per account whatever the path.
    expect(renamePrincipal(s, ALICE, 'Bob')).toEqual({
      error: `Another user of account ${ACCOUNT} is already named Bob.`,
    });
    // A role and a user may share a name.
    expect(isRefusal(renamePrincipal(s, ROLE, 'Bob'))).toBe(false);
    for (const bad of ['', 'two words', 'a/b', 'x'.repeat(65), 'Ünïcode'])
      expect(renamePrincipal(s, ALICE, bad)).toMatchObject({
        error: expect.stringMatching(/1 to 64/),
      });
    expect(renamePrincipal(s, ALICE, 'Alice')).toBe(s);
    expect(renamableName(`arn:aws:iam::${ACCOUNT}:root`)).toBeNull();
    expect(renamableName(SESSION)).toBeNull();
  });

  it('every principal of every built-in example renames without changing any decision', () => {
    for (const { id, scenario: s } of examples) {
      const before = outcomes(s);
      let next = s;
      // Renames keep each principal at its place in the list.
      s.principals.forEach((_, i) => {
        const arn = next.principals[i]?.arn ?? '';
        const name = renamableName(arn);
        if (name) next = ok(renamePrincipal(next, arn, `${name}Renamed`));
      });
      expect(next).not.toBe(s);
      expect(outcomes(next), id).toEqual(before);
    }
  });

  it('documents of the renamed principal follow it', () => {
    const bob = `arn:aws:iam::${ACCOUNT}:user/Bob`;
    expect(renamedDocumentId(`identity:${ALICE}#UseKeys`, ALICE, bob)).toBe(
      `identity:${bob}#UseKeys`,
    );
    expect(renamedDocumentId(`boundary:${ALICE}`, ALICE, bob)).toBe(`boundary:${bob}`);
    expect(renamedDocumentId(`identity:${ALICE}2#p`, ALICE, bob)).toBe(`identity:${ALICE}2#p`);
  });
});

describe('renaming a key by its alias', () => {
  it('the alias, request keys, alias ARNs in Resource and alias names in conditions change', () => {
    const s = fixture();
    const next = renameKey(s, KEY_ARN, 'alias/billing');
    if (isRefusal(next)) throw new Error(next.error);
    expect(next.keys[0]?.aliases).toEqual(['alias/billing']);
    expect(next.requests.map((r) => r.key)).toEqual([
      'alias/billing',
      `arn:aws:kms:us-east-1:${ACCOUNT}:alias/billing`,
      KEY_ARN,
    ]);
    expect(JSON.stringify(next.principals[0]?.policies)).not.toContain('payments');
    expect(outcomes(next)).toEqual(outcomes(s));
  });

  it('a key without an alias gets one; a bare name another key also uses is left alone', () => {
    const other = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`;
    const s = scenario({
      keys: [key({ aliases: ['alias/app'] }), key({ arn: other, aliases: ['alias/app'] })],
      requests: [request({ key: 'alias/app' })],
    });
    const next = renameKey(s, KEY_ARN, 'alias/app-us');
    if (isRefusal(next)) throw new Error(next.error);
    expect(next.requests[0]?.key).toBe('alias/app');
    const bare = scenario({ keys: [key({ aliases: [] })] });
    const named = renameKey(bare, KEY_ARN, 'alias/new');
    expect(!isRefusal(named) && named.keys[0]?.aliases).toEqual(['alias/new']);
  });

  it('refuses an alias taken in the same account and Region, a malformed one and alias/aws/', () => {
    const second = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`;
    const s = scenario({
      keys: [key({ aliases: ['alias/a'] }), key({ arn: second, aliases: ['alias/b'] })],
    });
    expect(renameKey(s, KEY_ARN, 'alias/b')).toMatchObject({
      error: expect.stringMatching(/already names a key/),
    });
    expect(renameKey(s, KEY_ARN, 'billing')).toMatchObject({
      error: expect.stringMatching(/alias\/ then/),
    });
    expect(renameKey(s, KEY_ARN, 'alias/two words')).toMatchObject({
      error: expect.stringMatching(/alias\/ then/),
    });
    expect(renameKey(s, KEY_ARN, 'alias/aws/s3')).toMatchObject({
      error: expect.stringMatching(/reserved/),
    });
    expect(renameKey(s, KEY_ARN, 'alias/a')).toBe(s);
  });
});
