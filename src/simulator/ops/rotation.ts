/** Key rotation: Enable/DisableKeyRotation, GetKeyRotationStatus, RotateKeyOnDemand, ListKeyRotations. */
import { addDays } from '../clockMath';
import { keyIdOf, kmsError, metaOf, withKey } from '../model';
import { awsDate, keyOf, read, type Handler } from './context';
import { keyMaterialId } from './metadata';

/**
 * At most 25 on-demand rotations per key (S57 rotating-keys-on-demand and API_RotateKeyOnDemand:
 * "You can perform on-demand key rotation a maximum of 25 times per KMS key"; it was 10 until
 * 2025). Past it, LimitExceededException ("a length constraint or quota was exceeded").
 */
export const ON_DEMAND_LIMIT = 25;

/** EnableKeyRotation: period 90-2560 days, default 365 (rotate-keys; engine checks the range). */
export const enableKeyRotation: Handler = (ctx) => {
  const p = ctx.call.params.RotationPeriodInDays;
  const period = typeof p === 'number' ? p : 365;
  return {
    state: withKey(
      ctx.state,
      keyOf(ctx).arn,
      (k) => k,
      (m) => ({
        ...m,
        rotationEnabled: true,
        rotationPeriodInDays: period,
        nextRotationDate: addDays(ctx.state.clock, period),
      }),
    ),
    response: {},
  };
};

/** DisableKeyRotation. */
export const disableKeyRotation: Handler = (ctx) => ({
  state: withKey(
    ctx.state,
    keyOf(ctx).arn,
    (k) => k,
    ({ nextRotationDate: _n, ...m }) => ({ ...m, rotationEnabled: false }),
  ),
  response: {},
});

/** GetKeyRotationStatus (API reference): period and next date only while rotation is on. */
export const getKeyRotationStatus: Handler = (ctx) => {
  const key = keyOf(ctx);
  const m = metaOf(ctx.state, key);
  return read(ctx, {
    KeyRotationEnabled: m.rotationEnabled,
    KeyId: key.arn,
    ...(m.rotationEnabled ? { RotationPeriodInDays: m.rotationPeriodInDays } : {}),
    ...(m.nextRotationDate ? { NextRotationDate: awsDate(m.nextRotationDate) } : {}),
  });
};

/**
 * RotateKeyOnDemand: a new key material version now, independent of automatic rotation. S57: a key
 * with imported material rotates to new material imported beforehand ("you must have already
 * imported new key material and that key material's state should be PENDING_ROTATION"); without
 * it, P21: KMSInvalidStateException.
 */
export const rotateKeyOnDemand: Handler = (ctx) => {
  const key = keyOf(ctx);
  const m = metaOf(ctx.state, key);
  if (m.rotations.filter((r) => r.RotationType === 'ON_DEMAND').length >= ON_DEMAND_LIMIT)
    return {
      error: kmsError(
        'LimitExceededException',
        `${key.arn} has reached the limit of ${ON_DEMAND_LIMIT} on-demand rotations.`,
      ),
    };
  if (key.origin === 'EXTERNAL' && !m.pendingRotationMaterial)
    return {
      error: kmsError(
        'KMSInvalidStateException',
        `${key.arn} has no key material in PENDING_ROTATION state; import new key material (ImportType NEW_KEY_MATERIAL) first.`,
      ),
    };
  return {
    state: withKey(
      ctx.state,
      key.arn,
      (k) => k,
      ({ pendingRotationMaterial: _p, ...x }) => ({
        ...x,
        rotations: [...x.rotations, { RotationDate: ctx.state.clock, RotationType: 'ON_DEMAND' }],
      }),
    ),
    response: { KeyId: key.arn },
  };
};

/**
 * ListKeyRotations: one entry per key material, oldest first (S55 RotationsListEntry): its
 * KeyMaterialId, KeyMaterialState (CURRENT for the newest, NON_CURRENT for the others) and, for
 * a rotation, RotationDate and RotationType. The first key material, and imported material pending
 * rotation (PENDING_ROTATION), are listed only with IncludeKeyMaterial ALL_KEY_MATERIAL (S55
 * ListKeyRotations: "this list includes the first key material and any imported key material
 * pending rotation"); the default, ROTATIONS_ONLY, lists completed rotations. Keys with imported
 * material add ImportState (IMPORTED, or PENDING_IMPORT after DeleteImportedKeyMaterial).
 */
export const listKeyRotations: Handler = (ctx) => {
  const key = keyOf(ctx);
  const m = metaOf(ctx.state, key);
  const rotations = m.rotations;
  const ids = key.keySpec === 'SYMMETRIC_DEFAULT';
  const imported =
    key.origin === 'EXTERNAL'
      ? { ImportState: m.importedMaterial === false ? 'PENDING_IMPORT' : 'IMPORTED' }
      : {};
  const entry = (index: number, state: string) => ({
    KeyId: keyIdOf(key.arn),
    ...(ids
      ? { KeyMaterialId: keyMaterialId(key, index), ...imported, KeyMaterialState: state }
      : {}),
  });
  const stateOf = (index: number) => (index === rotations.length ? 'CURRENT' : 'NON_CURRENT');
  const all = ctx.call.params.IncludeKeyMaterial === 'ALL_KEY_MATERIAL';
  return read(ctx, {
    Rotations: [
      ...(all ? [entry(0, stateOf(0))] : []),
      ...rotations.map((r, i) => ({
        ...entry(i + 1, stateOf(i + 1)),
        RotationDate: awsDate(r.RotationDate),
        RotationType: r.RotationType,
      })),
      ...(all && m.pendingRotationMaterial
        ? [{ ...entry(rotations.length + 1, 'PENDING_ROTATION'), ImportState: 'IMPORTED' }]
        : []),
    ],
    Truncated: false,
  });
};
