/**
 * The condition keys a KMS request can carry: the AWS KMS keys (S4 "AWS KMS condition keys", newer
 * ones from S42 Service Authorization Reference and S43) and the AWS global keys (S39 "AWS global
 * condition context keys"; S5/S36 for how KMS uses them). Descriptions are our own words.
 */

/** Value type of a condition key, as the AWS key tables name it. */
export type ConditionKeyType = 'String' | 'Numeric' | 'Date' | 'Bool' | 'ARN' | 'IP' | 'Binary';

/** Marker in {@link ConditionKeyInfo.operations}: every operation authorized against a key. */
export const KEY_RESOURCE_OPS = 'keyResourceOps';

/** One condition key, or one family of keys sharing a prefix (`aws:PrincipalTag/<k>`). */
export interface ConditionKeyInfo {
  /** Canonical spelling; for a family the prefix, e.g. `kms:EncryptionContext:`. */
  name: string;
  /** True when `name` is a prefix followed by a user-chosen part. */
  prefix?: boolean;
  /** Value type. */
  type: ConditionKeyType;
  /** True for keys whose value is a list (need ForAnyValue/ForAllValues; S31). */
  multiValued: boolean;
  /**
   * KMS operations (no `kms:` prefix) whose requests carry the key; {@link KEY_RESOURCE_OPS} stands
   * for {@link KEY_RESOURCE_OPERATIONS}. Absent: any operation may carry it.
   */
  operations?: readonly string[];
  /** False when KMS rejects the key in a key policy (S40 ABAC; S44). */
  keyPolicyAllowed: boolean;
  /** One line, our own words. */
  description: string;
  /** Source tag of kms-semantics.md section 5. */
  source: string;
}

/** KMS operations authorized against a particular KMS key (S15 permissions reference, Resources column). */
// prettier-ignore
export const KEY_RESOURCE_OPERATIONS: readonly string[] = [
  'Encrypt', 'Decrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext',
  'Sign', 'Verify', 'GenerateMac', 'VerifyMac', 'DeriveSharedSecret', 'DescribeKey', 'GetPublicKey',
  'CreateGrant', 'RetireGrant', 'RevokeGrant', 'ListGrants', 'GetKeyRotationStatus', 'GetKeyPolicy',
  'ListKeyPolicies', 'PutKeyPolicy', 'EnableKey', 'DisableKey', 'ScheduleKeyDeletion',
  'CancelKeyDeletion', 'EnableKeyRotation', 'DisableKeyRotation', 'ListKeyRotations',
  'RotateKeyOnDemand', 'ImportKeyMaterial', 'DeleteImportedKeyMaterial', 'GetParametersForImport',
  'TagResource', 'UntagResource', 'ListResourceTags', 'UpdateKeyDescription', 'ReplicateKey',
  'UpdatePrimaryRegion', 'CreateAlias', 'UpdateAlias', 'DeleteAlias',
];

// prettier-ignore
const ENCRYPTION_CONTEXT_OPS = [
  'CreateGrant', 'Encrypt', 'Decrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext',
];
const SYMMETRIC_CRYPTO_OPS = ENCRYPTION_CONTEXT_OPS.slice(1);
const CRYPTO_OPS = [
  ...SYMMETRIC_CRYPTO_OPS,
  'Sign',
  'Verify',
  'GenerateMac',
  'VerifyMac',
  'DeriveSharedSecret',
];
const CUSTOM_KEY_STORE_OPS = [
  'CreateCustomKeyStore',
  'ConnectCustomKeyStore',
  'DeleteCustomKeyStore',
  'DescribeCustomKeyStores',
  'DisconnectCustomKeyStore',
  'UpdateCustomKeyStore',
];
const KEY_PROPERTY_OPS = ['CreateKey', KEY_RESOURCE_OPS];

// prettier-ignore
type Row = [name: string, type: ConditionKeyType, multi: boolean, ops: readonly string[] | undefined, description: string, keyPolicyAllowed?: boolean];

