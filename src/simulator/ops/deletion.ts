/** ScheduleKeyDeletion, CancelKeyDeletion, DeleteImportedKeyMaterial (deleting keys; importing). */
import { addDays } from '../clockMath';
import { kmsError, metaOf, withKey } from '../model';
import { awsDate, keyOf, type Handler, type OpResult } from './context';
import { currentKeyMaterialId, pendingMaterialId } from './metadata';

/** ScheduleKeyDeletion: PendingDeletion for 7-30 days, default 30 (deleting keys). */
export const scheduleKeyDeletion: Handler = (ctx) => {
  const w = ctx.call.params.PendingWindowInDays;
  const days = typeof w === 'number' ? w : 30;
  // The engine checks the 7-30 range after authorization (S41); a non-integer is invalid too.
  if (!Number.isInteger(days))
    return { error: kmsError('ValidationException', 'PendingWindowInDays must be an integer.') };
  const key = keyOf(ctx);
  const deletionDate = addDays(ctx.state.clock, days);
  return {
    state: withKey(
      ctx.state,
      key.arn,
      (k) => ({ ...k, state: 'PendingDeletion' }),
      (m) => ({ ...m, deletionDate, pendingWindowInDays: days }),
    ),
    response: {
      KeyId: key.arn,
      DeletionDate: awsDate(deletionDate),
      KeyState: 'PendingDeletion',
      PendingWindowInDays: days,
    },
  };
};

/** CancelKeyDeletion: the key comes back Disabled, not Enabled (deleting keys, "Canceling"). */
export const cancelKeyDeletion: Handler = (ctx) => {
  const key = keyOf(ctx);
  return {
    state: withKey(
      ctx.state,
      key.arn,
      (k) => ({ ...k, state: 'Disabled' }),
      ({ deletionDate: _d, pendingWindowInDays: _p, ...m }) => m,
    ),
    response: { KeyId: key.arn },
  };
};

/**
 * DeleteImportedKeyMaterial: the key goes to PendingImport (importing key material, deleting). S57:
 * material pending rotation "is not permanently associated with the KMS key. You can delete this key
 * material": naming it by KeyMaterialId deletes only it, and the key keeps its current material.
 */
export const deleteImportedKeyMaterial: Handler = (ctx): OpResult => {
  const key = keyOf(ctx);
  const m = metaOf(ctx.state, key);
  const named = ctx.call.params.KeyMaterialId;
  if (m.pendingRotationMaterial && named === pendingMaterialId(ctx.state, key))
    return {
      state: withKey(
        ctx.state,
        key.arn,
        (k) => k,
        ({ pendingRotationMaterial: _p, ...rest }) => rest,
      ),
      response: { KeyId: key.arn, KeyMaterialId: String(named) },
    };
  return {
    state: withKey(
      ctx.state,
      key.arn,
      // A key pending deletion stays PendingDeletion (key states table, S21).
      (k) => ({ ...k, state: k.state === 'PendingDeletion' ? k.state : 'PendingImport' }),
      ({ pendingRotationMaterial: _p, ...rest }) => ({ ...rest, importedMaterial: false }),
    ),
    response: {},
  };
};

/**
 * ImportKeyMaterial (simulated material): the key leaves PendingImport and is Enabled. S57 (Step 4:
 * Import the key material): with ImportType NEW_KEY_MATERIAL a symmetric key with imported material
 * takes new key material for an on-demand rotation (state PENDING_ROTATION); asymmetric and HMAC keys
 * "can only have one key material", so KMS rejects the ImportType parameter for them. P21: a key
 * without its current material must get that back first (IncorrectKeyMaterialException).
 */
export const importKeyMaterial: Handler = (ctx): OpResult => {
  const key = keyOf(ctx);
  const m = metaOf(ctx.state, key);
  const type = ctx.call.params.ImportType;
  if (type !== undefined && key.keySpec !== 'SYMMETRIC_DEFAULT')
    return {
      error: kmsError(
        'UnsupportedOperationException',
        `${key.arn} has key spec ${key.keySpec}; ImportType is supported only for symmetric encryption keys.`,
      ),
    };
  if (type === 'NEW_KEY_MATERIAL') {
    if (m.importedMaterial === false)
      return {
        error: kmsError(
          'IncorrectKeyMaterialException',
          `${key.arn} has no current key material; import the key material previously associated with it first.`,
        ),
      };
    const next = withKey(
      ctx.state,
      key.arn,
      (k) => k,
      (x) => ({ ...x, pendingRotationMaterial: true }),
    );
    return {
      state: next,
      response: { KeyId: key.arn, KeyMaterialId: pendingMaterialId(next, key) },
    };
  }
  const next = withKey(
    ctx.state,
    key.arn,
    (k) => ({ ...k, state: k.state === 'PendingImport' ? 'Enabled' : k.state }),
    (x) => ({ ...x, importedMaterial: true }),
  );
  return {
    state: next,
    response:
      key.keySpec === 'SYMMETRIC_DEFAULT'
        ? { KeyId: key.arn, KeyMaterialId: currentKeyMaterialId(next, key) }
        : { KeyId: key.arn },
  };
};
