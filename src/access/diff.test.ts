import { describe, expect, it } from 'vitest';
import { examples } from '../scenario/examples';
import type { Json, Scenario } from '../scenario/types';
import { accessMatrix, diffMatrices, diffScenarios, grantsNewAccess } from './index';

const example = (id: string): Scenario => {
  const e = examples.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return structuredClone(e.scenario);
};

/** The scenario with one more statement in its first key's policy. */
function withKeyStatement(s: Scenario, statement: Json): Scenario {
  const key = s.keys[0];
  if (!key) throw new Error('no key');
  const policy = key.policy as { Statement: Json[] };
  return {
    ...s,
    keys: [
      { ...key, policy: { ...policy, Statement: [...policy.Statement, statement] } },
      ...s.keys.slice(1),
    ],
  };
}

describe('diffMatrices', () => {
  it.each(examples.map((e) => e.id))('a scenario and itself: nothing changed (%s)', (id) => {
    const s = example(id);
    const changes = diffScenarios(s, structuredClone(s));
    expect(changes).toEqual([]);
    expect(grantsNewAccess(changes)).toBe(false);
  });

  it('adding an Allow reports exactly the gained cells', () => {
    const before = example('cross-account-decrypt');
    const intern = 'arn:aws:iam::444455556666:role/Intern';
    const after = withKeyStatement(before, {
      Sid: 'InternDescribes',
      Effect: 'Allow',
      Principal: { AWS: intern },
      Action: ['kms:DescribeKey', 'kms:GetPublicKey'],
      Resource: '*',
    });
    // The Intern's own account must allow too (cross account): give it an identity policy.
    after.principals = after.principals.map((p) =>
      p.arn === intern
        ? {
            ...p,
            policies: [
              ...p.policies,
              {
                name: 'describe',
                document: {
                  Version: '2012-10-17',
                  Statement: [
                    {
                      Effect: 'Allow',
                      Action: ['kms:DescribeKey', 'kms:GetPublicKey'],
                      Resource: '*',
                    },
                  ],
                },
              },
            ],
          }
        : p,
    );
    const changes = diffScenarios(before, after);
    const gained = changes
      .filter((c) => c.change === 'gained')
      .map((c) => `${c.principal} ${c.action}`);
    // Every cell that is allowed now and was not before, and nothing else.
    const a = accessMatrix(after);
    const b = accessMatrix(before);
    const expected = a.cells
      .filter((c, i) => c.access !== 'denied' && b.cells[i]?.access === 'denied')
      .map((c) => `${c.principal} ${c.action}`);
    expect(gained).toEqual(expected);
    expect(gained).toEqual([`${intern} kms:DescribeKey`, `${intern} kms:GetPublicKey`]);
    expect(changes.every((c) => c.change === 'gained')).toBe(true);
    expect(grantsNewAccess(changes)).toBe(true);
  });

  it('adding an Allow in the same account reports exactly the actions it names (in matrix order)', () => {
    const before = example('admins-and-users');
    const after = withKeyStatement(before, {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:role/OrdersApp' },
      Action: ['kms:GetKeyPolicy', 'kms:ListGrants'],
      Resource: '*',
    });
    const changes = diffScenarios(before, after);
    expect(changes.map((c) => [c.principal.split('/').pop(), c.action, c.change])).toEqual([
      ['OrdersApp', 'kms:ListGrants', 'gained'],
      ['OrdersApp', 'kms:GetKeyPolicy', 'gained'],
    ]);
    expect(changes[0]?.after).toMatchObject({
      access: 'allowed',
      via: 'keyPolicy',
      outcome: 'Allowed',
    });
  });

  it('a Deny reports lost cells and no new access', () => {
    const before = example('admins-and-users');
    const after = withKeyStatement(before, {
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    const changes = diffScenarios(before, after);
    expect(changes.length).toBeGreaterThan(0);
    // Allowed cells are lost; implicitly denied ones are now explicitly denied (changed).
    expect(changes.every((c) => c.change !== 'gained' && c.action === 'kms:Decrypt')).toBe(true);
    expect(changes.some((c) => c.change === 'lost')).toBe(true);
    expect(
      changes
        .filter((c) => c.change === 'changed')
        .every((c) => c.after?.decision === 'ExplicitDeny'),
    ).toBe(true);
    expect(grantsNewAccess(changes)).toBe(false);
  });

  it('a new principal with access is gained; a removed one with access is lost', () => {
    // Without requests, so Dana is a row only while she is a principal.
    const before = { ...example('default-key-policy-iam'), requests: [] };
    const after = structuredClone(before);
    const dana = after.principals.find((p) => p.arn.endsWith('user/Dana'));
    if (!dana) throw new Error('no Dana');
    const copy = { ...dana, arn: 'arn:aws:iam::111122223333:user/Dana2' };
    after.principals = [...after.principals.filter((p) => p !== dana), copy];
    const changes = diffMatrices(accessMatrix(before), accessMatrix(after));
    const who = new Set(changes.map((c) => `${c.principal.split('/').pop()} ${c.change}`));
    expect(who).toEqual(new Set(['Dana2 gained', 'Dana lost']));
    expect(changes.find((c) => c.change === 'lost')?.after).toBeNull();
    expect(changes.find((c) => c.change === 'gained')?.before).toBeNull();
  });
});
