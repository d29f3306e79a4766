/** Option value types of the `aws kms` commands (AWS CLI v2 command reference). */

/** How an option's text becomes a parameter value. */
export type OptionType =
  | 'string'
  | 'integer'
  | 'flag' // --x / --no-x
  | 'list' // space-separated values
  | 'map' // k=v,k2=v2 (or JSON)
  | 'tags' // TagKey=a,TagValue=b ... (or JSON)
  | 'constraints' // EncryptionContextSubset={k=v} (or JSON)
  | 'blob' // base64 text, fileb://name (raw bytes), or raw text with raw-in-base64-out
  | 'document'; // file://name or literal JSON text

/** Every option's type, by option name without `--`. */
export const OPTION_TYPES: Readonly<Record<string, OptionType>> = {
  'key-id': 'string',
  'alias-name': 'string',
  'target-key-id': 'string',
  description: 'string',
  policy: 'document',
  'policy-name': 'string',
  'key-usage': 'string',
  'key-spec': 'string',
  origin: 'string',
  'multi-region': 'flag',
  'bypass-policy-lockout-safety-check': 'flag',
  tags: 'tags',
  'tag-keys': 'list',
  'pending-window-in-days': 'integer',
  'rotation-period-in-days': 'integer',
  'grantee-principal': 'string',
  'retiring-principal': 'string',
  operations: 'list',
  constraints: 'constraints',
  name: 'string',
  'grant-tokens': 'list',
  'grant-id': 'string',
  'grant-token': 'string',
  'encryption-context': 'map',
  plaintext: 'blob',
  'ciphertext-blob': 'blob',
  'number-of-bytes': 'integer',
  'source-key-id': 'string',
  'destination-key-id': 'string',
  'source-encryption-context': 'map',
  'destination-encryption-context': 'map',
  message: 'blob',
  'message-type': 'string',
  'signing-algorithm': 'string',
  signature: 'blob',
  'mac-algorithm': 'string',
  mac: 'blob',
  'key-pair-spec': 'string',
  'replica-region': 'string',
};
