/**
 * One-line descriptions in our own words, for completions and hovers. The structured facts
 * (which actions exist, their condition keys, key types) come from `serviceReference.json`;
 * condition-key descriptions come from the engine's catalogue, plus the few below it lacks.
 */

/** KMS permissions by name (no `kms:` prefix). */
export const ACTION_DESCRIPTIONS: Readonly<Record<string, string>> = {
  CancelKeyDeletion: 'Stop a scheduled deletion; the key comes back disabled.',
  ConnectCustomKeyStore: 'Connect a custom key store to its CloudHSM cluster or external proxy.',
  CreateAlias: 'Give a key a friendly alias name (needs permission on the alias and the key).',
  CreateCustomKeyStore: 'Create a CloudHSM or external custom key store.',
  CreateGrant: 'Hand some of a key’s operations to another principal through a grant.',
  CreateKey: 'Create a new KMS key; authorized by IAM policies alone (there is no key yet).',
  Decrypt: 'Turn ciphertext back into plaintext with the key that made it.',
  DeleteAlias: 'Remove an alias (needs permission on the alias and the key).',
  DeleteCustomKeyStore: 'Delete a disconnected custom key store that holds no keys.',
  DeleteImportedKeyMaterial: 'Remove imported key material; the key becomes unusable.',
  DeriveSharedSecret: 'Derive an ECDH shared secret from a key-agreement key.',
  DescribeCustomKeyStores: 'List custom key stores and their connection state.',
  DescribeKey: 'Read a key’s metadata: state, spec, usage, origin, creation date.',
  DisableKey: 'Disable a key so cryptographic operations fail until it is enabled.',
  DisableKeyRotation: 'Turn off automatic rotation of key material.',
  DisconnectCustomKeyStore: 'Disconnect a custom key store from its backing cluster or proxy.',
  EnableKey: 'Enable a disabled key.',
  EnableKeyRotation: 'Turn on automatic rotation of key material, optionally with a period.',
  Encrypt: 'Encrypt up to 4 KB of plaintext directly under the key.',
  GenerateDataKey: 'Return a data key in plaintext and encrypted under the key.',
  GenerateDataKeyPair: 'Return an asymmetric data key pair, private key also encrypted.',
  GenerateDataKeyPairWithoutPlaintext:
    'Return a data key pair with only the encrypted private key.',
  GenerateDataKeyWithoutPlaintext: 'Return a data key encrypted under the key, without plaintext.',
  GenerateMac: 'Compute an HMAC tag with an HMAC key.',
  GenerateRandom: 'Return random bytes; no key is involved, so only IAM policies apply.',
  GetKeyLastUsage: 'Read when the key was last used for a cryptographic operation, and which.',
  GetKeyPolicy: 'Read the key policy.',
  GetKeyRotationStatus: 'Read whether automatic rotation is on, and its period.',
  GetParametersForImport: 'Get a wrapping public key and import token for key material.',
  GetPublicKey: 'Download the public half of an asymmetric key.',
  ImportKeyMaterial: 'Import key material into a key created with origin EXTERNAL.',
  ListAliases: 'List alias names in the account (Resource must be "*").',
  ListGrants: 'List the grants on a key.',
  ListKeyPolicies: 'List key policy names (always just "default").',
  ListKeyRotations: 'List past rotations of key material.',
  ListKeys: 'List key ids in the account (Resource must be "*").',
  ListResourceTags: 'List the tags on a key.',
  ListRetirableGrants: 'List grants a principal may retire (Resource must be "*").',
  PutKeyPolicy: 'Replace the key policy; the lockout safety check applies.',
  ReEncryptFrom: 'Decrypt side of ReEncrypt: permission on the source key.',
  ReEncryptTo: 'Encrypt side of ReEncrypt: permission on the destination key.',
  ReplicateKey: 'Create a replica of a multi-Region primary key in another Region.',
  RetireGrant: 'Retire a grant; usually done by its retiring or grantee principal.',
  RevokeGrant: 'Revoke a grant; done by someone with permission on the key.',
  RotateKeyOnDemand: 'Rotate key material now, outside the automatic schedule.',
  ScheduleKeyDeletion: 'Schedule the key for deletion after a 7 to 30 day waiting period.',
  Sign: 'Create a digital signature with an asymmetric signing key.',
  SynchronizeMultiRegionKey:
    "Used by AWS KMS itself to copy a multi-Region primary key's shared properties to its replicas; no API call takes it.",
  TagResource: 'Add or change tags on a key.',
  UntagResource: 'Remove tags from a key.',
  UpdateAlias: 'Point an alias at a different key (needs permission on both keys).',
  UpdateCustomKeyStore: 'Change the settings of a custom key store.',
  UpdateKeyDescription: 'Change the description of a key.',
  UpdatePrimaryRegion: 'Make a replica the primary key of a multi-Region key set.',
  Verify: 'Check a digital signature with an asymmetric signing key.',
  VerifyMac: 'Check an HMAC tag with an HMAC key.',
};

/** Condition keys the reference lists but the engine's catalogue does not describe. */
export const EXTRA_KEY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'aws:CalledViaAWSMCP': 'MCP server of an AWS service that made the call for the caller.',
  'aws:IsMcpServiceAction': 'True when the action is taken through an AWS MCP server.',
  'aws:SourceOwner': 'Account that owns the resource a service principal acts for (older key).',
  'aws:ViaAWSMCPService':
    'True when an AWS MCP server made the call with the caller’s credentials.',
};
