import { describe, expect, it } from 'vitest';
import { viaPort } from './testing/crypto';
import { advance, GRANT_PROPAGATION_SECONDS } from './clock';
import { createSimulator } from './create';
import { ALICE, BOB, KEY_ARN, fixture } from './testing';
import type { Json } from '../scenario/types';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

const grantFor = async (ops: string[], extra: Record<string, Json> = {}) =>
  await call(fixture(), ALICE, 'CreateGrant', {
    KeyId: KEY_ARN,
    GranteePrincipal: BOB,
    Operations: ops,
    ...extra,
  });

describe('grants', () => {
  it('CreateGrant returns GrantId and GrantToken; the grant is not yet propagated', async () => {
    const r = await grantFor(['Encrypt']);
    expect(r.response?.GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof r.response?.GrantToken).toBe('string');
    expect(r.state.scenario.grants.at(-1)).toMatchObject({
      granteePrincipal: BOB,
      operations: ['Encrypt'],
      propagated: false,
      grantToken: r.response?.GrantToken,
      issuingAccount: 'arn:aws:iam::111122223333:root',
    });
  });

  it('before propagation only the token works; after 5 simulated minutes the grant alone', async () => {
    const r = await grantFor(['Encrypt']);
    const token = r.response?.GrantToken as string;
    const enc = { KeyId: KEY_ARN, Plaintext: 'eA==' };
    expect((await call(r.state, BOB, 'Encrypt', enc)).error?.code).toBe('AccessDeniedException');
    expect(
      (await call(r.state, BOB, 'Encrypt', { ...enc, GrantTokens: [token] })).error,
    ).toBeUndefined();
    expect(
      (await call(advance(r.state, GRANT_PROPAGATION_SECONDS - 1), BOB, 'Encrypt', enc)).error
        ?.code,
    ).toBe('AccessDeniedException');
    expect(
      (await call(advance(r.state, GRANT_PROPAGATION_SECONDS), BOB, 'Encrypt', enc)).error,
    ).toBeUndefined();
  });

  it('a grant loaded unpropagated from a scenario propagates 5 minutes after the start', async () => {
    const base = fixture();
    const s = createSimulator(
      {
        ...base.scenario,
        grants: [
          {
            grantId: 'g',
            key: KEY_ARN,
            granteePrincipal: BOB,
            operations: ['Encrypt'],
            propagated: false,
          },
        ],
      },
      { clock: base.clock, profiles: base.profiles },
    );
    expect(advance(s, GRANT_PROPAGATION_SECONDS).scenario.grants[0]?.propagated).toBe(true);
  });

  it('an unknown grant token: denied when it was needed, else InvalidGrantTokenException', async () => {
    const r = await grantFor(['Encrypt']);
    const e = await call(r.state, BOB, 'Encrypt', {
      KeyId: KEY_ARN,
      Plaintext: 'eA==',
      GrantTokens: ['nope'],
    });
    // The grant token is unknown, so no grant allows Bob: authorization fails first (A1).
    expect(e.error?.code).toBe('AccessDeniedException');
    const a = await call(r.state, ALICE, 'Encrypt', {
      KeyId: KEY_ARN,
      Plaintext: 'eA==',
      GrantTokens: ['nope'],
    });
    expect(a.error?.code).toBe('InvalidGrantTokenException');
  });

  it('CreateGrant validates operations and grantees', async () => {
    expect((await grantFor(['PutKeyPolicy'])).error?.code).toBe('ValidationException');
    expect((await grantFor(['Sign'])).error?.code).toBe('ValidationException');
    expect(
      (
        await call(fixture(), BOB, 'CreateGrant', {
          KeyId: KEY_ARN,
          GranteePrincipal: BOB,
          Operations: ['Encrypt'],
        })
      ).error?.code,
    ).toBe('AccessDeniedException');
  });

  it('a Name makes CreateGrant idempotent', async () => {
    const a = await grantFor(['Encrypt'], { Name: 'n' });
    const b = await call(a.state, ALICE, 'CreateGrant', {
      KeyId: KEY_ARN,
      GranteePrincipal: BOB,
      Operations: ['Encrypt'],
      Name: 'n',
    });
    expect(b.response).toEqual(a.response);
    expect(b.state.scenario.grants).toHaveLength(1);
  });

  it('ListGrants, ListRetirableGrants, RetireGrant, RevokeGrant', async () => {
    const r = await grantFor(['Encrypt', 'Decrypt'], {
      RetiringPrincipal: ALICE,
      Constraints: { EncryptionContextSubset: { app: 'x' } },
    });
    const id = r.response?.GrantId as string;
    const list = await call(r.state, ALICE, 'ListGrants', { KeyId: KEY_ARN });
    expect(list.response?.Grants).toEqual([
      {
        KeyId: KEY_ARN,
        GrantId: id,
        Name: '',
        CreationDate: '2026-03-01T15:00:00+00:00',
        GranteePrincipal: BOB,
        RetiringPrincipal: ALICE,
        IssuingAccount: 'arn:aws:iam::111122223333:root',
        Operations: ['Encrypt', 'Decrypt'],
        Constraints: { EncryptionContextSubset: { app: 'x' } },
      },
    ]);
    const retirable = await call(r.state, ALICE, 'ListRetirableGrants', {
      RetiringPrincipal: ALICE,
    });
    expect((retirable.response?.Grants as Json[]).length).toBe(1);
    const retired = await call(r.state, ALICE, 'RetireGrant', {
      GrantToken: r.response?.GrantToken as string,
    });
    expect(retired.error).toBeUndefined();
    expect(retired.state.scenario.grants).toHaveLength(0);
    const revoked = await call(r.state, ALICE, 'RevokeGrant', { KeyId: KEY_ARN, GrantId: id });
    expect(revoked.error).toBeUndefined();
    expect(revoked.state.scenario.grants).toHaveLength(0);
    expect(
      (await call(revoked.state, ALICE, 'RevokeGrant', { KeyId: KEY_ARN, GrantId: id })).error
        ?.code,
    ).toBe('NotFoundException');
    // Bob is the grantee but RetireGrant is not among the grant's operations (S9).
    expect(
      (await call(r.state, BOB, 'RetireGrant', { KeyId: KEY_ARN, GrantId: id })).error?.code,
    ).toBe('AccessDeniedException');
  });
});
