/**
 * The `aws kms` commands the console knows, with their real option names (AWS CLI v2 command
 * reference, `aws kms <command>`). Each option's value type says how its text becomes JSON.
 */

/** One command: its API operation, options (required first) and a one-line description. */
export interface CommandSpec {
  operation: string;
  required: string[];
  optional: string[];
  summary: string;
}

const c = (operation: string, summary: string, required: string[], optional: string[] = []) => ({
  operation,
  summary,
  required,
  optional,
});

/** The commands, by CLI name. */
export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  'create-key': c(
    'CreateKey',
    "Creates a KMS key in the caller's account and Region.",
    [],
    [
      'policy',
      'description',
      'key-usage',
      'key-spec',
      'origin',
      'bypass-policy-lockout-safety-check',
      'tags',
      'multi-region',
    ],
  ),
  'describe-key': c(
    'DescribeKey',
    'Provides detailed information about a KMS key.',
    ['key-id'],
    ['grant-tokens'],
  ),
  'list-keys': c('ListKeys', "Gets a list of all KMS keys in the caller's account and Region.", []),
  'get-key-policy': c(
    'GetKeyPolicy',
    'Gets the key policy of a KMS key.',
    ['key-id'],
    ['policy-name'],
  ),
  'put-key-policy': c(
    'PutKeyPolicy',
    'Attaches a key policy to a KMS key.',
    ['key-id', 'policy'],
    ['policy-name', 'bypass-policy-lockout-safety-check'],
  ),
  'enable-key': c('EnableKey', 'Sets the key state of a KMS key to Enabled.', ['key-id']),
  'disable-key': c('DisableKey', 'Sets the state of a KMS key to Disabled.', ['key-id']),
  'update-key-description': c('UpdateKeyDescription', 'Updates the description of a KMS key.', [
    'key-id',
    'description',
  ]),
  'schedule-key-deletion': c(
    'ScheduleKeyDeletion',
    'Schedules the deletion of a KMS key (7-30 days).',
    ['key-id'],
    ['pending-window-in-days'],
  ),
  'cancel-key-deletion': c(
    'CancelKeyDeletion',
    'Cancels the deletion of a KMS key; the key is then Disabled.',
    ['key-id'],
  ),
  'delete-imported-key-material': c(
    'DeleteImportedKeyMaterial',
    'Deletes imported key material; the key becomes PendingImport.',
    ['key-id'],
  ),
  'enable-key-rotation': c(
    'EnableKeyRotation',
    'Enables automatic rotation of the key material.',
    ['key-id'],
    ['rotation-period-in-days'],
  ),
  'disable-key-rotation': c(
    'DisableKeyRotation',
    'Disables automatic rotation of the key material.',
    ['key-id'],
  ),
  'get-key-rotation-status': c(
    'GetKeyRotationStatus',
    'Tells whether automatic rotation is enabled.',
    ['key-id'],
  ),
  'rotate-key-on-demand': c('RotateKeyOnDemand', 'Rotates the key material immediately.', [
    'key-id',
  ]),
  'list-key-rotations': c('ListKeyRotations', 'Lists completed key rotations.', ['key-id']),
  'create-alias': c('CreateAlias', 'Creates a friendly name for a KMS key.', [
    'alias-name',
    'target-key-id',
  ]),
  'update-alias': c('UpdateAlias', 'Associates an existing alias with a different KMS key.', [
    'alias-name',
    'target-key-id',
  ]),
  'delete-alias': c('DeleteAlias', 'Deletes an alias.', ['alias-name']),
  'list-aliases': c(
    'ListAliases',
    "Gets a list of aliases in the caller's account and Region.",
    [],
    ['key-id'],
  ),
  'tag-resource': c('TagResource', 'Adds or edits tags on a KMS key.', ['key-id', 'tags']),
  'untag-resource': c('UntagResource', 'Deletes tags from a KMS key.', ['key-id', 'tag-keys']),
  'list-resource-tags': c('ListResourceTags', 'Returns all tags on a KMS key.', ['key-id']),
  'create-grant': c(
    'CreateGrant',
    'Adds a grant to a KMS key.',
    ['key-id', 'grantee-principal', 'operations'],
    ['retiring-principal', 'constraints', 'grant-tokens', 'name'],
  ),
  'list-grants': c(
    'ListGrants',
    'Gets a list of all grants for a KMS key.',
    ['key-id'],
    ['grant-id', 'grantee-principal'],
  ),
  'list-retirable-grants': c(
    'ListRetirableGrants',
    'Lists grants the given principal can retire.',
    ['retiring-principal'],
  ),
  'retire-grant': c(
    'RetireGrant',
    'Deletes a grant; called by its retiring principal or grantee.',
    [],
    ['grant-token', 'key-id', 'grant-id'],
  ),
  'revoke-grant': c('RevokeGrant', 'Deletes the specified grant.', ['key-id', 'grant-id']),
  encrypt: c(
    'Encrypt',
    'Encrypts up to 4096 bytes of plaintext under a KMS key.',
    ['key-id', 'plaintext'],
    ['encryption-context', 'grant-tokens'],
  ),
  decrypt: c(
    'Decrypt',
    'Decrypts ciphertext that was encrypted by a KMS key.',
    ['ciphertext-blob'],
    ['key-id', 'encryption-context', 'grant-tokens'],
  ),
  're-encrypt': c(
    'ReEncrypt',
    'Decrypts ciphertext and re-encrypts it under another KMS key, inside KMS.',
    ['ciphertext-blob', 'destination-key-id'],
    [
      'source-key-id',
      'source-encryption-context',
      'destination-encryption-context',
      'grant-tokens',
    ],
  ),
  'generate-data-key': c(
    'GenerateDataKey',
    'Returns a unique data key, in plaintext and encrypted under a KMS key.',
    ['key-id'],
    ['key-spec', 'number-of-bytes', 'encryption-context', 'grant-tokens'],
  ),
  'generate-data-key-without-plaintext': c(
    'GenerateDataKeyWithoutPlaintext',
    'Returns an encrypted data key only.',
    ['key-id'],
    ['key-spec', 'number-of-bytes', 'encryption-context', 'grant-tokens'],
  ),
  'generate-data-key-pair': c(
    'GenerateDataKeyPair',
    'Returns a key pair; its private key also encrypted under a symmetric KMS key.',
    ['key-id', 'key-pair-spec'],
    ['encryption-context', 'grant-tokens'],
  ),
  'generate-data-key-pair-without-plaintext': c(
    'GenerateDataKeyPairWithoutPlaintext',
    'Returns a public key and its private key encrypted under a symmetric KMS key.',
    ['key-id', 'key-pair-spec'],
    ['encryption-context', 'grant-tokens'],
  ),
  sign: c(
    'Sign',
    'Creates a digital signature with the private key of an asymmetric KMS key.',
    ['key-id', 'message', 'signing-algorithm'],
    ['message-type', 'grant-tokens'],
  ),
  verify: c(
    'Verify',
    'Verifies a digital signature made by an asymmetric KMS key.',
    ['key-id', 'message', 'signature', 'signing-algorithm'],
    ['message-type', 'grant-tokens'],
  ),
  'generate-mac': c(
    'GenerateMac',
    'Generates an HMAC for a message with an HMAC KMS key.',
    ['message', 'key-id', 'mac-algorithm'],
    ['grant-tokens'],
  ),
  'verify-mac': c(
    'VerifyMac',
    'Verifies an HMAC made with an HMAC KMS key.',
    ['message', 'key-id', 'mac-algorithm', 'mac'],
    ['grant-tokens'],
  ),
  'replicate-key': c(
    'ReplicateKey',
    'Replicates a multi-Region primary key into another Region.',
    ['key-id', 'replica-region'],
    ['policy', 'bypass-policy-lockout-safety-check', 'description', 'tags'],
  ),
};

/** Options every command accepts (AWS CLI global options the simulator honours or ignores). */
export const GLOBAL_OPTIONS = ['profile', 'region', 'output', 'cli-binary-format'];

/** `key-id` → `KeyId`: the API parameter name of an option. */
export const paramName = (option: string): string =>
  option
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