function rows(source: string, list: Row[]): ConditionKeyInfo[] {
  return list.map(([name, type, multiValued, operations, description, keyPolicyAllowed = true]) => {
    // A name ending in `/` or `:` is a family: the user picks the rest (tag key, context key).
    const prefix = name.endsWith('/') || name.endsWith(':');
    return {
      name,
      ...(prefix ? { prefix } : {}),
      type,
      multiValued,
      ...(operations ? { operations } : {}),
      keyPolicyAllowed,
      description,
      source,
    };
  });
}

// S4 "AWS KMS condition keys" (table 2.7 of kms-semantics.md).
// prettier-ignore
const KMS_KEYS = rows('S4', [
  ['kms:BypassPolicyLockoutSafetyCheck', 'Bool', false, ['CreateKey', 'PutKeyPolicy'], 'Whether the request skips the policy lockout safety check.'],
  ['kms:CallerAccount', 'String', false, [KEY_RESOURCE_OPS, ...CUSTOM_KEY_STORE_OPS], 'Account id of the caller.'],
  ['kms:CustomerMasterKeySpec', 'String', false, KEY_PROPERTY_OPS, 'Deprecated name of kms:KeySpec.'],
  ['kms:CustomerMasterKeyUsage', 'String', false, KEY_PROPERTY_OPS, 'Deprecated name of kms:KeyUsage.'],
  ['kms:DataKeyPairSpec', 'String', false, ['GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext'], 'Key pair spec asked for in a data key pair request.'],
  ['kms:EncryptionAlgorithm', 'String', false, SYMMETRIC_CRYPTO_OPS, 'Encryption algorithm used by the request.'],
  ['kms:EncryptionContext:', 'String', false, ENCRYPTION_CONTEXT_OPS, 'Value of one encryption-context pair, named after the colon.'],
  ['kms:EncryptionContextKeys', 'String', true, ENCRYPTION_CONTEXT_OPS, 'Keys of the request encryption context.'],
  ['kms:ExpirationModel', 'String', false, ['ImportKeyMaterial'], 'Whether imported key material expires.'],
  ['kms:GrantConstraintType', 'String', false, ['CreateGrant'], 'Kind of encryption-context constraint in the new grant.'],
  ['kms:GrantIsForAWSResource', 'Bool', false, ['CreateGrant', 'ListGrants', 'RevokeGrant'], 'True when an integrated AWS service makes the grant call for the caller.'],
  ['kms:GrantOperations', 'String', true, ['CreateGrant'], 'Operations the new grant would allow.'],
  ['kms:GranteePrincipal', 'String', false, ['CreateGrant'], 'Grantee principal of the new grant.'],
  ['kms:KeyOrigin', 'String', false, KEY_PROPERTY_OPS, 'Origin of the key material.'],
  ['kms:KeySpec', 'String', false, KEY_PROPERTY_OPS, 'Key spec of the key.'],
  ['kms:KeyUsage', 'String', false, KEY_PROPERTY_OPS, 'Key usage of the key.'],
  ['kms:MacAlgorithm', 'String', false, ['GenerateMac', 'VerifyMac'], 'MAC algorithm of the request.'],
  ['kms:MessageType', 'String', false, ['Sign', 'Verify'], 'Whether the message is RAW or a DIGEST.'],
  ['kms:MultiRegion', 'Bool', false, KEY_PROPERTY_OPS, 'Whether the key is a multi-Region key.'],
  ['kms:MultiRegionKeyType', 'String', false, KEY_PROPERTY_OPS, 'PRIMARY or REPLICA, for multi-Region keys only.'],
  ['kms:PrimaryRegion', 'String', false, ['UpdatePrimaryRegion'], 'Region that would become the primary.'],
  ['kms:ReEncryptOnSameKey', 'Bool', false, ['ReEncryptFrom', 'ReEncryptTo'], 'Whether source and destination key are the same.'],
  ['kms:ReplicaRegion', 'String', false, ['ReplicateKey'], 'Region the replica key would be created in.'],
  ['kms:RequestAlias', 'String', false, [...CRYPTO_OPS, 'DescribeKey', 'GetPublicKey'], 'Alias name the caller used to name the key.'],
  ['kms:ResourceAliases', 'String', true, [KEY_RESOURCE_OPS], 'Aliases of the key (IAM policies only).', false],
  ['kms:RetiringPrincipal', 'String', false, ['CreateGrant'], 'Retiring principal of the new grant.'],
  ['kms:RotationPeriodInDays', 'Numeric', false, ['EnableKeyRotation'], 'Rotation period asked for, in days.'],
  ['kms:ScheduleKeyDeletionPendingWindowInDays', 'Numeric', false, ['ScheduleKeyDeletion'], 'Waiting period before deletion, in days.'],
  ['kms:SigningAlgorithm', 'String', false, ['Sign', 'Verify'], 'Signing algorithm of the request.'],
  ['kms:ValidTo', 'Numeric', false, ['ImportKeyMaterial'], 'Expiry of imported key material, Unix seconds (Numeric operators).'],
  ['kms:ViaService', 'String', false, [KEY_RESOURCE_OPS], 'AWS service that called KMS with the caller\'s credentials.'],
  ['kms:WrappingAlgorithm', 'String', false, ['GetParametersForImport'], 'Wrapping algorithm for importing key material.'],
  ['kms:WrappingKeySpec', 'String', false, ['GetParametersForImport'], 'Spec of the public wrapping key.'],
]);

