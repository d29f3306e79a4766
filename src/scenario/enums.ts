import type { Expectation, Key, KeyOrigin, KeyState, KeyUsage, OrganizationPolicy } from './types';

/**
 * The allowed values of every enumerated field. The validator and the JSON Schema both read these
 * lists, so they cannot drift apart, and `allOf` makes a list fail to compile when a union in
 * `types.ts` gains a member that is missing here.
 */

/** `allOf<U>()([...])` accepts a literal list only when it names every member of the union `U`. */
function allOf<U extends string>() {
  return <const L extends readonly U[]>(
    list: L & ([U] extends [L[number]] ? unknown : { missingMembers: Exclude<U, L[number]> }),
  ): L => list;
}

/** Key states (`keys[].state`), default `Enabled`. */
export const KEY_STATES = allOf<KeyState>()([
  'Enabled',
  'Disabled',
  'PendingDeletion',
  'PendingImport',
  'Unavailable',
  'Creating',
  'Updating',
  'PendingReplicaDeletion',
]);

/** Key usages (`keys[].keyUsage`), default `ENCRYPT_DECRYPT`. */
export const KEY_USAGES = allOf<KeyUsage>()([
  'ENCRYPT_DECRYPT',
  'SIGN_VERIFY',
  'GENERATE_VERIFY_MAC',
  'KEY_AGREEMENT',
]);

/** Origins of key material (`keys[].origin`), default `AWS_KMS`. */
export const KEY_ORIGINS = allOf<KeyOrigin>()([
  'AWS_KMS',
  'EXTERNAL',
  'AWS_CLOUDHSM',
  'EXTERNAL_KEY_STORE',
]);

/** Who manages the key (`keys[].keyManager`), default `CUSTOMER`. */
export const KEY_MANAGERS = allOf<Key['keyManager']>()(['CUSTOMER', 'AWS']);

/** Multi-Region key roles (`keys[].multiRegionKeyType`). */
export const MULTI_REGION_KEY_TYPES = allOf<NonNullable<Key['multiRegionKeyType']>>()([
  'PRIMARY',
  'REPLICA',
]);

/** Organization policy types (`organization.policies[].type`). */
export const ORGANIZATION_POLICY_TYPES = allOf<OrganizationPolicy['type']>()(['SCP', 'RCP']);

/** Authorization decisions (`requests[].expect.decision`). */
export const DECISIONS = allOf<NonNullable<Expectation['decision']>>()([
  'Allow',
  'ExplicitDeny',
  'ImplicitDeny',
]);

/**
 * KMS API outcomes (`requests[].expect.outcome`), as listed in the scenario contract. Kept here
 * rather than imported from the engine because `scenario` imports nothing from other layers.
 */
export const OUTCOMES = [
  'Allowed',
  'AccessDeniedException',
  'DisabledException',
  'KMSInvalidStateException',
  'InvalidKeyUsageException',
  'NotFoundException',
  'InvalidGrantTokenException',
  'InvalidCiphertextException',
  'IncorrectKeyException',
  'MalformedPolicyDocumentException',
  'ValidationException',
  'UnsupportedOperationException',
  'NotAuthorizedException',
  'DryRunOperationException',
] as const;
