/**
 * The operation table: which handler runs an authorized call (HANDLERS for operations that need no
 * key material, JOB_HANDLERS in ops/jobs.ts for those the crypto port performs), and what AWS
 * managed keys refuse.
 */
import type { Key } from '../../scenario/types';
import { kmsError } from '../model';
import type { KmsError } from '../types';
import { createAlias, deleteAlias, listAliases, updateAlias } from './aliases';
import type { Handler } from './context';
import {
  cancelKeyDeletion,
  deleteImportedKeyMaterial,
  importKeyMaterial,
  scheduleKeyDeletion,
} from './deletion';
import { generateRandom, getParametersForImport, listKeyPolicies } from './extra';
import { updatePrimaryRegion } from './primaryRegion';
import { createGrant, listGrants, listRetirableGrants, removeGrant } from './grants';
import { JOB_HANDLERS } from './jobs';
import { getKeyLastUsage } from './lastUsage';
import { replicateKey } from './replicate';
import {
  createKey,
  describeKey,
  getKeyPolicy,
  listKeys,
  putKeyPolicy,
  setEnabled,
  updateKeyDescription,
} from './keys';
import {
  disableKeyRotation,
  enableKeyRotation,
  getKeyRotationStatus,
  listKeyRotations,
  rotateKeyOnDemand,
} from './rotation';
import { listResourceTags, tagResource, untagResource } from './tags';

/** Handlers of the operations that need no key material, by API operation name. */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  CreateKey: createKey,
  DescribeKey: describeKey,
  ListKeys: listKeys,
  GetKeyPolicy: getKeyPolicy,
  PutKeyPolicy: putKeyPolicy,
  EnableKey: setEnabled(true),
  DisableKey: setEnabled(false),
  UpdateKeyDescription: updateKeyDescription,
  ScheduleKeyDeletion: scheduleKeyDeletion,
  CancelKeyDeletion: cancelKeyDeletion,
  ImportKeyMaterial: importKeyMaterial,
  DeleteImportedKeyMaterial: deleteImportedKeyMaterial,
  EnableKeyRotation: enableKeyRotation,
  DisableKeyRotation: disableKeyRotation,
  GetKeyRotationStatus: getKeyRotationStatus,
  RotateKeyOnDemand: rotateKeyOnDemand,
  ListKeyRotations: listKeyRotations,
  CreateAlias: createAlias,
  UpdateAlias: updateAlias,
  DeleteAlias: deleteAlias,
  ListAliases: listAliases,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListResourceTags: listResourceTags,
  CreateGrant: createGrant,
  ListGrants: listGrants,
  ListRetirableGrants: listRetirableGrants,
  RetireGrant: removeGrant,
  RevokeGrant: removeGrant,
  ReplicateKey: replicateKey,
  ListKeyPolicies: listKeyPolicies,
  GetParametersForImport: getParametersForImport,
  GetKeyLastUsage: getKeyLastUsage,
  GenerateRandom: generateRandom,
  UpdatePrimaryRegion: updatePrimaryRegion,
};

/** Every simulated operation: the handlers' and the crypto jobs'. */
export const OPERATIONS: readonly string[] = [
  ...Object.keys(HANDLERS),
  ...Object.keys(JOB_HANDLERS),
];

/** Whether the simulator runs `operation`. */
export const isSimulated = (operation: string): boolean =>
  Object.hasOwn(HANDLERS, operation) || Object.hasOwn(JOB_HANDLERS, operation);

/** The error of an operation the simulator does not run, the same wherever the call comes from. */
export const unsupportedOperation = (operation: string): KmsError =>
  kmsError(
    'UnsupportedOperationException',
    `${operation} is not simulated by the playground (see "aws kms help").`,
  );

/** Operations that would change an AWS managed key (editing-keys: "You cannot edit any properties of AWS managed keys"). */
const MANAGED_IMMUTABLE = new Set([
  'PutKeyPolicy',
  'EnableKey',
  'DisableKey',
  'UpdateKeyDescription',
  'ScheduleKeyDeletion',
  'CancelKeyDeletion',
  'EnableKeyRotation',
  'DisableKeyRotation',
  'RotateKeyOnDemand',
  'TagResource',
  'UntagResource',
  'CreateAlias',
  'UpdateAlias',
]);

/**
 * What an AWS managed key refuses even when policies allow it (editing-keys; rotate-keys: AWS
 * managed keys rotate every year and their rotation cannot be changed; deleting-keys: AWS managed
 * keys cannot be deleted). AWS does not document the exception; UnsupportedOperationException is
 * the playground's choice (assumption, see report).
 */
export function managedKeyRefusal(operation: string, key: Key | null): KmsError | null {
  if (!key || key.keyManager !== 'AWS' || !MANAGED_IMMUTABLE.has(operation)) return null;
  return kmsError(
    'UnsupportedOperationException',
    `${key.arn} is an AWS managed key; ${operation} is not supported for AWS managed keys.`,
  );
}