// Newer keys: S42 Service Authorization Reference, S43 grant authorization page.
// prettier-ignore
const KMS_NEWER_KEYS = rows('S42', [
  ['kms:KeyAgreementAlgorithm', 'String', false, ['DeriveSharedSecret'], 'Key agreement algorithm of the request.'],
  ['kms:GrantConstraintSourceArn', 'ARN', false, ['CreateGrant'], 'Source ARN constraint of a grant to a service principal.'],
  ['kms:GranteeServicePrincipal', 'String', false, ['CreateGrant'], 'Service principal that would receive the grant.'],
  ['kms:RetiringServicePrincipal', 'String', false, ['CreateGrant'], 'Service principal that could retire the grant.'],
  ['kms:RecipientAttestation:', 'String', false, ['Decrypt', 'DeriveSharedSecret', 'GenerateDataKey', 'GenerateDataKeyPair', 'GenerateRandom'], 'Nitro Enclaves attestation value (ImageSha384, PCRn, NitroTPMPCRn).'],
  ['kms:TrailingDaysWithoutKeyUsage', 'Numeric', false, ['DisableKey', 'ScheduleKeyDeletion'], 'Days since the key was last used.'],
]);

const TAG_OPS = ['CreateKey', 'TagResource'];

// S39 "AWS global condition context keys" (and S36/S5 for the network keys KMS documents).
// prettier-ignore
const GLOBAL_KEYS = rows('S39', [
  ['aws:PrincipalArn', 'ARN', false, undefined, 'ARN of the caller; the role ARN for role sessions.'],
  ['aws:PrincipalAccount', 'String', false, undefined, 'Account id of the caller.'],
  ['aws:PrincipalOrgID', 'String', false, undefined, 'Organization id of the caller\'s account.'],
  ['aws:PrincipalOrgPaths', 'String', true, undefined, 'Organization paths of the caller\'s account.'],
  ['aws:PrincipalTag/', 'String', false, undefined, 'A tag on the calling user or role (session tags too).'],
  ['aws:PrincipalIsAWSService', 'Bool', false, undefined, 'True when the caller is an AWS service principal.'],
  ['aws:PrincipalServiceName', 'String', false, undefined, 'Service principal name of a service caller.'],
  ['aws:PrincipalServiceNamesList', 'String', true, undefined, 'All names of a service caller.'],
  ['aws:PrincipalType', 'String', false, undefined, 'Kind of caller: User, AssumedRole, Account, FederatedUser.'],
  ['aws:userid', 'String', false, undefined, 'Unique id of the caller.'],
  ['aws:username', 'String', false, undefined, 'IAM user name; absent for roles and the root user.'],
  ['aws:AssumedRoot', 'Bool', false, undefined, 'True for sessions created with AssumeRoot.'],
  ['aws:FederatedProvider', 'String', false, undefined, 'Identity provider that issued the caller\'s federation token.'],
  ['aws:TokenIssueTime', 'Date', false, undefined, 'When the temporary credentials were issued.'],
  ['aws:MultiFactorAuthAge', 'Numeric', false, undefined, 'Seconds since MFA authentication.'],
  ['aws:MultiFactorAuthPresent', 'Bool', false, undefined, 'Whether temporary credentials were obtained with MFA.'],
  ['aws:ChatbotSourceArn', 'ARN', false, undefined, 'Chat channel configuration that made the call.'],
  ['aws:Ec2InstanceSourceVpc', 'String', false, undefined, 'VPC of the EC2 instance whose role credentials are used.'],
  ['aws:Ec2InstanceSourcePrivateIPv4', 'IP', false, undefined, 'Private IPv4 of the EC2 instance whose role credentials are used.'],
  ['aws:SourceIdentity', 'String', false, undefined, 'Source identity set on the role session.'],
  ['aws:SourceIp', 'IP', false, undefined, 'IP address of the requester (absent through a VPC endpoint).'],
  ['aws:SourceVpc', 'String', false, undefined, 'VPC the request came from through an endpoint.'],
  ['aws:SourceVpcArn', 'ARN', false, undefined, 'ARN of the VPC the request came from through an endpoint.'],
  ['aws:SourceVpce', 'String', false, undefined, 'VPC endpoint the request came through.'],
  ['aws:VpceAccount', 'String', false, undefined, 'Account that owns the VPC endpoint.'],
  ['aws:VpceOrgID', 'String', false, undefined, 'Organization of the VPC endpoint owner.'],
  ['aws:VpceOrgPaths', 'String', true, undefined, 'Organization paths of the VPC endpoint owner.'],
  ['aws:VpcSourceIp', 'IP', false, undefined, 'IP address of the requester inside the VPC.'],
  ['aws:ResourceAccount', 'String', false, undefined, 'Account that owns the key.'],
  ['aws:ResourceOrgID', 'String', false, undefined, 'Organization of the key owner.'],
  ['aws:ResourceOrgPaths', 'String', true, undefined, 'Organization paths of the key owner.'],
  ['aws:ResourceTag/', 'String', false, [KEY_RESOURCE_OPS], 'A tag on the key (IAM policies only).', false],
  ['aws:CalledVia', 'String', true, undefined, 'Services that made the call chain on the caller\'s behalf.'],
  ['aws:CalledViaFirst', 'String', false, undefined, 'First service in aws:CalledVia.'],
  ['aws:CalledViaLast', 'String', false, undefined, 'Last service in aws:CalledVia.'],
  ['aws:ViaAWSService', 'Bool', false, undefined, 'True when a service uses the caller\'s credentials.'],
  ['aws:CurrentTime', 'Date', false, undefined, 'Time of the request.'],
  ['aws:EpochTime', 'Date', false, undefined, 'Time of the request in epoch seconds.'],
  ['aws:referer', 'String', false, undefined, 'HTTP referer of the request.'],
  ['aws:RequestedRegion', 'String', false, undefined, 'Region the request was sent to.'],
  ['aws:RequestTag/', 'String', false, TAG_OPS, 'A tag passed in the request.'],
  ['aws:TagKeys', 'String', true, [...TAG_OPS, 'UntagResource'], 'Tag keys passed in the request.'],
  ['aws:SecureTransport', 'Bool', false, undefined, 'Whether the request used TLS.'],
  ['aws:SourceAccount', 'String', false, undefined, 'Account of the resource a service principal acts for.'],
  ['aws:SourceArn', 'ARN', false, undefined, 'ARN of the resource a service principal acts for.'],
  ['aws:SourceOrgID', 'String', false, undefined, 'Organization of the resource a service principal acts for.'],
  ['aws:SourceOrgPaths', 'String', true, undefined, 'Organization paths of that resource.'],
  ['aws:UserAgent', 'String', false, undefined, 'Client user agent.'],
  // Cross-service global keys (S39): set by other services, usable in any policy.
  ['ec2:RoleDelivery', 'Numeric', false, undefined, 'Instance metadata service version that delivered role credentials.'],
  ['ec2:SourceInstanceArn', 'ARN', false, undefined, 'EC2 instance whose role credentials are used.'],
  ['glue:RoleAssumedBy', 'String', false, undefined, 'Service that assumed the role for AWS Glue.'],
  ['glue:CredentialIssuingService', 'String', false, undefined, 'Service that issued AWS Glue credentials.'],
  ['lambda:SourceFunctionArn', 'ARN', false, undefined, 'Lambda function whose execution role is used.'],
  ['ssm:SourceInstanceArn', 'ARN', false, undefined, 'Systems Manager managed instance whose credentials are used.'],
  ['identitystore:UserId', 'String', false, undefined, 'IAM Identity Center user id of the caller.'],
]);

