/**
 * The rules the fixes follow, each stated from the AWS documentation it comes from (ids defined in
 * docs/sources.md). Every fix in these tests is also checked independently by checkFix.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  ALICE,
  BOB,
  doc,
  enableIam,
  grant,
  KEY_ARN,
  KEY2_ARN,
  key,
  OTHER_ACCOUNT,
  principal,
  request,
  scenario,
  withPolicy,
} from '../engine/testing/build';
import type { Scenario } from '../scenario/types';
import { proposeFixes } from './index';
import { checkFix } from './testing/checkFix';
import type { Fix } from './types';

const allowDecrypt = { Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY_ARN };

/** Fixes for request `index`, each checked independently. */
function fixes(s: Scenario, index = 0): Fix[] {
  const out = proposeFixes(s, index);
  for (const f of out) expect(checkFix(s, index, f)).toEqual([]);
  return out;
}

/** The values the patch adds or writes. */
const written = (f: Fix) => f.patch.flatMap((o) => (o.op === 'remove' ? [] : [o.value]));

const namesOnly = (arn: string) => ({
  Sid: 'OnlyThisOne',
  Effect: 'Allow',
  Principal: { AWS: arn },
  Action: 'kms:*',
  Resource: '*',
});

describe('key policy and IAM (S1, S3, S6)', () => {
  it('S1, S3: IAM policies allow only when the key policy lets them, so a fix enables IAM in the key policy for exactly the action (never kms:*)', () => {
    const s = scenario({
      keys: [key({ policy: doc(namesOnly(BOB)) })],
      principals: [withPolicy(ALICE, allowDecrypt)],
    });
    const all = fixes(s);
    const iam = all.find((f) => f.kind === 'enableIam');
    expect(iam?.patch).toEqual([
      {
        op: 'add',
        path: '/keys/0/policy/Statement/-',
        value: {
          Sid: 'EnableIamPoliciesForDecrypt',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:Decrypt',
          Resource: KEY_ARN,
        },
      },
    ]);
    expect(iam?.summary).toMatch(/Enable IAM User Permissions/);
  });

  it('S2, S28: the narrowest key policy fix names exactly the caller, the action and the key, and ranks first', () => {
    const s = scenario({ keys: [key({ policy: doc(namesOnly(BOB)) })] });
    const [top] = fixes(s);
    expect(top?.kind).toBe('keyPolicyStatement');
    expect(written(top as Fix)).toEqual([
      {
        Sid: 'AllowDecryptForAlice',
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 'kms:Decrypt',
        Resource: KEY_ARN,
      },
    ]);
  });

  it('S6: with the default key policy, the missing action goes into an identity policy of the caller (the list is added when the file has none)', () => {
    const s = scenario({ principals: [principal(ALICE)] });
    const id = fixes(s).find((f) => f.kind === 'identityPolicy');
    expect(id?.patch[0]?.path).toBe('/principals/0/policies');
    expect(id?.documents).toEqual([`identity:${ALICE}#kms-Decrypt-1234abcd`]);
  });

  it('S6: or the action is added to the identity statement that already names the key', () => {
    const s = scenario({
      principals: [withPolicy(ALICE, { ...allowDecrypt, Action: ['kms:Encrypt'] })],
    });
    const ext = fixes(s).find((f) => f.summary.startsWith('Add kms:Decrypt to the statement'));
    expect(ext?.patch).toEqual([
      {
        op: 'add',
        path: '/principals/0/policies/0/document/Statement/0/Action/-',
        value: 'kms:Decrypt',
      },
    ]);
  });
});

describe('cross-account access (S14)', () => {
  const caller = `arn:aws:sts::${OTHER_ACCOUNT}:assumed-role/Engineering/bob`;
  const role = `arn:aws:iam::${OTHER_ACCOUNT}:role/Engineering`;

  it('S14: a cross-account fix edits both the key policy (key account) and the caller identity policy (caller account)', () => {
    const s = scenario({
      principals: [principal(role)],
      requests: [request({ principal: caller })],
    });
    const all = fixes(s);
    const policyFixes = all.filter((f) => f.kind !== 'grant');
    expect(policyFixes.length).toBeGreaterThan(0);
    for (const f of policyFixes) {
      expect(f.documents.some((d) => d.startsWith('key:'))).toBe(true);
      expect(f.documents).toContain(`identity:${role}#kms-Decrypt-1234abcd`);
    }
  });

  it('S14, A8: a grant for the external caller is enough on its own', () => {
    const s = scenario({
      principals: [principal(role)],
      requests: [request({ principal: caller })],
    });
    const g = fixes(s).find((f) => f.kind === 'grant');
    expect(g?.documents).toEqual(['grant:fix-Decrypt']);
  });

  it('S14: an operation that cannot cross accounts is called from the key account instead', () => {
    const s = scenario({
      principals: [principal(role)],
      keys: [key({ policy: doc(enableIam(), enableIam(OTHER_ACCOUNT)) })],
      requests: [request({ principal: caller, action: 'kms:ScheduleKeyDeletion' })],
    });
    const [top] = fixes(s);
    expect(top?.routes).toContain('crossAccount');
    expect(top?.patch[0]).toEqual({
      op: 'replace',
      path: '/requests/0/principal',
      value: `arn:aws:iam::${ACCOUNT}:role/Engineering`,
    });
  });
});

