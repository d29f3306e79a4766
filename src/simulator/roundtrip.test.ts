import { describe, expect, it } from 'vitest';
import { decodeScenarioText, encodeScenarioText } from '../scenario';
import { call } from './call';
import { ALICE, BOB, KEY_ARN, fixture } from './testing';

describe('the simulator keeps a valid scenario', () => {
  it('keys and grants it makes survive the scenario codec (share link, file)', () => {
    let s = fixture();
    s = call(s, ALICE, 'CreateKey', {
      Description: 'd',
      MultiRegion: true,
      Tags: [{ TagKey: 'a', TagValue: 'b' }],
    }).state;
    s = call(s, ALICE, 'CreateKey', { Origin: 'EXTERNAL' }).state;
    s = call(s, ALICE, 'CreateGrant', {
      KeyId: KEY_ARN,
      GranteePrincipal: BOB,
      Operations: ['Encrypt'],
      Name: 'n',
      Constraints: { EncryptionContextEquals: { a: 'b' } },
    }).state;
    s = call(s, ALICE, 'ScheduleKeyDeletion', { KeyId: KEY_ARN }).state;
    const decoded = decodeScenarioText(encodeScenarioText(s.scenario));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.scenario).toEqual(s.scenario);
  });
});
