/**
 * KMS API operations and how each is authorized (kms-semantics 2.8; S11 concepts, S14 cross-account,
 * S15 permissions reference, S7 grant operations).
 */
import { OPERATION_ERRORS } from './apiModel';

/** Which key usage an operation needs, checked after authorization (S22 InvalidKeyUsageException). */
export type UsageNeed =
  | 'encrypt' // ENCRYPT_DECRYPT (symmetric or asymmetric)
  | 'symmetricEncrypt' // ENCRYPT_DECRYPT with SYMMETRIC_DEFAULT (data-key operations)
  | 'sign' // SIGN_VERIFY
  | 'mac' // GENERATE_VERIFY_MAC
  | 'agreement' // KEY_AGREEMENT
  | 'asymmetric' // any asymmetric key (GetPublicKey)
  | 'none';

/** Key-state behaviour family (table 2.10 rows). */
export type StateRule =
  | 'crypto'
  | 'always'
  | 'createGrant'
  | 'cancelDeletion'
  | 'notPendingDeletion'
  | 'enableDisable'
  | 'rotation'
  | 'rotationStatus'
  | 'importParams'
  | 'importMaterial'
  | 'deleteImported'
  | 'replicate'
  | 'scheduleDeletion'
  | 'updatePrimary'
  | 'none';

/** One KMS API operation. */
export interface OperationInfo {
  /** API name, e.g. `Decrypt`. */
  name: string;
  /** `crypto` uses a key to protect data; everything else is management (S11). */
  category: 'crypto' | 'management';
  /** Authorized by IAM policies only with `Resource: "*"`: no key involved (S6, S15). */
  keyless: boolean;
  /** May be called on a key in another account (S14). */
  crossAccount: boolean;
  /** May appear in a grant's operations and accepts grant tokens (S7). */
  grantable: boolean;
  /** Takes an encryption context that grant constraints and `kms:EncryptionContext:` see (S8). */
  takesEncryptionContext: boolean;
  /** Key usage needed. */
  usage: UsageNeed;
  /** Key-state family. */
  state: StateRule;
}

const op = (
  name: string,
  category: OperationInfo['category'],
  flags: Partial<Omit<OperationInfo, 'name' | 'category'>>,
): OperationInfo => ({
  name,
  category,
  keyless: false,
  crossAccount: false,
  grantable: false,
  takesEncryptionContext: false,
  usage: 'none',
  state: 'always',
  ...flags,
});

// Cryptographic operations are cross-account capable and grantable (S14, S7).
const crypto = (name: string, usage: UsageNeed, ec: boolean): OperationInfo =>
  op(name, 'crypto', {
    crossAccount: true,
    grantable: true,
    takesEncryptionContext: ec,
    usage,
    state: 'crypto',
  });

const LIST: OperationInfo[] = [
  crypto('Encrypt', 'encrypt', true),
  crypto('Decrypt', 'encrypt', true),
  crypto('ReEncryptFrom', 'encrypt', true),
  crypto('ReEncryptTo', 'encrypt', true),
  crypto('GenerateDataKey', 'symmetricEncrypt', true),
  crypto('GenerateDataKeyWithoutPlaintext', 'symmetricEncrypt', true),
  crypto('GenerateDataKeyPair', 'symmetricEncrypt', true),
  crypto('GenerateDataKeyPairWithoutPlaintext', 'symmetricEncrypt', true),
  crypto('Sign', 'sign', false),
  crypto('Verify', 'sign', false),
  crypto('GenerateMac', 'mac', false),
  crypto('VerifyMac', 'mac', false),
  // A23: DeriveSharedSecret is a cryptographic operation, so it is treated as cross-account capable.
  crypto('DeriveSharedSecret', 'agreement', false),
  op('GenerateRandom', 'crypto', { keyless: true, state: 'none' }),
  op('DescribeKey', 'management', { crossAccount: true, grantable: true }),
  op('GetPublicKey', 'management', {
    crossAccount: true,
    grantable: true,
    usage: 'asymmetric',
    state: 'crypto',
  }),
  // CreateGrant takes the constraint's encryption context for kms:EncryptionContext:* (S4).
  op('CreateGrant', 'management', {
    crossAccount: true,
    grantable: true,
    takesEncryptionContext: true,
    state: 'createGrant',
  }),
  op('RetireGrant', 'management', { crossAccount: true, grantable: true }),
  op('RevokeGrant', 'management', { crossAccount: true }),
  op('ListGrants', 'management', { crossAccount: true }),
  op('GetKeyRotationStatus', 'management', { crossAccount: true, state: 'rotationStatus' }),
  op('GetKeyPolicy', 'management', {}),
  // S53 API_GetKeyLastUsage: "Cross-account use: No"; "Required permissions: kms:GetKeyLastUsage
  // (key policy)"; its errors include no KMSInvalidStateException, so any key state answers.
  op('GetKeyLastUsage', 'management', {}),
  op('ListKeyPolicies', 'management', {}),
  op('PutKeyPolicy', 'management', {}),
  op('EnableKey', 'management', { state: 'enableDisable' }),
  op('DisableKey', 'management', { state: 'enableDisable' }),
  op('ScheduleKeyDeletion', 'management', { state: 'scheduleDeletion' }),
  op('CancelKeyDeletion', 'management', { state: 'cancelDeletion' }),
  op('EnableKeyRotation', 'management', { state: 'rotation' }),
  op('DisableKeyRotation', 'management', { state: 'rotation' }),
  op('ListKeyRotations', 'management', { state: 'rotationStatus' }),
  op('RotateKeyOnDemand', 'management', { state: 'rotation' }),
  op('ImportKeyMaterial', 'management', { state: 'importMaterial' }),
  op('DeleteImportedKeyMaterial', 'management', { state: 'deleteImported' }),
  op('GetParametersForImport', 'management', { state: 'importParams' }),
  op('TagResource', 'management', { state: 'notPendingDeletion' }),
  op('UntagResource', 'management', { state: 'notPendingDeletion' }),
  op('ListResourceTags', 'management', {}),
  op('UpdateKeyDescription', 'management', { state: 'notPendingDeletion' }),
  op('ReplicateKey', 'management', { state: 'replicate' }),
  op('UpdatePrimaryRegion', 'management', { state: 'updatePrimary' }),
  op('CreateAlias', 'management', { state: 'notPendingDeletion' }),
  // S21 key-state table: UpdateAlias fails when the new target key is pending deletion (the
  // current key may be); afterAuthorization checks only the target.
  op('UpdateAlias', 'management', { state: 'notPendingDeletion' }),
  op('DeleteAlias', 'management', {}),
  op('CreateKey', 'management', { keyless: true, state: 'none' }),
  op('ListKeys', 'management', { keyless: true, state: 'none' }),
  op('ListAliases', 'management', { keyless: true, state: 'none' }),
  op('ListRetirableGrants', 'management', { keyless: true, state: 'none' }),
  op('CreateCustomKeyStore', 'management', { keyless: true, state: 'none' }),
  op('ConnectCustomKeyStore', 'management', { keyless: true, state: 'none' }),
  op('DisconnectCustomKeyStore', 'management', { keyless: true, state: 'none' }),
  op('DeleteCustomKeyStore', 'management', { keyless: true, state: 'none' }),
  op('DescribeCustomKeyStores', 'management', { keyless: true, state: 'none' }),
  op('UpdateCustomKeyStore', 'management', { keyless: true, state: 'none' }),
];

