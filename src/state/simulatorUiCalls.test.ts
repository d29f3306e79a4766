/**
 * A past call's decision pinned over the live one, and requests sent from the request builder
 * audited like console calls (the envelope lab's calls: src/ui/panels/lab/labKms.test.ts); real
 * WebCrypto, no mocks.
 */
import { describe, expect, it } from 'vitest';
import { ALICE, BOB, KEY_ARN } from '../simulator/testing';
import {
  selectCurrentResult,
  selectPinnedCall,
  selectPreviousResult,
  selectScenarioForResult,
} from './selectors';
import { auditTrail, runLine, setRequests, simulatorStore } from './testing';

describe('a past call as decided then', () => {
  it('pins the decision made at call time over the live one, until back to live', async () => {
    const s = simulatorStore();
    setRequests(s, { principal: BOB, action: 'kms:Encrypt', key: KEY_ARN });
    const denied = await runLine(
      s,
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk= --profile Bob`,
    );
    // Today Bob is allowed: a key policy statement now lets him encrypt.
    s.getState().updateScenario((x) => ({
      ...x,
      principals: x.principals.map((p) =>
        p.arn === BOB
          ? {
              ...p,
              policies: [
                {
                  name: 'Use',
                  document: {
                    Version: '2012-10-17',
                    Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }],
                  },
                },
              ],
            }
          : p,
      ),
    }));
    expect(selectCurrentResult(s.getState())?.outcome).toBe('Allowed');
    s.getState().showCall(denied.id);
    const state = s.getState();
    expect(selectPinnedCall(state)?.label).toBe('Call 1 at 00:00');
    expect(selectCurrentResult(state)?.outcome).toBe('AccessDeniedException');
    expect(selectPreviousResult(state)).toBeNull();
    // The explanation names the caller, action and key of the call as it was made.
    expect(selectScenarioForResult(state).requests).toHaveLength(2);
    expect(selectScenarioForResult(state).requests[0]).toMatchObject({
      id: selectCurrentResult(state)?.request,
      principal: BOB,
      action: 'kms:Encrypt',
      key: KEY_ARN,
    });
    expect(state.scenario.requests).toHaveLength(1); // nothing added to the scenario
    expect(state.position).toBe(selectCurrentResult(state)?.trace.length);
    s.getState().unpinCall();
    expect(selectCurrentResult(s.getState())?.outcome).toBe('Allowed');
    // Selecting another request also goes back to live, for good.
    s.getState().showCall(denied.id);
    s.getState().updateScenario((x) => ({ ...x, requests: [...x.requests, ...x.requests] }));
    s.getState().selectRequest(1);
    s.getState().selectRequest(0);
    expect(s.getState().pinnedCall).toBeNull();
    expect(selectCurrentResult(s.getState())?.outcome).toBe('Allowed');
  });
});

describe('calls the UI makes are audited', () => {
  it('sends the selected request as a call, printed in the console and audited', async () => {
    const s = simulatorStore();
    setRequests(s, {
      id: 'bob-encrypts',
      principal: BOB,
      action: 'kms:Encrypt',
      key: KEY_ARN,
      encryptionContext: { a: 'b' },
    });
    await s.getState().sendRequest(0);
    const entry = s.getState().consoleHistory.at(-1)!;
    expect(entry.line).toBe(
      `aws kms encrypt --key-id ${KEY_ARN} --encryption-context '{"a":"b"}' --plaintext aGVsbG8gZnJvbSB0aGUgcGxheWdyb3VuZA== --profile Bob`,
    );
    expect(entry.output).toContain(
      'An error occurred (AccessDeniedException) when calling the Encrypt operation',
    );
    expect(entry.evaluation?.outcome).toBe('AccessDeniedException');
    expect(auditTrail(s).at(-1)).toMatchObject({
      eventName: 'Encrypt',
      errorCode: 'AccessDeniedException',
      requestParameters: { keyId: KEY_ARN, encryptionContext: { a: 'b' } },
    });
  });

  it('sends a Decrypt request that only describes its ciphertext with a sample blob sealed under that key and context', async () => {
    const s = simulatorStore();
    const decrypt = (ec: Record<string, string>) => ({
      principal: ALICE,
      action: 'kms:Decrypt',
      encryptionContext: ec,
      parameters: { CiphertextBlob: { key: KEY_ARN, encryptionContext: { a: 'b' } } },
    });
    setRequests(s, decrypt({ a: 'b' }), decrypt({ a: 'c' }));
    await s.getState().sendRequest(0);
    const ok = s.getState().consoleHistory.at(-1)!;
    expect(ok.line).toMatch(/--ciphertext-blob [A-Za-z0-9+/]+=*$/);
    expect(ok.output).toContain('"Plaintext": "aGVsbG8gZnJvbSB0aGUgcGxheWdyb3VuZA=="');
    await s.getState().sendRequest(1);
    expect(s.getState().consoleHistory.at(-1)?.output).toContain('(InvalidCiphertextException)');
    // Making the sample is not a call: only the two Decrypts are audited.
    expect(auditTrail(s).map((e) => [e['eventName'], e['errorCode'] ?? null])).toEqual([
      ['Decrypt', null],
      ['Decrypt', 'InvalidCiphertextException'],
    ]);
  });
});
