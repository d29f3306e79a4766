/** DryRun in the simulated account (S50): the authorized call answers DryRunOperationException and changes nothing. */
import { describe, expect, it } from 'vitest';
import { viaPort } from './testing/crypto';
import { ALICE, BOB, KEY_ARN, fixture } from './testing';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

describe('DryRun changes nothing (S50)', () => {
  it('CreateGrant with DryRun: DryRunOperationException, and no grant is made (S50)', async () => {
    const s = fixture();
    const r = await call(s, ALICE, 'CreateGrant', {
      KeyId: KEY_ARN,
      GranteePrincipal: BOB,
      Operations: ['Encrypt'],
      DryRun: true,
    });
    expect(r.error?.code).toBe('DryRunOperationException');
    expect(r.state.scenario.grants).toEqual(s.scenario.grants);
    expect(r.response).toBeUndefined();
  });
});