describe('grants and the encryption context (S4, S7, S8, S9, S11)', () => {
  const ec = { dept: 'finance' };

  it('S7, S8: a grant for exactly the caller and operation, constrained to the request encryption context, ranks above the unconstrained grant', () => {
    const s = scenario({
      keys: [key({ policy: doc(namesOnly(BOB)) })],
      requests: [request({ encryptionContext: ec })],
    });
    const grants = fixes(s).filter((f) => f.kind === 'grant');
    expect(grants.map((f) => written(f)[0])).toEqual([
      [
        {
          grantId: 'fix-Decrypt',
          key: KEY_ARN,
          granteePrincipal: ALICE,
          operations: ['Decrypt'],
          constraints: { encryptionContextEquals: ec },
        },
      ],
      [{ grantId: 'fix-Decrypt', key: KEY_ARN, granteePrincipal: ALICE, operations: ['Decrypt'] }],
    ]);
  });

  it('S4: the key policy statement carries the request encryption context as kms:EncryptionContext conditions', () => {
    const s = scenario({
      keys: [key({ policy: doc(namesOnly(BOB)) })],
      requests: [request({ encryptionContext: ec })],
    });
    const [top] = fixes(s);
    expect(written(top as Fix)[0]).toMatchObject({
      Condition: { StringEquals: { 'kms:EncryptionContext:dept': 'finance' } },
    });
  });

  it('S4, S11: the encryption-context pair a policy condition asks for is sent with the request', () => {
    const s = scenario({
      keys: [
        key({
          policy: doc({
            ...namesOnly(ALICE),
            Action: 'kms:Decrypt',
            Condition: { StringEquals: { 'kms:EncryptionContext:app': 'web' } },
          }),
        }),
      ],
    });
    const [top] = fixes(s);
    expect(top?.kind).toBe('request');
    expect(top?.patch).toEqual([
      { op: 'add', path: '/requests/0/encryptionContext', value: { app: 'web' } },
    ]);
  });

  it('S8, S34: the context a grant constraint wants is sent with the request', () => {
    const s = scenario({
      keys: [key({ policy: doc(namesOnly(BOB)) })],
      grants: [grant({ granteePrincipal: ALICE, constraints: { encryptionContextSubset: ec } })],
      requests: [request({ encryptionContext: { dept: 'hr', x: '1' } })],
    });
    const [top] = fixes(s);
    expect(top?.patch).toEqual([
      {
        op: 'replace',
        path: '/requests/0/encryptionContext',
        value: { x: '1', dept: 'finance' },
      },
    ]);
  });

  it('S7, S9: a grant created moments ago works at once with its grant token', () => {
    const s = scenario({
      keys: [key({ policy: doc(namesOnly(BOB)) })],
      grants: [grant({ granteePrincipal: ALICE, propagated: false, grantToken: 'tok-1' })],
    });
    const [top] = fixes(s);
    expect(top?.patch).toEqual([{ op: 'add', path: '/requests/0/grantTokens', value: ['tok-1'] }]);
  });
});

