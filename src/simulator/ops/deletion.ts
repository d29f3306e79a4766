/** ScheduleKeyDeletion, CancelKeyDeletion, DeleteImportedKeyMaterial (deleting keys; importing). */
import { addDays } from '../clockMath';
import { kmsError, withKey } from '../model';
import { awsDate, keyOf, type Handler } from './context';

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

/** DeleteImportedKeyMaterial: the key goes to PendingImport (importing key material, deleting). */
export const deleteImportedKeyMaterial: Handler = (ctx) => ({
  state: withKey(
    ctx.state,
    keyOf(ctx).arn,
    // A key pending deletion stays PendingDeletion (key states table, S21).
    (k) => ({ ...k, state: k.state === 'PendingDeletion' ? k.state : 'PendingImport' }),
    (m) => ({ ...m, importedMaterial: false }),
  ),
  response: {},
});

/** ImportKeyMaterial (placeholder material): the key leaves PendingImport and is Enabled. */
export const importKeyMaterial: Handler = (ctx) => ({
  state: withKey(
    ctx.state,
    keyOf(ctx).arn,
    (k) => ({ ...k, state: k.state === 'PendingImport' ? 'Enabled' : k.state }),
    (m) => ({ ...m, importedMaterial: true }),
  ),
  response: {},
});
