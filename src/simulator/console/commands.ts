/**
 * The `aws kms` commands: every operation of the API model (cliArgs.ts builds their options), a
 * one-line description of those the simulator runs, and which ones it does not simulate.
 */
import { argTable, COMMAND_OPERATIONS } from './cliArgs';
import { ownValue } from '../../engine';

/** One command: its API operation, options (required first) and a one-line description. */
export interface CommandSpec {
  operation: string;
  required: string[];
  optional: string[];
  summary: string;
}

/** What the simulated commands do, by CLI name. */
const SUMMARIES: Readonly<Record<string, string>> = {
  'create-key': "Creates a KMS key in the caller's account and Region.",
  'describe-key': 'Provides detailed information about a KMS key.',
  'list-keys': "Gets a list of all KMS keys in the caller's account and Region.",
  'get-key-policy': 'Gets the key policy of a KMS key.',
  'put-key-policy': 'Attaches a key policy to a KMS key.',
  'enable-key': 'Sets the key state of a KMS key to Enabled.',
  'disable-key': 'Sets the state of a KMS key to Disabled.',
  'update-key-description': 'Updates the description of a KMS key.',
  'schedule-key-deletion': 'Schedules the deletion of a KMS key (7-30 days).',
  'cancel-key-deletion': 'Cancels the deletion of a KMS key; the key is then Disabled.',
  'delete-imported-key-material': 'Deletes imported key material; the key becomes PendingImport.',
  'enable-key-rotation': 'Enables automatic rotation of the key material.',
  'disable-key-rotation': 'Disables automatic rotation of the key material.',
  'get-key-rotation-status': 'Tells whether automatic rotation is enabled.',
  'rotate-key-on-demand': 'Rotates the key material immediately.',
  'list-key-rotations': 'Lists completed key rotations.',
  'create-alias': 'Creates a friendly name for a KMS key.',
  'update-alias': 'Associates an existing alias with a different KMS key.',
  'delete-alias': 'Deletes an alias.',
  'list-aliases': "Gets a list of aliases in the caller's account and Region.",
  'tag-resource': 'Adds or edits tags on a KMS key.',
  'untag-resource': 'Deletes tags from a KMS key.',
  'list-resource-tags': 'Returns all tags on a KMS key.',
  'create-grant': 'Adds a grant to a KMS key.',
  'list-grants': 'Gets a list of all grants for a KMS key.',
  'list-retirable-grants': 'Lists grants the given principal can retire.',
  'retire-grant': 'Deletes a grant; called by its retiring principal or grantee.',
  'revoke-grant': 'Deletes the specified grant.',
  encrypt: 'Encrypts up to 4096 bytes of plaintext under a KMS key.',
  decrypt: 'Decrypts ciphertext that was encrypted by a KMS key.',
  're-encrypt': 'Decrypts ciphertext and re-encrypts it under another KMS key, inside KMS.',
  'generate-data-key': 'Returns a unique data key, in plaintext and encrypted under a KMS key.',
  'generate-data-key-without-plaintext': 'Returns an encrypted data key only.',
  'generate-data-key-pair':
    'Returns a key pair; its private key also encrypted under a symmetric KMS key.',
  'generate-data-key-pair-without-plaintext':
    'Returns a public key and its private key encrypted under a symmetric KMS key.',
  sign: 'Creates a digital signature with the private key of an asymmetric KMS key.',
  verify: 'Verifies a digital signature made by an asymmetric KMS key.',
  'generate-mac': 'Generates an HMAC for a message with an HMAC KMS key.',
  'verify-mac': 'Verifies an HMAC made with an HMAC KMS key.',
  'replicate-key': 'Replicates a multi-Region primary key into another Region.',
  'generate-random': 'Returns bytes as GenerateRandom does (simulated: derived, not random).',
  'get-public-key': 'Returns the public key of an asymmetric KMS key (DER, base64).',
  'update-primary-region': 'Makes the replica in another Region the primary multi-Region key.',
  'derive-shared-secret': 'Derives an ECDH shared secret with a KEY_AGREEMENT KMS key.',
  'list-key-policies': 'Gets the names of the key policies of a KMS key (always "default").',
  'get-parameters-for-import':
    'Returns a wrapping key and an import token for a key with origin EXTERNAL.',
  'import-key-material': 'Imports key material into a key with origin EXTERNAL.',
  'get-key-last-usage': 'Tells when and by which cryptographic operation a key was last used.',
};

/** Commands the simulator does not run (custom key stores). */
export const NOT_SIMULATED = 'not simulated by the playground';

/** The commands, by CLI name, in the model's order. */
export const COMMANDS: Readonly<Record<string, CommandSpec>> = Object.fromEntries(
  Object.entries(COMMAND_OPERATIONS).map(([command, operation]) => {
    const table = argTable(operation).filter((a) => !a.special && a.stores !== false);
    return [
      command,
      {
        operation,
        required: table.filter((a) => a.required).map((a) => a.name),
        optional: table.filter((a) => !a.required).map((a) => a.name),
        summary: ownValue(SUMMARIES, command) ?? NOT_SIMULATED,
      },
    ];
  }),
);
