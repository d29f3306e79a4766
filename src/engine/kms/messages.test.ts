/**
 * AccessDeniedException messages (kms-semantics table 2.11; A9, A10, A11, A27): S20 troubleshoot
 * access-denied, S45 service responses quoted in public issue trackers, S35 lockout message.
 */
import { describe, expect, it } from 'vitest';
import { CIPHERTEXT_DENIED, LOCKOUT_MESSAGE, accessDeniedMessage } from './messages';
import { ALICE, KEY_ARN } from '../testing/build';

const head = `User: ${ALICE} is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN}`;
const msg = (
  reason: Parameters<typeof accessDeniedMessage>[3],
  kind: Parameters<typeof accessDeniedMessage>[4] = null,
) => accessDeniedMessage(ALICE, 'kms:Decrypt', KEY_ARN, reason, kind);

describe('AccessDeniedException wording (table 2.11)', () => {
  it('no applicable allow, per policy type: "because no <type> allows the <action> action" (S20, S45)', () => {
    expect(msg('noResourcePolicy')).toBe(
      `${head} because no resource-based policy allows the kms:Decrypt action`,
    );
    expect(msg('noIdentityPolicy')).toBe(
      `${head} because no identity-based policy allows the kms:Decrypt action`,
    );
    expect(msg('boundary')).toBe(
      `${head} because no permissions boundary allows the kms:Decrypt action`,
    );
    expect(msg('session')).toBe(`${head} because no session policy allows the kms:Decrypt action`);
    expect(msg('vpce')).toBe(
      `${head} because no VPC endpoint policy allows the kms:Decrypt action`,
    );
  });

  it('explicit deny, per policy type: "with an explicit deny in <type>" — "a sessions policy" sic (S20)', () => {
    expect(msg('explicitDeny', 'key')).toBe(
      `${head} with an explicit deny in a resource-based policy`,
    );
    expect(msg('explicitDeny', 'identity')).toBe(
      `${head} with an explicit deny in an identity-based policy`,
    );
    expect(msg('explicitDeny', 'boundary')).toBe(
      `${head} with an explicit deny in a permissions boundary`,
    );
    expect(msg('explicitDeny', 'session')).toBe(
      `${head} with an explicit deny in a sessions policy`,
    );
    expect(msg('explicitDeny', 'scp')).toBe(
      `${head} with an explicit deny in a service control policy`,
    );
    expect(msg('explicitDeny', 'vpce')).toBe(
      `${head} with an explicit deny in a VPC endpoint policy`,
    );
  });

  it('an RCP deny is worded by analogy: "with an explicit deny in a resource control policy" (A11)', () => {
    expect(msg('explicitDeny', 'rcp')).toBe(
      `${head} with an explicit deny in a resource control policy`,
    );
  });

  it('a missing SCP allow is worded as an explicit deny in a service control policy (S20, A9)', () => {
    expect(msg('scp')).toBe(`${head} with an explicit deny in a service control policy`);
  });

  it('a non-cross-account operation from another account uses the generic 2025 wording without the ARN (S45, A19)', () => {
    expect(msg('crossAccount')).toBe(
      `User: ${ALICE} is not authorized to perform: kms:Decrypt on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access`,
    );
  });

  it('keyless operations (Resource "*") omit the "on resource" part (S20)', () => {
    expect(accessDeniedMessage(ALICE, 'kms:ListKeys', '*', 'noIdentityPolicy', null)).toBe(
      `User: ${ALICE} is not authorized to perform: kms:ListKeys because no identity-based policy allows the kms:ListKeys action`,
    );
  });

  it('the ciphertext and lockout messages are the observed AWS texts (S45, A27, S35)', () => {
    expect(CIPHERTEXT_DENIED).toBe(
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    );
    expect(LOCKOUT_MESSAGE).toBe(
      'The new key policy will not allow you to update the key policy in the future.',
    );
  });
});
