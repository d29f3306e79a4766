/** Key rotation: Enable/DisableKeyRotation, GetKeyRotationStatus, RotateKeyOnDemand, ListKeyRotations. */
import { addDays } from '../clockMath';
import { keyIdOf, kmsError, metaOf, withKey } from '../model';
import { awsDate, keyOf, read, type Handler } from './context';

/** Rotating keys: at most 10 on-demand rotations per key (rotate-keys-on-demand). */
const ON_DEMAND_LIMIT = 10;

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

/** RotateKeyOnDemand: a new key material version now, independent of automatic rotation. */
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
  return {
    state: withKey(
      ctx.state,
      key.arn,
      (k) => k,
      (x) => ({
        ...x,
        rotations: [...x.rotations, { RotationDate: ctx.state.clock, RotationType: 'ON_DEMAND' }],
      }),
    ),
    response: { KeyId: key.arn },
  };
};

/** ListKeyRotations: completed rotations, oldest first. */
export const listKeyRotations: Handler = (ctx) => {
  const key = keyOf(ctx);
  return read(ctx, {
    Rotations: metaOf(ctx.state, key).rotations.map((r) => ({
      KeyId: keyIdOf(key.arn),
      RotationDate: awsDate(r.RotationDate),
      RotationType: r.RotationType,
    })),
    Truncated: false,
  });
};
