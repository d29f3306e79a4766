import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../engine';
import { scenarioArb } from '../engine/properties/arbitraries';
import { examples } from '../scenario/examples';
import type { Request, Scenario } from '../scenario/types';
import { accessMatrix, cellAlone, cellRequest, MATRIX_ACTIONS } from './index';
import { requestValues } from './when';

const example = (id: string): Scenario => {
  const e = examples.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e.scenario;
};

/** The request evaluated alone: a scenario with only that request. */
const alone = (s: Scenario, r: Request) => evaluateScenario({ ...s, requests: [r] }).results[0];

describe('accessMatrix', () => {
  it('has one cell per principal × key × action, in that order', () => {
    const s = example('cross-account-decrypt');
    const m = accessMatrix(s);
    expect(m.cells).toHaveLength(m.principals.length * m.keys.length * m.actions.length);
    expect(m.actions).toEqual(MATRIX_ACTIONS);
    expect(m.cells[0]).toMatchObject({
      principal: m.principals[0]?.arn,
      key: m.keys[0]?.arn,
      action: m.actions[0],
    });
  });

  it("adds each account's root: the key's account and the caller's", () => {
    const m = accessMatrix(example('cross-account-decrypt'));
    const roots = m.principals.filter((p) => p.root).map((p) => p.arn);
    expect(roots).toEqual(['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root']);
  });

  it('leaves out keyless operations and RetireGrant (authorized per grant, not per key)', () => {
    expect(MATRIX_ACTIONS).not.toContain('kms:CreateKey');
    expect(MATRIX_ACTIONS).not.toContain('kms:ListAliases');
    expect(MATRIX_ACTIONS).not.toContain('kms:RetireGrant');
    expect(MATRIX_ACTIONS).toContain('kms:ReEncryptFrom');
    expect(MATRIX_ACTIONS).toContain('kms:PutKeyPolicy');
  });

  it('names the route: IAM via the key policy, the key policy itself, a grant', () => {
    const iam = accessMatrix(example('default-key-policy-iam'));
    const dana = iam.cells.find(
      (c) => c.principal.endsWith('user/Dana') && c.action === 'kms:Decrypt',
    );
    expect(dana).toMatchObject({ outcome: 'Allowed', access: 'allowed', via: 'iam' });
    expect(dana?.document).toMatch(/^identity:/);
    const root = iam.cells.find((c) => c.principal.endsWith(':root') && c.action === 'kms:Decrypt');
    expect(root).toMatchObject({ access: 'allowed', via: 'keyPolicy' });
    const grant = accessMatrix(example('grant-encryption-context')).cells.find(
      (c) => c.principal.endsWith('role/InvoiceWorker') && c.action === 'kms:DescribeKey',
    );
    expect(grant).toMatchObject({ access: 'allowed', via: 'grant' });
    expect(grant?.grantId).toMatch(/^a1b2/);
  });

  it('says what stopped a denied cell (the cross-account rule for PutKeyPolicy)', () => {
    const m = accessMatrix(example('cross-account-decrypt'));
    const c = m.cells.find(
      (x) => x.principal.endsWith('role/ReportBuilder') && x.action === 'kms:PutKeyPolicy',
    );
    expect(c).toMatchObject({
      outcome: 'AccessDeniedException',
      access: 'denied',
      stop: 'crossAccount',
    });
    const none = m.cells.find(
      (x) => x.principal.endsWith('role/Intern') && x.action === 'kms:Decrypt',
    );
    expect(none).toMatchObject({ access: 'denied', stop: 'noAllow' });
  });

  it('an authorized call refused afterwards is allowed access with its outcome (CreateGrant without parameters)', () => {
    const c = accessMatrix(example('admins-and-users')).cells.find(
      (x) => x.principal.endsWith(':root') && x.action === 'kms:CreateGrant',
    );
    expect(c).toMatchObject({ decision: 'Allow', access: 'allowed', stop: 'afterAuthorization' });
    expect(c?.outcome).not.toBe('Allowed');
  });

  it('a grant constrained to an encryption context is "allowed when" that context is given', () => {
    const m = accessMatrix(example('grant-encryption-context'));
    const c = m.cells.find(
      (x) => x.principal.endsWith('role/InvoiceWorker') && x.action === 'kms:Decrypt',
    );
    expect(c).toMatchObject({ outcome: 'AccessDeniedException', access: 'conditional' });
    expect(c?.when).toEqual([
      {
        via: 'grant',
        grantId: expect.stringMatching(/^a1b2/),
        values: [{ kind: 'encryptionContext', key: 'tenant', value: 'acme' }],
      },
    ]);
  });

  it('a key policy condition on kms:ViaService or the encryption context makes a cell conditional', () => {
    const s: Scenario = {
      ...example('default-key-policy-iam'),
      principals: [
        { arn: 'arn:aws:iam::111122223333:role/App', policies: [], groups: [], tags: {} },
      ],
    };
    const key = s.keys[0];
    if (!key) throw new Error('no key');
    s.keys = [
      {
        ...key,
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::111122223333:role/App' },
              Action: 'kms:Encrypt',
              Resource: '*',
              Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
            },
            {
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::111122223333:role/App' },
              Action: 'kms:Decrypt',
              Resource: '*',
              Condition: { StringLike: { 'kms:EncryptionContext:app': 'orders-*' } },
            },
            {
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::111122223333:role/App' },
              Action: 'kms:DescribeKey',
              Resource: '*',
              Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
            },
          ],
        },
      },
    ];
    const m = accessMatrix(s);
    const cell = (a: string) =>
      m.cells.find((c) => c.principal.endsWith('role/App') && c.action === a);
    expect(cell('kms:Encrypt')?.when[0]?.values).toEqual([
      { kind: 'context', key: 'kms:ViaService', value: 's3.us-east-1.amazonaws.com' },
    ]);
    expect(cell('kms:Decrypt')?.when[0]?.values).toEqual([
      { kind: 'encryptionContext', key: 'app', value: 'orders-x' },
    ]);
    // A principal tag is not a request value: the caller cannot supply it.
    expect(cell('kms:DescribeKey')?.access).toBe('denied');
  });

  describe('cells read without their trace equal the cells read from it', () => {
    const ACCOUNT = '111122223333';
    const app = `arn:aws:iam::${ACCOUNT}:role/App`;
    const other = `arn:aws:iam::${ACCOUNT}:role/Other`;
    const base = example('default-key-policy-iam');
    const key0 = base.keys[0];
    if (!key0) throw new Error('no key');
    const withKey = (
      statements: Scenario['keys'][number]['policy'][],
      extra: Partial<Scenario>,
    ) => ({
      ...base,
      principals: [
        {
          arn: app,
          groups: [],
          tags: {},
          policies: [
            {
              name: 'kms',
              document: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
              },
            },
          ],
          // S18: the boundary allows only Encrypt, so it stops Decrypt however it was allowed.
          permissionsBoundary: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }],
          },
        },
        { arn: other, groups: [], tags: {}, policies: [] },
      ],
      keys: [{ ...key0, policy: { Version: '2012-10-17', Statement: statements } }],
      grants: [],
      requests: [],
      ...extra,
    });
    const cellOf = (s: Scenario, principal: string, action: string) => {
      const m = accessMatrix(s, { principals: [principal], actions: [action] });
      expect(m.cells).toHaveLength(1);
      const c = m.cells[0];
      expect(c).toEqual(cellAlone(s, principal, key0.arn, action));
      return c;
    };

    it('a boundary that stops a grant to the account is what stopped the cell, though the key policy allowed nothing', () => {
      // The key policy names only Other; the grant names the account, so App's identity policy
      // must allow (A7), and then its boundary refuses Decrypt (S18).
      const s = withKey(
        [{ Effect: 'Allow', Principal: { AWS: other }, Action: 'kms:*', Resource: '*' }],
        {
          grants: [
            {
              grantId: 'g-account',
              key: key0.arn,
              granteePrincipal: `arn:aws:iam::${ACCOUNT}:root`,
              operations: ['Decrypt'],
              propagated: true,
            },
          ],
        },
      );
      expect(cellOf(s, app, 'kms:Decrypt')).toMatchObject({
        access: 'denied',
        stop: 'permissionsBoundary',
      });
    });

    it('a conditional Allow for someone else leaves the cell denied; one for everyone but some makes it conditional', () => {
      // The key is in eu-west-1, and so are the service endpoints. Other has no boundary, so its
      // cells are read without their trace unless a condition could have stopped an Allow for it.
      const s = withKey(
        [
          {
            Effect: 'Allow',
            Principal: { AWS: app },
            Action: 'kms:Decrypt',
            Resource: '*',
            Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
          },
          {
            Effect: 'Allow',
            NotPrincipal: { AWS: app },
            Action: 'kms:DescribeKey',
            Resource: '*',
            Condition: { StringEquals: { 'kms:ViaService': 'ec2.eu-west-1.amazonaws.com' } },
          },
        ],
        {},
      );
      expect(cellOf(s, other, 'kms:Decrypt')).toMatchObject({ access: 'denied', stop: 'noAllow' });
      expect(cellOf(s, other, 'kms:DescribeKey')).toMatchObject({ access: 'conditional' });
      // App's own conditional Allow, given its value, would still meet its boundary (S18).
      expect(cellOf(s, app, 'kms:Decrypt')).toMatchObject({ access: 'denied', when: [] });
    });

    it('an allow across accounts names its route as the trace does: the key policy named the caller itself', () => {
      // S14: the key policy and the caller's own identity policy must both allow; the route is the
      // key policy, since it names the role, not the account.
      const outsider = 'arn:aws:iam::444455556666:role/Partner';
      const s = withKey(
        [{ Effect: 'Allow', Principal: { AWS: outsider }, Action: 'kms:Decrypt', Resource: '*' }],
        {
          principals: [
            {
              arn: outsider,
              groups: [],
              tags: {},
              policies: [
                {
                  name: 'decrypt',
                  document: {
                    Version: '2012-10-17',
                    Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: key0.arn }],
                  },
                },
              ],
            },
          ],
        },
      );
      expect(cellOf(s, outsider, 'kms:Decrypt')).toMatchObject({
        access: 'allowed',
        via: 'keyPolicy',
      });
    });

    it('operations that match the same statements share a deny, unless a condition or a grant can tell them apart', () => {
      // DescribeKey and Encrypt match the same statement, but only Encrypt's request has
      // kms:EncryptionAlgorithm (S4: DescribeKey is allowed only when the caller sends it); the grant lists GenerateDataKey, which no statement names,
      // like Decrypt before it in the matrix. The Deny, too, holds only for the operation that has
      // an encryption algorithm.
      const s = withKey(
        [
          {
            Effect: 'Allow',
            Principal: { AWS: other },
            Action: ['kms:DescribeKey', 'kms:Encrypt'],
            Resource: '*',
            Condition: { StringEquals: { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' } },
          },
          {
            Effect: 'Deny',
            Principal: { AWS: other },
            Action: ['kms:GetKeyPolicy', 'kms:ReEncryptFrom'],
            Resource: '*',
            Condition: { StringEquals: { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' } },
          },
        ],
        {
          grants: [
            {
              grantId: 'g-other',
              key: key0.arn,
              granteePrincipal: other,
              operations: ['GenerateDataKey'],
              propagated: true,
            },
          ],
        },
      );
      const m = accessMatrix(s, { principals: [other] });
      for (const c of m.cells) expect(c).toEqual(cellAlone(s, c.principal, c.key, c.action));
      const access = (a: string) => m.cells.find((c) => c.action === a)?.access;
      expect([access('kms:DescribeKey'), access('kms:Encrypt')]).toEqual([
        'conditional',
        'allowed',
      ]);
      expect([access('kms:Decrypt'), access('kms:GenerateDataKey')]).toEqual(['denied', 'allowed']);
      const stop = (a: string) => m.cells.find((c) => c.action === a)?.stop;
      expect([stop('kms:GetKeyPolicy'), stop('kms:ReEncryptFrom')]).toEqual([
        'noAllow',
        'explicitDeny',
      ]);
    });

    it('a caller from another account shares no deny between operations the cross-account rule treats apart', () => {
      const outsider = 'arn:aws:iam::444455556666:role/Partner';
      const s = withKey([], {
        principals: [{ arn: outsider, groups: [], tags: {}, policies: [] }],
      });
      const m = accessMatrix(s, { principals: [outsider] });
      for (const c of m.cells) expect(c).toEqual(cellAlone(s, c.principal, c.key, c.action));
      const stop = (a: string) => m.cells.find((c) => c.action === a)?.stop;
      // S14: Decrypt can be called across accounts, PutKeyPolicy cannot.
      expect([stop('kms:Decrypt'), stop('kms:PutKeyPolicy')]).toEqual(['noAllow', 'crossAccount']);
    });

    it('an explicit deny, and an allow, read the same without the trace', () => {
      const s = withKey(
        [
          { Effect: 'Allow', Principal: { AWS: app }, Action: 'kms:Encrypt', Resource: '*' },
          { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' },
        ],
        {},
      );
      expect(cellOf(s, app, 'kms:Encrypt')).toMatchObject({ access: 'allowed', via: 'keyPolicy' });
      expect(cellOf(s, app, 'kms:Decrypt')).toMatchObject({
        access: 'denied',
        stop: 'explicitDeny',
        document: expect.stringMatching(/^key:/),
      });
    });
  });

  it('property: every cell equals evaluating that request alone', () => {
    let cells = 0;
    let allowed = 0;
    fc.assert(
      fc.property(fc.oneof(scenarioArb(), scenarioArb({ permissive: true })), (s) => {
        const m = accessMatrix(s);
        cells += m.cells.length;
        for (const c of m.cells) {
          if (c.access === 'allowed') allowed++;
          const r = alone(s, cellRequest(c.principal, c.key, c.action));
          expect([c.outcome, c.decision]).toEqual([r?.outcome, r?.decision]);
          // The whole cell (route, stop, deciding document, "allowed when") as read from the
          // request's own trace: the matrix's shortcuts (one preparation per caller, decision-only
          // evaluation of the cells that need no trace) change nothing.
          expect(c).toEqual(cellAlone(s, c.principal, c.key, c.action));
          expect(c.access === 'allowed').toBe(r?.decision === 'Allow');
          // Every "allowed when" alternative is allowed when its values are sent.
          for (const w of c.when) {
            const wr = alone(s, {
              ...cellRequest(c.principal, c.key, c.action),
              ...requestValues(w.values),
            });
            expect(wr?.decision).toBe('Allow');
          }
        }
      }),
      { numRuns: 40 },
    );
    // The generated scenarios reach real decisions, allowed ones among them.
    expect(cells).toBeGreaterThan(1000);
    expect(allowed).toBeGreaterThan(10);
  }, 120_000);
});
