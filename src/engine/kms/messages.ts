import type { Scenario } from '../../scenario/types';
import type { PolicyKind } from '../policy/compile';
import type { DecidingRef } from '../types';
import type { FailReason } from './checkTypes';
import { accountOf } from './ids';

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
 * explicit deny in a service control policy, as AWS prints it. An explicit deny names the denying
 * policy's ARN after its type when AWS gives it (S58: "with an explicit deny in a service control
 * policy: arn:aws:organizations::…"; only within the same account or organization), see
 * `denyingPolicyArn`.
 */
export function accessDeniedMessage(
  principal: string,
  action: string,
  resource: string,
  reason: FailReason,
  denyKind: PolicyKind | null,
  policyArn: string | null = null,
): string {
  const head = `User: ${principal} is not authorized to perform: ${action}`;
  const on = resource === '*' ? '' : ` on resource: ${resource}`;
  if (reason === 'explicitDeny')
    return `${head}${on} with an explicit deny in ${DENY_WORDS[denyKind ?? 'key']}${policyArn ? `: ${policyArn}` : ''}`;
  if (reason === 'scp') return `${head}${on} with an explicit deny in a service control policy`;
  if (reason === 'crossAccount') {
    // S45: the generic wording KMS uses when the key cannot be used from the caller's account.
    return `${head} on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access`;
  }
  return `${head}${on} because ${NO_ALLOW[reason] ?? 'no policy'} allows the ${action} action`;
}

/**
 * The ARN AWS adds to an explicit-deny message (S58), or null. AWS names SCPs, RCPs, permissions
 * boundaries, session policies and identity-based policies, "only … in same-account and
 * same-organization scenarios". P20: the scenario gives an ARN only to organization policies (an SCP
 * or RCP id, with the organization id and its management account), as
 * `arn:aws:organizations::<management account>:policy/<org id>/service_control_policy/<id>` (or
 * `resource_control_policy`), named when the caller's account is in the organization; a named
 * identity policy may be inline, which has no ARN, and boundaries and session policies have no name
 * in the scenario, so those messages keep the type alone.
 */
export function denyingPolicyArn(
  scenario: Pick<Scenario, 'organization' | 'accounts'>,
  callerArn: string,
  denyKind: PolicyKind | null,
  deciding: readonly DecidingRef[],
): string | null {
  if (denyKind !== 'scp' && denyKind !== 'rcp') return null;
  const org = scenario.organization;
  const management = scenario.accounts.find((a) => a.managementAccount);
  const caller = accountOf(callerArn);
  const inOrg = scenario.accounts.some((a) => a.id === caller && a.parent !== undefined);
  const ref = deciding.find((d) => d.document.startsWith(`${denyKind}:`));
  if (!org?.id || !management || !inOrg || !ref) return null;
  const type = denyKind === 'scp' ? 'service_control_policy' : 'resource_control_policy';
  const id = ref.document.slice(denyKind.length + 1);
  return `arn:aws:organizations::${management.id}:policy/${org.id}/${type}/${id}`;
}

/**
 * NotFoundException texts as KMS words them (S45): a key ARN, or a well-formed key id the engine
 * looked up in the caller's account and Region, that names no key is "Key '<key ARN>' does not
 * exist"; an alias is "Alias <alias ARN> is not found."; a KeyId that is not a key id, key ARN,
 * alias name or alias ARN is "Invalid keyId <value>".
 */
export const keyNotFound = (keyArn: string): string => `Key '${keyArn}' does not exist`;
export const aliasNotFound = (aliasArn: string): string => `Alias ${aliasArn} is not found.`;
export const invalidKeyId = (typed: string): string => `Invalid keyId ${typed}`;

/** A key id as KMS makes them: a UUID, or mrk- and 32 hex digits for multi-Region keys. */
const KEY_ID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;

/**
 * The NotFoundException text for a KeyId that names nothing, in any of its forms: a key or alias
 * ARN as given, a key id or alias name expanded with the caller's account and Region (when known).
 */
export function keyIdNotFound(typed: string, account: string | null, region: string): string {
  if (/^arn:aws[a-z-]*:kms:[^:]*:\d{12}:alias\//.test(typed)) return aliasNotFound(typed);
  if (typed.startsWith('arn:')) return keyNotFound(typed);
  const at = (resource: string) =>
    account ? `arn:aws:kms:${region}:${account}:${resource}` : resource;
  if (typed.startsWith('alias/')) return aliasNotFound(at(typed));
  return KEY_ID.test(typed) ? keyNotFound(at(`key/${typed}`)) : invalidKeyId(typed);
}

/** A27: Decrypt whose ciphertext names a key the caller cannot use. */
export const CIPHERTEXT_DENIED =
  'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';

/** S35: the lockout safety check's observed message. */
export const LOCKOUT_MESSAGE =
  'The new key policy will not allow you to update the key policy in the future.';