describe('denies and guardrails (S10, S16, S17, S18, S29)', () => {
  const deny = (over: Record<string, unknown> = {}) => ({
    Sid: 'DenyDecrypt',
    Effect: 'Deny',
    Principal: { AWS: ALICE },
    Action: 'kms:Decrypt',
    Resource: '*',
    ...over,
  });

  it('S10, S29: a matched Deny is narrowed for this caller, never deleted and never given a NotPrincipal', () => {
    const s = scenario({
      keys: [key({ policy: doc(namesOnly(ALICE), deny()) })],
    });
    const all = fixes(s);
    expect(all.length).toBeGreaterThan(0);
    for (const f of all) {
      expect(f.patch.some((o) => o.op === 'remove' && /\/Statement(\/\d+)?$/.test(o.path))).toBe(
        false,
      );
      expect(JSON.stringify(f.patch)).not.toMatch(/NotPrincipal/);
    }
    expect(all[0]?.patch).toEqual([
      {
        op: 'add',
        path: '/keys/0/policy/Statement/1/Condition',
        value: { ArnNotEquals: { 'aws:PrincipalArn': ALICE } },
      },
    ]);
  });

  it('S10, S26: a Deny listing several actions loses only the one requested', () => {
    const s = scenario({
      keys: [
        key({ policy: doc(namesOnly(ALICE), deny({ Action: ['kms:Decrypt', 'kms:Encrypt'] })) }),
      ],
    });
    const narrowed = fixes(s).find((f) => f.summary.startsWith('Take kms:Decrypt out'));
    expect(narrowed?.patch).toEqual([
      { op: 'replace', path: '/keys/0/policy/Statement/1/Action', value: ['kms:Encrypt'] },
    ]);
  });

  const org = (type: 'SCP' | 'RCP', document: unknown): Partial<Scenario> => ({
    accounts: [{ id: ACCOUNT, parent: 'ou-prod', managementAccount: false }],
    organization: {
      units: [{ id: 'ou-prod', parent: 'r-root', name: 'Prod' }],
      policies: [
        { id: 'p-1', type, name: 'Guardrail', targets: ['ou-prod'], document: document as never },
      ],
    },
  });

  it('S16: a level without an SCP Allow gets one in its SCP, and the summary names the SCP and the level', () => {
    const s = scenario({
      ...org('SCP', doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })),
      principals: [withPolicy(ALICE, allowDecrypt)],
    });
    const [top] = fixes(s);
    expect(top?.kind).toBe('guardrail');
    expect(top?.routes).toEqual(['scp']);
    expect(top?.summary).toMatch(/SCP Guardrail \(p-1\), attached at OU Prod \(ou-prod\)/);
    expect(top?.summary).toMatch(/management account/);
  });

  it('S17: an RCP Deny is narrowed for this caller, and the summary says which RCP and level must change', () => {
    const s = scenario({
      ...org('RCP', doc(deny({ Principal: '*' }))),
      principals: [withPolicy(ALICE, allowDecrypt)],
    });
    const all = fixes(s);
    expect(all[0]?.routes).toEqual(['rcp']);
    expect(all[0]?.summary).toMatch(/RCP Guardrail \(p-1\), attached at OU Prod/);
  });

  it('S18: the permissions boundary that capped the identity side allows the action', () => {
    const s = scenario({
      principals: [
        {
          ...withPolicy(ALICE, allowDecrypt),
          permissionsBoundary: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
        },
      ],
    });
    const [top] = fixes(s);
    expect(top?.kind).toBe('identityLimit');
    expect(top?.documents).toEqual([`boundary:${ALICE}`]);
  });
});

describe('attribute-based access control (S40)', () => {
  it('S40: the tag an ABAC condition reads is set on the key (aws:ResourceTag) or on the caller (aws:PrincipalTag)', () => {
    const abac = (key: string) =>
      withPolicy(ALICE, { ...allowDecrypt, Condition: { StringEquals: { [key]: 'alpha' } } });
    const tagFix = (s: Scenario) => fixes(s).find((f) => f.kind === 'tags');
    const onKey = tagFix(scenario({ principals: [abac('aws:ResourceTag/project')] }));
    expect(onKey?.patch).toEqual([
      { op: 'add', path: '/keys/0/tags', value: { project: 'alpha' } },
    ]);
    const onCaller = tagFix(scenario({ principals: [abac('aws:PrincipalTag/team')] }));
    expect(onCaller?.summary).toMatch(/^Tag arn:aws:iam::111122223333:user\/Alice with team=alpha/);
    expect(onCaller?.patch).toEqual([
      { op: 'add', path: '/principals/0/tags', value: { team: 'alpha' } },
    ]);
  });
});

describe('two permission checks (S24)', () => {
  it('S24: ReEncrypt needs kms:ReEncryptFrom on the source key and kms:ReEncryptTo on the destination, so the fix covers both', () => {
    const only = doc(namesOnly(BOB));
    const s = scenario({
      keys: [key({ policy: only }), key({ arn: KEY2_ARN, policy: only })],
      requests: [
        request({
          action: 'kms:ReEncrypt',
          parameters: {
            DestinationKeyId: KEY2_ARN,
            CiphertextBlob: { key: KEY_ARN, encryptionContext: {} },
          },
        }),
      ],
    });
    const [top] = fixes(s);
    expect(
      top?.patch.map((o) => [o.path, (o as { value: { Action: string } }).value.Action]),
    ).toEqual([
      ['/keys/0/policy/Statement/-', 'kms:ReEncryptFrom'],
      ['/keys/1/policy/Statement/-', 'kms:ReEncryptTo'],
    ]);
    expect(new Set(fixes(s).map((f) => f.summary)).size).toBe(fixes(s).length);
  });
});

describe('ranking (least privilege first)', () => {
  it('a fix that changes no other request outcome ranks above one that does, and reports what it changes', () => {
    const s = scenario({
      keys: [key({ policy: doc(namesOnly(BOB)) })],
      principals: [
        withPolicy(ALICE, allowDecrypt),
        withPolicy(`arn:aws:iam::${ACCOUNT}:user/Carol`, allowDecrypt),
      ],
      requests: [
        request({ id: 'alice' }),
        request({ id: 'carol', principal: `arn:aws:iam::${ACCOUNT}:user/Carol` }),
      ],
    });
    const all = fixes(s);
    const iam = all.find((f) => f.kind === 'enableIam');
    expect(iam?.sideEffects).toEqual([
      { request: 'carol', before: 'AccessDeniedException', after: 'Allowed' },
    ]);
    const firstWithEffects = all.findIndex((f) => f.sideEffects.length > 0);
    expect(all.slice(firstWithEffects).every((f) => f.sideEffects.length > 0)).toBe(true);
    expect(all[0]?.sideEffects).toEqual([]);
  });
});
