import type { PolicyKind } from '../policy/compile';
import type { FailReason } from './checkTypes';

/** The policy-type words IAM uses in denial messages (S20 troubleshooting access denied). */
const DENY_WORDS: Record<PolicyKind, string> = {
  key: 'a resource-based policy',
  identity: 'an identity-based policy',
  boundary: 'a permissions boundary',
  session: 'a sessions policy', // sic, as printed in the IAM guide (S20)
  scp: 'a service control policy',
  rcp: 'a resource control policy', // A11: by analogy with the other policy types
  vpce: 'a VPC endpoint policy',
};

const NO_ALLOW: Partial<Record<FailReason, string>> = {
  noResourcePolicy: 'no resource-based policy',
  noIdentityPolicy: 'no identity-based policy',
  boundary: 'no permissions boundary',
  session: 'no session policy',
  vpce: 'no VPC endpoint policy',
};

/**
 * The AccessDeniedException message (table 2.11, S20, S45). A9: a missing SCP Allow is worded as an
 * explicit deny in a service control policy, as AWS prints it.
 */
export function accessDeniedMessage(
  principal: string,
  action: string,
  resource: string,
  reason: FailReason,
  denyKind: PolicyKind | null,
): string {
  const head = `User: ${principal} is not authorized to perform: ${action}`;
  const on = resource === '*' ? '' : ` on resource: ${resource}`;
  if (reason === 'explicitDeny')
    return `${head}${on} with an explicit deny in ${DENY_WORDS[denyKind ?? 'key']}`;
  if (reason === 'scp') return `${head}${on} with an explicit deny in a service control policy`;
  if (reason === 'crossAccount') {
    // S45: the generic wording KMS uses when the key cannot be used from the caller's account.
    return `${head} on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access`;
  }
  return `${head}${on} because ${NO_ALLOW[reason] ?? 'no policy'} allows the ${action} action`;
}

/** A27: Decrypt whose ciphertext names a key the caller cannot use. */
export const CIPHERTEXT_DENIED =
  'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';

/** S35: the lockout safety check's observed message. */
export const LOCKOUT_MESSAGE =
  'The new key policy will not allow you to update the key policy in the future.';
