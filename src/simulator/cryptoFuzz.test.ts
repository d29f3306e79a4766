/**
 * The call path is total for crypto calls too: for any crypto call with any parameters it resolves (never
 * rejects), audits exactly one event, and a call the engine did not allow never reaches the port
 * nor changes anything but the audit trail. Real WebCrypto port (src/crypto/simulatorPort.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulatorPort } from '../crypto/simulatorPort';
import type { Json } from '../scenario/types';
import { textToBase64 } from './base64';
import { callAsync } from './call';
import { JOB_HANDLERS } from './ops/jobs';
import { ALICE, BOB, IMPORTED_ARN, KEY_ARN, MANAGED_ARN, fixture } from './testing';
import { callerVia, recordingPort } from './testing/crypto';

const PARAMS = [
  'KeyId',
  'Plaintext',
  'CiphertextBlob',
  'EncryptionContext',
  'GrantTokens',
  'KeySpec',
  'NumberOfBytes',
  'DestinationKeyId',
  'SourceEncryptionContext',
];

describe('callAsync is total and denied calls never touch key material', () => {
  it('for any crypto operation and parameters', async () => {
    const port = createSimulatorPort();
    const made = await callerVia(port)(fixture(), 'Encrypt', {
      KeyId: KEY_ARN,
      Plaintext: textToBase64('x'),
    });
    const blob = String(made.response?.CiphertextBlob);
    const value: fc.Arbitrary<Json> = fc.oneof(
      fc.constantFrom<Json>(
        KEY_ARN,
        MANAGED_ARN,
        IMPORTED_ARN,
        'alias/app',
        blob,
        'aGk=',
        'AES_256',
        32,
        { a: 'b' },
      ),
      fc.jsonValue() as fc.Arbitrary<Json>,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(ALICE, BOB, 'arn:aws:iam::999999999999:root'),
        fc.constantFrom(...Object.keys(JOB_HANDLERS)),
        fc.dictionary(fc.constantFrom(...PARAMS), value, { maxKeys: 5 }),
        async (caller, operation, params) => {
          const s = fixture();
          const spy = recordingPort(port);
          const r = await callAsync(s, caller, operation, params, spy);
          expect(r.state.audit).toHaveLength(1);
          expect(r.error === undefined).toBe(r.response !== undefined);
          if (r.evaluation?.outcome !== 'Allowed') {
            expect(spy.jobs).toEqual([]);
            expect(r.state.scenario).toBe(s.scenario);
            expect(r.state.counters).toEqual(s.counters);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
