/**
 * A call decided against the reused compilation gets exactly the decision, trace and message of a
 * fresh compilation, and an edit to the scenario is never decided against the old documents.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario, evaluateRequest } from '../engine';
import { decodeScenarioText } from '../scenario';
import { conformanceFixtures } from '../scenario/testing/fixtures';
import type { Scenario } from '../scenario/types';
import { request as makeRequest } from '../engine/testing/build';
import { compileForCall } from './compiledScenario';
import { ALICE, KEY_ARN, fixture } from './testing';

const decoded = conformanceFixtures.map(([name, text]): [string, Scenario] => {
  const r = decodeScenarioText(text);
  if (!r.ok) throw new Error(`${name} does not decode`);
  return [name, r.scenario];
});

describe('the compilation reused from call to call', () => {
  it('decides every conformance request as a fresh compilation does, twice in a row', () => {
    let requests = 0;
    for (const [, scenario] of decoded) {
      // A copy of the scenario object with the same documents: the app rebuilds it every line.
      for (const s of [scenario, { ...scenario }]) {
        for (const request of scenario.requests) {
          const fresh = evaluateRequest(compileScenario({ ...s, requests: [request] }), 0);
          const reused = evaluateRequest(compileForCall(s, request), 0);
          expect(reused).toEqual(fresh);
          requests++;
        }
      }
    }
    expect(requests).toBeGreaterThan(150);
  });

  it('recompiles when a key policy, a grant or an identity policy changes', () => {
    const s = fixture().scenario;
    const request = makeRequest({ principal: ALICE, action: 'kms:Encrypt', key: KEY_ARN });
    expect(evaluateRequest(compileForCall(s, request), 0).decision).toBe('Allow');
    const deny = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' }],
    };
    const edited: Scenario = {
      ...s,
      keys: s.keys.map((k) => (k.arn === KEY_ARN ? { ...k, policy: deny } : k)),
    };
    expect(evaluateRequest(compileForCall(edited, request), 0).decision).toBe('ExplicitDeny');
    const noIdentity: Scenario = {
      ...s,
      principals: s.principals.map((p) => (p.arn === ALICE ? { ...p, policies: [] } : p)),
    };
    expect(evaluateRequest(compileForCall(noIdentity, request), 0).decision).not.toBe('Allow');
    // The original scenario is still decided against its own documents.
    expect(evaluateRequest(compileForCall(s, request), 0).decision).toBe('Allow');
  });
});
