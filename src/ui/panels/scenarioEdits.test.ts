import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine';
import { decodeScenarioValue, encodeScenarioText, examples } from '../../scenario';
import type { Scenario } from '../../scenario/types';
import {
  addGrant,
  addKey,
  addPrincipal,
  addRequest,
  removeGrant,
  removeKey,
  removePrincipal,
  removeRequest,
} from './scenarioEdits';

const base = examples[0]!.scenario;

/** An edited scenario must survive the codec, as the share link and autosave will put it through. */
function roundTrips(s: Scenario): void {
  const decoded = decodeScenarioValue(JSON.parse(encodeScenarioText(s)));
  expect(decoded.ok && decoded.issues.filter((i) => i.severity === 'error')).toEqual([]);
}

describe('scenario edits', () => {
  it('adds a user and a role with unique names in the home account', () => {
    const one = addPrincipal(base, 'user');
    const two = addPrincipal(one, 'user');
    const role = addPrincipal(two, 'role');
    expect(role.principals.slice(-3).map((p) => p.arn)).toEqual([
      'arn:aws:iam::111122223333:user/NewUser',
      'arn:aws:iam::111122223333:user/NewUser2',
      'arn:aws:iam::111122223333:role/NewRole',
    ]);
    roundTrips(role);
    expect(
      removePrincipal(role, 'arn:aws:iam::111122223333:user/NewUser2').principals,
    ).toHaveLength(base.principals.length + 2);
  });

  it('adds a key with the default key policy, an alias and a unique id', () => {
    const s = addKey(addKey(base));
    const [a, b] = s.keys.slice(-2);
    expect(a!.arn).not.toBe(b!.arn);
    expect(a!.aliases).toEqual(['alias/new-key']);
    expect(b!.aliases).toEqual(['alias/new-key2']);
    expect(JSON.stringify(a!.policy)).toContain('arn:aws:iam::111122223333:root');
    roundTrips(s);
  });

  it('removes a key together with its grants', () => {
    const withGrant = addGrant(base, base.keys[0]!.arn);
    expect(withGrant.grants).toHaveLength(1);
    const removed = removeKey(withGrant, base.keys[0]!.arn);
    expect(removed.keys).toHaveLength(0);
    expect(removed.grants).toHaveLength(0);
  });

  it('adds a grant that lets the first principal decrypt, and removes it', () => {
    const s = addGrant(base, base.keys[0]!.arn);
    const grant = s.grants[0]!;
    expect(grant.operations).toEqual(['Decrypt']);
    expect(grant.granteePrincipal).toBe(base.principals[0]!.arn);
    expect(grant.grantId).toHaveLength(64);
    roundTrips(s);
    expect(removeGrant(s, grant.grantId).grants).toEqual([]);
  });

  it('adds a request that evaluates, with an id no other request has', () => {
    const s = addRequest(addRequest(base));
    const ids = s.requests.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(s.requests.at(-1)!.action).toBe('kms:Decrypt');
    expect(evaluateScenario(s).results).toHaveLength(base.requests.length + 2);
    roundTrips(s);
    expect(removeRequest(s, 0).requests[0]!.id).toBe(base.requests[1]!.id);
  });

  it('adds a request to an empty scenario with the account root as caller', () => {
    const empty: Scenario = { ...base, principals: [], keys: [], requests: [], accounts: [] };
    const s = addRequest(empty);
    expect(s.requests[0]!.principal).toBe('arn:aws:iam::111122223333:root');
    expect(s.requests[0]!.key).toBeUndefined();
  });
});
