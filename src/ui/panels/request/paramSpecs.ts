/**
 * The KMS API parameters the builder offers per operation, in AWS's spelling, with the input each
 * needs. Only parameters the engine reads (for condition keys or checks) are listed; anything else
 * can still be written in the request's JSON.
 */
import { API_ENUMS } from '../../../engine/catalog/apiModel';

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

/** The values of one of the API's enums (generated from the SDK, src/engine/catalog/apiModel.ts). */
const apiChoice = (name: string): ParamKind => choice(API_ENUMS[name] ?? []);

const ENCRYPTION_ALGORITHMS = apiChoice('EncryptionAlgorithmSpec');
const SIGNING_ALGORITHMS = apiChoice('SigningAlgorithmSpec');
const MAC_ALGORITHMS = apiChoice('MacAlgorithmSpec');
const KEY_PAIR_SPECS = apiChoice('DataKeyPairSpec');
const KEY_SPECS = apiChoice('KeySpec');

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
const dataKeySpec: ParamSpec = { name: 'KeySpec', kind: apiChoice('DataKeySpec') };
const keyPairSpec: ParamSpec = { name: 'KeyPairSpec', kind: KEY_PAIR_SPECS };
const signing: ParamSpec[] = [
  { name: 'SigningAlgorithm', kind: SIGNING_ALGORITHMS },
  { name: 'MessageType', kind: apiChoice('MessageType') },
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
  DeriveSharedSecret: [
    { name: 'KeyAgreementAlgorithm', kind: apiChoice('KeyAgreementAlgorithmSpec') },
  ],
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
      kind: apiChoice('KeyUsageType'),
    },
    { name: 'Origin', kind: apiChoice('OriginType') },
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
      kind: apiChoice('AlgorithmSpec'),
    },
    { name: 'WrappingKeySpec', kind: apiChoice('WrappingKeySpec') },
  ],
  ImportKeyMaterial: [
    {
      name: 'ExpirationModel',
      kind: apiChoice('ExpirationModelType'),
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
