import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viaPort } from './testing/crypto';
import { advance } from './clock';
import { OPERATIONS } from './ops';
import { ALICE, BOB, IMPORTED_ARN, KEY_ARN, MANAGED_ARN, fixture } from './testing';
import type { Json } from '../scenario/types';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

const PARAM_NAMES = [
  'KeyId',
  'Policy',
  'GranteePrincipal',
  'Operations',
  'GrantTokens',
  'EncryptionContext',
  'Plaintext',
  'CiphertextBlob',
  'AliasName',
  'TargetKeyId',
  'Tags',
  'TagKeys',
  'PendingWindowInDays',
  'RotationPeriodInDays',
  'GrantId',
  'GrantToken',
  'Constraints',
  'KeySpec',
  'Origin',
  'DestinationKeyId',
];

const arbValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(KEY_ARN, MANAGED_ARN, IMPORTED_ARN, 'alias/app', BOB, ['Encrypt'], 7, 400),
  fc.jsonValue() as fc.Arbitrary<Json>,
);

describe('call is total', () => {
  it('never throws for any operation and parameters, and always audits exactly one event', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            caller: fc.constantFrom(
              ALICE,
              BOB,
              'ec2.amazonaws.com',
              'arn:aws:iam::999999999999:root',
            ),
            operation: fc.constantFrom(...OPERATIONS, 'Nope'),
            params: fc.dictionary(fc.constantFrom(...PARAM_NAMES), arbValue, { maxKeys: 5 }),
            seconds: fc.nat({ max: 86400 * 40 }),
          }),
          { maxLength: 8 },
        ),
        async (calls) => {
          let s = fixture();
          for (const c of calls) {
            s = advance(s, c.seconds);
            const r = await call(s, c.caller, c.operation, c.params);
            expect(r.state.audit).toHaveLength(s.audit.length + 1);
            expect(r.error === undefined).toBe(r.response !== undefined);
            s = r.state;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
