/**
 * The KMS API parameters the builder offers per operation, in AWS's spelling, with the input each
 * needs. Only parameters the engine reads (for condition keys or checks) are listed; anything else
 * can still be written in the request's JSON.
 */

/** How a parameter is edited. */
export type ParamKind =
  | { type: 'text'; placeholder?: string }
  | { type: 'number'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'choice'; options: readonly string[] }
  | { type: 'key' }
  | { type: 'principal' }
  | { type: 'pairs' }
  | { type: 'list' }
  | { type: 'tags' }
  | { type: 'grantOperations' }
  | { type: 'constraints' }
  | { type: 'ciphertext' }
  | { type: 'policy' }
  | { type: 'grantId' }
  | { type: 'grantToken' };

/** One parameter of one operation. */
export interface ParamSpec {
  /** Parameter name as the KMS API spells it. */
  name: string;
  /** Label shown to the user, when it differs from the name. */
  label?: string;
  kind: ParamKind;
  /** One line of help. */
  hint?: string;
}

const choice = (options: readonly string[]): ParamKind => ({ type: 'choice', options });

const ENCRYPTION_ALGORITHMS = choice([
  'SYMMETRIC_DEFAULT',
  'RSAES_OAEP_SHA_1',
  'RSAES_OAEP_SHA_256',
  'SM2PKE',
]);
// prettier-ignore
const SIGNING_ALGORITHMS = choice(['RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512', 'RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512', 'ECDSA_SHA_256', 'ECDSA_SHA_384', 'ECDSA_SHA_512', 'SM2DSA', 'ML_DSA_SHAKE_256']);
const MAC_ALGORITHMS = choice(['HMAC_SHA_224', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512']);
// prettier-ignore
const KEY_PAIR_SPECS = choice(['RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'SM2']);
// prettier-ignore
const KEY_SPECS = choice(['SYMMETRIC_DEFAULT', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512', 'SM2']);

const encAlg: ParamSpec = {
  name: 'EncryptionAlgorithm',
  label: 'Encryption algorithm',
  kind: ENCRYPTION_ALGORITHMS,
};
const ciphertext: ParamSpec = {
  name: 'CiphertextBlob',
  label: 'Ciphertext made with',
  kind: { type: 'ciphertext' },
  hint: 'KMS finds the key from the ciphertext, and its encryption context must match.',
};
const dataKeySpec: ParamSpec = { name: 'KeySpec', kind: choice(['AES_256', 'AES_128']) };
const keyPairSpec: ParamSpec = { name: 'KeyPairSpec', kind: KEY_PAIR_SPECS };
const signing: ParamSpec[] = [
  { name: 'SigningAlgorithm', kind: SIGNING_ALGORITHMS },
  { name: 'MessageType', kind: choice(['RAW', 'DIGEST']) },
];
const mac: ParamSpec[] = [{ name: 'MacAlgorithm', kind: MAC_ALGORITHMS }];
const grantId: ParamSpec = { name: 'GrantId', kind: { type: 'grantId' } };
const tags: ParamSpec = { name: 'Tags', kind: { type: 'tags' } };
const bypass: ParamSpec = {
  name: 'BypassPolicyLockoutSafetyCheck',
  label: 'Bypass the policy lockout safety check',
  kind: { type: 'boolean' },
};
const aliasName: ParamSpec = {
  name: 'AliasName',
  kind: { type: 'text', placeholder: 'alias/example' },
};

const SPECS: Record<string, ParamSpec[]> = {
  Encrypt: [encAlg],
  Decrypt: [ciphertext, encAlg],
  ReEncrypt: [
    ciphertext,
    { name: 'DestinationKeyId', label: 'Destination key', kind: { type: 'key' } },
    {
      name: 'DestinationEncryptionContext',
      label: 'Destination encryption context',
      kind: { type: 'pairs' },
    },
    { name: 'SourceEncryptionAlgorithm', label: 'Source algorithm', kind: ENCRYPTION_ALGORITHMS },
    {
      name: 'DestinationEncryptionAlgorithm',
      label: 'Destination algorithm',
      kind: ENCRYPTION_ALGORITHMS,
    },
  ],
  GenerateDataKey: [dataKeySpec],
  GenerateDataKeyWithoutPlaintext: [dataKeySpec],
  GenerateDataKeyPair: [keyPairSpec],
  GenerateDataKeyPairWithoutPlaintext: [keyPairSpec],
  Sign: signing,
  Verify: signing,
  GenerateMac: mac,
  VerifyMac: mac,
  DeriveSharedSecret: [{ name: 'KeyAgreementAlgorithm', kind: choice(['ECDH']) }],
  CreateGrant: [
    { name: 'Operations', label: 'Operations the grant allows', kind: { type: 'grantOperations' } },
    { name: 'GranteePrincipal', label: 'Grantee principal', kind: { type: 'principal' } },
    { name: 'RetiringPrincipal', label: 'Retiring principal', kind: { type: 'principal' } },
    { name: 'Constraints', label: 'Encryption-context constraint', kind: { type: 'constraints' } },
  ],
  RetireGrant: [grantId, { name: 'GrantToken', kind: { type: 'grantToken' } }],
  RevokeGrant: [grantId],
  ScheduleKeyDeletion: [
    {
      name: 'PendingWindowInDays',
      label: 'Pending window (days)',
      kind: { type: 'number', min: 7, max: 30 },
    },
  ],
  PutKeyPolicy: [{ name: 'Policy', label: 'New key policy', kind: { type: 'policy' } }, bypass],
  CreateKey: [
    { name: 'KeySpec', kind: KEY_SPECS },
    {
      name: 'KeyUsage',
      kind: choice(['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT']),
    },
    { name: 'Origin', kind: choice(['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE']) },
    { name: 'MultiRegion', label: 'Multi-Region key', kind: { type: 'boolean' } },
    bypass,
    tags,
  ],
  EnableKeyRotation: [
    {
      name: 'RotationPeriodInDays',
      label: 'Rotation period (days)',
      kind: { type: 'number', min: 90, max: 2560 },
    },
  ],
  TagResource: [tags],
  UntagResource: [{ name: 'TagKeys', label: 'Tag keys', kind: { type: 'list' } }],
  ReplicateKey: [{ name: 'ReplicaRegion', kind: { type: 'text', placeholder: 'eu-west-1' } }],
  UpdatePrimaryRegion: [
    { name: 'PrimaryRegion', kind: { type: 'text', placeholder: 'eu-west-1' } },
  ],
  GetParametersForImport: [
    {
      name: 'WrappingAlgorithm',
      kind: choice([
        'RSAES_OAEP_SHA_1',
        'RSAES_OAEP_SHA_256',
        'RSA_AES_KEY_WRAP_SHA_1',
        'RSA_AES_KEY_WRAP_SHA_256',
        'SM2PKE',
      ]),
    },
    { name: 'WrappingKeySpec', kind: choice(['RSA_2048', 'RSA_3072', 'RSA_4096', 'SM2']) },
  ],
  ImportKeyMaterial: [
    {
      name: 'ExpirationModel',
      kind: choice(['KEY_MATERIAL_EXPIRES', 'KEY_MATERIAL_DOES_NOT_EXPIRE']),
    },
    { name: 'ValidTo', label: 'Valid to (Unix seconds)', kind: { type: 'number', min: 0 } },
  ],
  CreateAlias: [aliasName, { name: 'TargetKeyId', label: 'Target key', kind: { type: 'key' } }],
  UpdateAlias: [aliasName, { name: 'TargetKeyId', label: 'New target key', kind: { type: 'key' } }],
  DeleteAlias: [aliasName],
};

/** The parameters the builder offers for an API operation (none for most management calls). */
export function paramsOf(api: string): readonly ParamSpec[] {
  return SPECS[api] ?? [];
}
