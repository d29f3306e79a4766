/** Grants to AWS service principals in the simulated account (S34 API_CreateGrant, A22). */
import { describe, expect, it } from 'vitest';
import { viaPort } from './testing/crypto';
import { ALICE, KEY_ARN, fixture } from './testing';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

describe('CreateGrant with GranteeServicePrincipal (S34, A22)', () => {
  it('makes a grant that ListGrants shows with GranteeServicePrincipal and the SourceArn constraint (S34)', async () => {
    const source = 'arn:aws:ec2:us-east-1:111122223333:volume/vol-0abc';
    const r = await call(fixture(), ALICE, 'CreateGrant', {
      KeyId: KEY_ARN,
      GranteeServicePrincipal: 'ec2.amazonaws.com',
      RetiringPrincipal: ALICE,
      Operations: ['Decrypt'],
      Constraints: { SourceArn: source },
    });
    expect(r.error).toBeUndefined();
    const listed = (await call(r.state, ALICE, 'ListGrants', { KeyId: KEY_ARN })).response?.Grants;
    expect(listed).toEqual([
      expect.objectContaining({
        GranteeServicePrincipal: 'ec2.amazonaws.com',
        RetiringPrincipal: ALICE,
        Constraints: { SourceArn: source },
      }),
    ]);
  });
});
