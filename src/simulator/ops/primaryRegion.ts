/**
 * UpdatePrimaryRegion (UpdatePrimaryRegion API reference): the replica of a multi-Region key in
 * `PrimaryRegion` becomes the primary key and the former primary becomes a replica. "Required
 * permissions": kms:UpdatePrimaryRegion on the current primary key (decided for the call) and on
 * the replica key in its Region (decided here as a second engine request, as ReplicateKey decides
 * kms:CreateKey in the replica Region). AWS makes the change asynchronously (the keys are
 * `Updating` for a while); the simulator makes it at once.
 */
import { authorize } from '../authorize';
import { accountOf, keyIdOf, kmsError, regionOf, withKey } from '../model';
import { keyOf, strParam, type Handler } from './context';

export const updatePrimaryRegion: Handler = (ctx) => {
  const primary = keyOf(ctx);
  const region = strParam(ctx, 'PrimaryRegion') ?? '';
  if (!primary.multiRegion || primary.multiRegionKeyType === 'REPLICA')
    return {
      error: kmsError(
        'UnsupportedOperationException',
        `${primary.arn} is not a multi-Region primary key.`,
      ),
    };
  const replicaArn = `arn:aws:kms:${region}:${accountOf(primary.arn)}:key/${keyIdOf(primary.arn)}`;
  const replica = ctx.state.scenario.keys.find(
    (k) => k.arn === replicaArn && k.multiRegionKeyType === 'REPLICA',
  );
  if (!replica || region === regionOf(primary.arn))
    return {
      error: kmsError(
        'NotFoundException',
        `The multi-Region key ${keyIdOf(primary.arn)} has no replica in ${region}.`,
      ),
    };
  const onReplica = authorize(
    { ...ctx.state, region },
    {
      caller: ctx.call.caller,
      operation: 'UpdatePrimaryRegion',
      params: { KeyId: replica.arn, PrimaryRegion: region },
      context: { ...ctx.call.context, 'aws:RequestedRegion': region },
    },
  );
  if (onReplica.outcome !== 'Allowed')
    return {
      error: kmsError(
        onReplica.outcome,
        onReplica.message ?? 'kms:UpdatePrimaryRegion is not allowed on the replica key.',
      ),
    };
  const swapped = withKey(
    withKey(ctx.state, primary.arn, (k) => ({ ...k, multiRegionKeyType: 'REPLICA' })),
    replica.arn,
    (k) => ({ ...k, multiRegionKeyType: 'PRIMARY' }),
  );
  return { state: swapped, response: {} };
};
