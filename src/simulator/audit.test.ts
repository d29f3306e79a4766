import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRecords, filterEvents } from './audit';
import { viaPort } from './testing/crypto';
import { advance } from './clock';
import { ALICE, BOB, IMPORTED_ARN, KEY_ARN, MANAGED_ARN, fixture } from './testing';
import type { Json } from '../scenario/types';
import type { SimulatorState } from './types';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

describe('audit trail', () => {
  it('records parameters as sent: the policy as text, never the plaintext', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
    const r = await call(fixture(), ALICE, 'PutKeyPolicy', { KeyId: KEY_ARN, Policy: policy });
    expect(r.state.audit[0]?.requestParameters).toEqual({ keyId: KEY_ARN, policy });
    expect(r.state.audit[0]?.responseElements).toBeNull();
  });

  it('records every call with eventTime from the clock and the right errorCode', async () => {
    let s = fixture();
    s = (
      await call(s, BOB, 'Encrypt', {
        KeyId: KEY_ARN,
        Plaintext: 'eA==',
        EncryptionContext: { a: 'b' },
      })
    ).state;
    s = advance(s, 3600);
    s = (
      await call(s, ALICE, 'CreateGrant', {
        KeyId: KEY_ARN,
        GranteePrincipal: BOB,
        Operations: ['Encrypt'],
      })
    ).state;
    const [denied, granted] = s.audit;
    expect(denied).toMatchObject({
      eventVersion: '1.08',
      eventSource: 'kms.amazonaws.com',
      eventName: 'Encrypt',
      eventTime: '2026-03-01T15:00:00Z',
      awsRegion: 'us-east-1',
      errorCode: 'AccessDeniedException',
      userIdentity: { type: 'IAMUser', arn: BOB, accountId: '111122223333' },
      requestParameters: { keyId: KEY_ARN, encryptionContext: { a: 'b' } },
      responseElements: null,
      resources: [{ ARN: KEY_ARN, accountId: '111122223333', type: 'AWS::KMS::Key' }],
      readOnly: true,
      managementEvent: true,
      eventCategory: 'Management',
    });
    expect(denied?.errorMessage).toMatch(/is not authorized to perform: kms:Encrypt/);
    expect(denied?.requestParameters).not.toHaveProperty('plaintext');
    expect(granted).toMatchObject({ eventTime: '2026-03-01T16:00:00Z', readOnly: false });
    expect(granted?.errorCode).toBeUndefined();
    expect(granted?.responseElements).toHaveProperty('grantId');
    expect(granted?.responseElements).not.toHaveProperty('grantToken');
    expect(denied?.eventID).not.toBe(granted?.eventID);
  });

  it('filters by key, principal, operation, outcome and time; exports Records', async () => {
    let s = fixture();
    s = (await call(s, BOB, 'Encrypt', { KeyId: KEY_ARN, Plaintext: 'eA==' })).state;
    s = advance(s, 3600);
    s = (await call(s, ALICE, 'DescribeKey', { KeyId: KEY_ARN })).state;
    s = (await call(s, ALICE, 'DescribeKey', { KeyId: MANAGED_ARN })).state;
    const e = s.audit;
    expect(filterEvents(e, { key: KEY_ARN })).toHaveLength(2);
    expect(filterEvents(e, { key: KEY_ARN.split('/')[1] })).toHaveLength(2);
    expect(filterEvents(e, { principal: BOB })).toHaveLength(1);
    expect(filterEvents(e, { operation: 'DescribeKey' })).toHaveLength(2);
    expect(filterEvents(e, { outcome: 'failure' })).toHaveLength(1);
    expect(filterEvents(e, { outcome: 'AccessDeniedException' })).toHaveLength(1);
    expect(filterEvents(e, { outcome: 'success' })).toHaveLength(2);
    expect(
      filterEvents(e, { from: '2026-03-01T15:30:00Z', to: '2026-03-01T16:00:00Z' }),
    ).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(exportRecords(e))).Records).toHaveLength(3);
  });
});

/** A random call from a small vocabulary over the fixture's keys and principals. */
const arbCall = fc.record({
  caller: fc.constantFrom(ALICE, BOB),
  operation: fc.constantFrom(
    'DescribeKey',
    'DisableKey',
    'EnableKey',
    'ScheduleKeyDeletion',
    'CancelKeyDeletion',
    'EnableKeyRotation',
    'RotateKeyOnDemand',
    'CreateGrant',
    'RevokeGrant',
    'Encrypt',
    'TagResource',
    'CreateAlias',
    'DeleteAlias',
    'PutKeyPolicy',
    'CreateKey',
    'DeleteImportedKeyMaterial',
  ),
  key: fc.constantFrom(KEY_ARN, MANAGED_ARN, IMPORTED_ARN, 'alias/app', 'alias/none'),
  window: fc.integer({ min: 1, max: 40 }),
  advance: fc.constantFrom(0, 0, 60, 86400 * 8),
});

function paramsFor(c: { key: string; window: number }, s: SimulatorState): Record<string, Json> {
  const grant = s.scenario.grants[0];
  return {
    KeyId: c.key,
    PendingWindowInDays: c.window,
    GranteePrincipal: BOB,
    Operations: ['Encrypt'],
    GrantId: grant?.grantId ?? 'none',
    Plaintext: 'cA==',
    Tags: [{ TagKey: 't', TagValue: 'v' }],
    AliasName: c.window % 2 ? 'alias/app' : 'alias/other',
    TargetKeyId: c.key,
    Policy: c.window % 3 ? '{"Version":"2012-10-17","Statement":[]}' : 'not json',
  };
}

describe('properties', () => {
  it('no failed call changes the state besides the audit trail, and every call is audited', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbCall, { maxLength: 12 }), async (calls) => {
        let s = fixture();
        for (const c of calls) {
          s = advance(s, c.advance);
          const r = await call(s, c.caller, c.operation, paramsFor(c, s));
          expect(r.state.audit).toHaveLength(s.audit.length + 1);
          const event = r.state.audit.at(-1);
          expect(event?.eventName).toBe(c.operation);
          expect(event?.errorCode).toBe(r.error?.code);
          if (r.error) expect({ ...r.state, audit: s.audit }).toEqual(s);
          s = r.state;
        }
      }),
      { numRuns: 150 },
    );
  });
});