/** Every catalogued key and family. */
export const CONDITION_KEYS: readonly ConditionKeyInfo[] = [
  ...KMS_KEYS,
  ...KMS_NEWER_KEYS,
  ...GLOBAL_KEYS,
];

const EXACT = new Map<string, ConditionKeyInfo>();
const PREFIXES: { lower: string; info: ConditionKeyInfo }[] = [];
for (const info of CONDITION_KEYS) {
  if (info.prefix) PREFIXES.push({ lower: info.name.toLowerCase(), info });
  else EXACT.set(info.name.toLowerCase(), info);
}

/**
 * Finds a condition key, case-insensitively (S30: key names are case-insensitive); prefixed
 * families (`aws:PrincipalTag/<k>`, `kms:EncryptionContext:<k>`, ...) need a non-empty suffix.
 *
 * @returns the catalogue entry, or undefined for a key KMS requests never carry
 */
export function lookupConditionKey(name: string): ConditionKeyInfo | undefined {
  const lower = name.toLowerCase();
  const exact = EXACT.get(lower);
  if (exact) return exact;
  for (const p of PREFIXES)
    if (lower.length > p.lower.length && lower.startsWith(p.lower)) return p.info;
  return undefined;
}

const EXPANDED = new Map<ConditionKeyInfo, Set<string>>();

function operationsOf(info: ConditionKeyInfo): Set<string> | undefined {
  if (!info.operations) return undefined;
  let set = EXPANDED.get(info);
  if (!set) {
    set = new Set();
    for (const op of info.operations) {
      const ops = op === KEY_RESOURCE_OPS ? KEY_RESOURCE_OPERATIONS : [op];
      for (const o of ops) set.add(o.toLowerCase());
    }
    EXPANDED.set(info, set);
  }
  return set;
}

/**
 * Whether a request for `operation` can carry the condition key — for the lint "condition key
 * never applies to this action".
 *
 * @param name - condition key as written in the policy
 * @param operation - `Decrypt` or `kms:Decrypt`; `ReEncrypt` stands for ReEncryptFrom/ReEncryptTo
 * @returns true/false, or `'unknown'` when the key is not catalogued
 */
export function conditionKeyAppliesTo(name: string, operation: string): boolean | 'unknown' {
  const info = lookupConditionKey(name);
  if (!info) return 'unknown';
  const ops = operationsOf(info);
  if (!ops) return true;
  const op = operation.toLowerCase().replace(/^kms:/, '');
  if (op === 'reencrypt') return ops.has('reencryptfrom') || ops.has('reencryptto');
  return ops.has(op);
}
