import { describe, expect, it } from 'vitest';
import { decodeScenarioText, encodeScenarioText } from '../scenario';
import { viaPort } from './testing/crypto';
import { ALICE, BOB, KEY_ARN, fixture } from './testing';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

describe('the simulator keeps a valid scenario', () => {
  it('keys and grants it makes survive the scenario codec (share link, file)', async () => {
    let s = fixture();
    s = (
      await call(s, ALICE, 'CreateKey', {
        Description: 'd',
        MultiRegion: true,
        Tags: [{ TagKey: 'a', TagValue: 'b' }],
      })
    ).state;
    s = (await call(s, ALICE, 'CreateKey', { Origin: 'EXTERNAL' })).state;
    s = (
      await call(s, ALICE, 'CreateGrant', {
        KeyId: KEY_ARN,
        GranteePrincipal: BOB,
        Operations: ['Encrypt'],
        Name: 'n',
        Constraints: { EncryptionContextEquals: { a: 'b' } },
      })
    ).state;
    s = (await call(s, ALICE, 'ScheduleKeyDeletion', { KeyId: KEY_ARN })).state;
    const decoded = decodeScenarioText(encodeScenarioText(s.scenario));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.scenario).toEqual(s.scenario);
  });
});
