/**
 * Retiring and revoking take time (S49 API_RevokeGrant: "there might be a brief delay, usually
 * less than five minutes"; P16): a propagated grant keeps working until the deletion propagates.
 */
import { describe, expect, it } from 'vitest';
import { viaPort } from './testing/crypto';
import { advance, GRANT_PROPAGATION_SECONDS } from './clock';
import { ALICE, BOB, KEY_ARN, fixture } from './testing';
import { decodeScenarioText, encodeScenarioText } from '../scenario';
import { joinState, splitState, type SimulatorField } from './create';
import type { Scenario } from '../scenario/types';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

const enc = { KeyId: KEY_ARN, Plaintext: 'eA==' };

/** Alice grants Bob Encrypt (retirable by Alice), and five minutes pass so the grant propagates. */
async function propagatedGrant() {
  const r = await call(fixture(), ALICE, 'CreateGrant', {
    KeyId: KEY_ARN,
    GranteePrincipal: BOB,
    Operations: ['Encrypt'],
    RetiringPrincipal: ALICE,
  });
  const state = advance(r.state, GRANT_PROPAGATION_SECONDS);
  expect((await call(state, BOB, 'Encrypt', enc)).error).toBeUndefined();
  return { state, id: r.response?.GrantId as string, token: r.response?.GrantToken as string };
}

describe('retire and revoke propagate like create (S49, P16)', () => {
  it('after RevokeGrant the grant still works for up to five simulated minutes, then it is gone (S49 API_RevokeGrant "brief delay", P16)', async () => {
    const { state, id } = await propagatedGrant();
    const revoked = await call(state, ALICE, 'RevokeGrant', { KeyId: KEY_ARN, GrantId: id });
    expect(revoked.error).toBeUndefined();
    expect(revoked.state.grantRemoved).toEqual({ [id]: revoked.state.clock });
    expect((await call(revoked.state, BOB, 'Encrypt', enc)).error).toBeUndefined();
    const almost = advance(revoked.state, GRANT_PROPAGATION_SECONDS - 1);
    expect((await call(almost, BOB, 'Encrypt', enc)).error).toBeUndefined();
    const later = advance(revoked.state, GRANT_PROPAGATION_SECONDS);
    expect((await call(later, BOB, 'Encrypt', enc)).error?.code).toBe('AccessDeniedException');
    expect(later.scenario.grants).toHaveLength(0);
    expect(later.grantRemoved).toBeUndefined();
    expect(later.grantCreated[id]).toBeUndefined();
  });

  it('RetireGrant waits the same way; the list operations stop showing the grant at once (S49, P16)', async () => {
    const { state, id } = await propagatedGrant();
    const retired = await call(state, ALICE, 'RetireGrant', { KeyId: KEY_ARN, GrantId: id });
    expect(retired.error).toBeUndefined();
    expect((await call(retired.state, BOB, 'Encrypt', enc)).error).toBeUndefined();
    expect(
      (await call(retired.state, ALICE, 'ListGrants', { KeyId: KEY_ARN })).response?.Grants,
    ).toEqual([]);
    expect(
      (await call(retired.state, ALICE, 'ListRetirableGrants', { RetiringPrincipal: ALICE }))
        .response?.Grants,
    ).toEqual([]);
  });

  it('the grant token of a revoked grant stops working at once (P16)', async () => {
    const { state, id, token } = await propagatedGrant();
    const revoked = await call(state, ALICE, 'RevokeGrant', { KeyId: KEY_ARN, GrantId: id });
    const withToken = await call(revoked.state, BOB, 'Encrypt', { ...enc, GrantTokens: [token] });
    expect(withToken.error?.code).toBe('InvalidGrantTokenException');
  });

  it('a grant revoked before it propagated is gone at once (S7, P16)', async () => {
    const r = await call(fixture(), ALICE, 'CreateGrant', {
      KeyId: KEY_ARN,
      GranteePrincipal: BOB,
      Operations: ['Encrypt'],
    });
    const id = r.response?.GrantId as string;
    const revoked = await call(r.state, ALICE, 'RevokeGrant', { KeyId: KEY_ARN, GrantId: id });
    expect(revoked.state.scenario.grants).toHaveLength(0);
    expect(revoked.state.grantRemoved).toBeUndefined();
  });

  it('a scenario file keeps the pending deletion (simulator.grantRemoved)', async () => {
    const { state, id } = await propagatedGrant();
    const revoked = (await call(state, ALICE, 'RevokeGrant', { KeyId: KEY_ARN, GrantId: id }))
      .state;
    const { scenario, simulator } = splitState(revoked);
    const text = encodeScenarioText({
      ...scenario,
      simulator: simulator as unknown as NonNullable<Scenario['simulator']>,
    });
    const back = decodeScenarioText(text);
    expect(back.ok).toBe(true);
    if (!back.ok || !back.scenario.simulator) return;
    const again = joinState(back.scenario, back.scenario.simulator as unknown as SimulatorField);
    expect(again.grantRemoved).toEqual({ [id]: revoked.clock });
  });
});