/** Every KMS permission (IAM action name without the `kms:` prefix), by lower-cased name. */
export const OPERATIONS: ReadonlyMap<string, OperationInfo> = new Map(
  LIST.map((o) => [o.name.toLowerCase(), o]),
);

/**
 * KMS permissions that no API operation takes: AWS KMS itself uses them. kms:SynchronizeMultiRegionKey
 * is the permission of the AWSServiceRoleForKeyManagementServiceMultiRegionKeys service-linked role,
 * which only mrk.kms.amazonaws.com assumes, to copy a multi-Region primary key's shared properties to
 * its replicas (S54; S42 lists it as a Write action on a key). Policies may name it; no request can.
 */
export const SERVICE_ONLY_ACTIONS: readonly string[] = ['kms:SynchronizeMultiRegionKey'];

/** All IAM action names KMS knows, e.g. `kms:Decrypt` (S42). */
export const KMS_ACTIONS: readonly string[] = [
  ...LIST.map((o) => `kms:${o.name}`),
  ...SERVICE_ONLY_ACTIONS,
];

/** The API operations a user can call (ReEncrypt is one API, two permissions). */
export const API_OPERATIONS: readonly string[] = [
  ...LIST.filter((o) => o.name !== 'ReEncryptFrom' && o.name !== 'ReEncryptTo').map((o) => o.name),
  'ReEncrypt',
].sort();

/**
 * API operations that take the DryRun parameter (S50 "Testing your permissions"): those whose API
 * declares DryRunOperationException (apiModel.ts, generated from the SDK), among the operations the
 * engine decides.
 */
export const DRY_RUN_OPERATIONS: ReadonlySet<string> = new Set(
  API_OPERATIONS.filter((op) => OPERATION_ERRORS[op]?.includes('DryRunOperationException')),
);

const RSA_SIGNING = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
];

/**
 * Signing algorithms per key spec (S22 API_Sign SigningAlgorithm, the SigningAlgorithmSpec enum of
 * the current API; DescribeKey lists the same per key).
 */
export const SIGNING_ALGORITHMS: Readonly<Record<string, readonly string[]>> = {
  RSA_2048: RSA_SIGNING,
  RSA_3072: RSA_SIGNING,
  RSA_4096: RSA_SIGNING,
  ECC_NIST_P256: ['ECDSA_SHA_256'],
  ECC_NIST_P384: ['ECDSA_SHA_384'],
  ECC_NIST_P521: ['ECDSA_SHA_512'],
  ECC_SECG_P256K1: ['ECDSA_SHA_256'],
  ECC_NIST_EDWARDS25519: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'],
  ML_DSA_44: ['ML_DSA_SHAKE_256'],
  ML_DSA_65: ['ML_DSA_SHAKE_256'],
  ML_DSA_87: ['ML_DSA_SHAKE_256'],
  SM2: ['SM2DSA'],
};

/** Encryption algorithms per key spec (S22 API_Encrypt EncryptionAlgorithm). */
export const ENCRYPTION_ALGORITHMS: Readonly<Record<string, readonly string[]>> = {
  SYMMETRIC_DEFAULT: ['SYMMETRIC_DEFAULT'],
  RSA_2048: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'],
  RSA_3072: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'],
  RSA_4096: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'],
  SM2: ['SM2PKE'],
};

/** Grant operations accepted by CreateGrant (S34 GrantOperation enum). */
export const GRANT_OPERATIONS: readonly string[] = LIST.filter((o) => o.grantable).map(
  (o) => o.name,
);

/** Look up an operation by its permission name (case-insensitive, with or without `kms:`). */
export function findOperation(name: string): OperationInfo | undefined {
  const lower = name.toLowerCase();
  return OPERATIONS.get(lower.startsWith('kms:') ? lower.slice(4) : lower);
}
