import type { Key } from '../../scenario/types';
import type { OperationInfo } from '../catalog/operations';
import type { Outcome } from '../types';

/** A rejection after authorization: the exception and its message. */
export interface Rejection {
  outcome: Outcome;
  message: string;
}

const reject = (outcome: Outcome, message: string): Rejection => ({ outcome, message });

/** Key-state footnotes of table 2.10 (S21 "Key states of AWS KMS keys"). */
const disabled = (k: Key) => reject('DisabledException', `${k.arn} is disabled.`); // [1], A28
const pending = (k: Key) =>
  // [3], A2: KMSInvalidStateException for the cells marked [2]/[3].
  reject(
    'KMSInvalidStateException',
    `${k.arn} is pending ${k.state === 'PendingReplicaDeletion' ? 'replica deletion' : 'deletion'}.`,
  );
const notPending = (k: Key) =>
  reject('KMSInvalidStateException', `${k.arn} is not pending deletion.`); // [4]
const pendingImport = (k: Key) => reject('KMSInvalidStateException', `${k.arn} is pending import.`); // [5]
const external = (k: Key) =>
  reject(
    'UnsupportedOperationException',
    `${k.arn} origin is EXTERNAL which is not valid for this operation.`,
  ); // [6]
const unsupported = (k: Key, why: string) =>
  reject('UnsupportedOperationException', `${k.arn} ${why}`); // [7] [9]
const unavailable = (k: Key) => reject('KMSInvalidStateException', `${k.arn} is unavailable.`); // [11]
const creating = (k: Key) => reject('KMSInvalidStateException', `${k.arn} is creating.`); // [14]
const updating = (k: Key) => reject('KMSInvalidStateException', `${k.arn} is updating.`); // [15]

const isPendingDeletion = (k: Key) =>
  k.state === 'PendingDeletion' || k.state === 'PendingReplicaDeletion';
const customStore = (k: Key) => k.origin === 'AWS_CLOUDHSM' || k.origin === 'EXTERNAL_KEY_STORE';

/** Common failures shared by most rows: Disabled, pending deletion, pending import, creating. */
function common(
  k: Key,
  opts: { disabledOk?: boolean; importOk?: boolean; unavailableOk?: boolean; updatingOk?: boolean },
): Rejection | null {
  if (k.state === 'Disabled' && !opts.disabledOk) return disabled(k);
  if (isPendingDeletion(k)) return pending(k);
  if (k.state === 'PendingImport' && !opts.importOk) return pendingImport(k);
  if (k.state === 'Unavailable' && !opts.unavailableOk) return unavailable(k);
  if (k.state === 'Creating') return creating(k);
  if (k.state === 'Updating' && !opts.updatingOk) return updating(k);
  return null;
}

/**
 * Step 12.1: whether the key's state lets this operation run (table 2.10, S21). Runs only after
 * authorization (A1), so an unauthorized caller learns nothing about the key.
 */
export function keyStateRejection(op: OperationInfo, k: Key): Rejection | null {
  switch (op.state) {
    case 'always':
    case 'none':
      return null;
    case 'crypto':
      return common(k, { updatingOk: true });
    case 'createGrant':
      return common(k, { unavailableOk: true, updatingOk: true });
    case 'cancelDeletion':
      return isPendingDeletion(k) ? null : notPending(k);
    case 'notPendingDeletion':
      return isPendingDeletion(k) ? pending(k) : null;
    case 'scheduleDeletion':
      return isPendingDeletion(k) ? pending(k) : k.state === 'Updating' ? updating(k) : null;
    case 'enableDisable':
      return common(k, { disabledOk: true, unavailableOk: true });
    case 'rotation':
    case 'rotationStatus': {
      // [6]/[7]: automatic rotation is for symmetric keys with AWS_KMS material, not imported or
      // custom-store keys. S57: symmetric keys with imported material rotate on demand (after new
      // material is imported) and list their key materials (S55).
      const importedRotation =
        k.origin === 'EXTERNAL' &&
        (op.name === 'RotateKeyOnDemand' || op.name === 'ListKeyRotations');
      if (!importedRotation && (k.state === 'PendingImport' || k.origin === 'EXTERNAL'))
        return external(k);
      if (customStore(k) || k.state === 'Unavailable')
        return unsupported(
          k,
          'is in a custom key store, which does not support automatic rotation.',
        );
      if (k.keySpec !== 'SYMMETRIC_DEFAULT')
        return unsupported(
          k,
          `has key spec ${k.keySpec}; only symmetric encryption keys can rotate.`,
        );
      return op.state === 'rotationStatus' ? null : common(k, { updatingOk: true });
    }
    case 'importParams':
    case 'importMaterial':
    case 'deleteImported':
      // [8]/[9]: import operations need a key whose material is imported (origin EXTERNAL).
      if (k.origin !== 'EXTERNAL')
        return unsupported(k, `origin is ${k.origin} which is not valid for this operation.`);
      if (k.state === 'Creating') return creating(k);
      if (k.state === 'Updating' && op.state !== 'importMaterial') return updating(k);
      if (isPendingDeletion(k) && op.state !== 'deleteImported')
        return reject('KMSInvalidStateException', `${k.arn} is pending deletion.`);
      return null;
    case 'replicate':
      if (!k.multiRegion || k.multiRegionKeyType === 'REPLICA')
        return unsupported(k, 'is not a multi-Region primary key.');
      return common(k, {});
    case 'updatePrimary':
      if (!k.multiRegion) return unsupported(k, 'is not a multi-Region key.');
      return common(k, { updatingOk: true });
  }
}

/**
 * Step 12.2: the key's usage and spec must suit the operation (S22 InvalidKeyUsageException;
 * S11: data-key operations need a symmetric encryption key).
 */
export function keyUsageRejection(op: OperationInfo, k: Key): Rejection | null {
  const bad = (need: string) =>
    reject(
      'InvalidKeyUsageException',
      `${k.arn} key usage is ${k.keyUsage} (key spec ${k.keySpec}), which is not valid for ${op.name}; it needs ${need}.`,
    );
  switch (op.usage) {
    case 'encrypt':
      return k.keyUsage === 'ENCRYPT_DECRYPT' ? null : bad('ENCRYPT_DECRYPT');
    case 'symmetricEncrypt':
      return k.keyUsage === 'ENCRYPT_DECRYPT' && k.keySpec === 'SYMMETRIC_DEFAULT'
        ? null
        : bad('a symmetric encryption key (SYMMETRIC_DEFAULT)');
    case 'sign':
      return k.keyUsage === 'SIGN_VERIFY' ? null : bad('SIGN_VERIFY');
    case 'mac':
      return k.keyUsage === 'GENERATE_VERIFY_MAC' ? null : bad('GENERATE_VERIFY_MAC');
    case 'agreement':
      return k.keyUsage === 'KEY_AGREEMENT' ? null : bad('KEY_AGREEMENT');
    case 'asymmetric':
      return k.keySpec === 'SYMMETRIC_DEFAULT' || k.keySpec.startsWith('HMAC_')
        ? reject(
            'UnsupportedOperationException',
            `${k.arn} is not an asymmetric key; ${op.name} needs an asymmetric key.`,
          )
        : null;
    case 'none':
      return null;
  }
}
