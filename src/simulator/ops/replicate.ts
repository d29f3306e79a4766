/**
 * ReplicateKey (ReplicateKey API reference): a multi-Region primary key is copied into another
 * Region of the same partition as a replica with the same key id, key spec, key usage, origin and
 * automatic rotation status. Each replica must be in a different Region; aliases are not shared.
 */
import { defaultKeyPolicy } from '../../scenario/defaultKeyPolicy';
import type { Key } from '../../scenario/types';
import { authorize } from '../authorize';
import { accountOf, keyIdOf, kmsError, metaOf, regionOf } from '../model';
import { keyOf, strParam, type Handler } from './context';
import { keyMetadata } from './metadata';
import { tagsParam } from './tags';
import { keyQuotaRefusal, sizeQuotaRefusal } from '../quotas';

export const replicateKey: Handler = (ctx) => {
  const primary = keyOf(ctx);
  const region = strParam(ctx, 'ReplicaRegion') ?? '';
  // Only multi-Region primary keys can be replicated (ReplicateKey: UnsupportedOperationException).
  if (!primary.multiRegion || primary.multiRegionKeyType === 'REPLICA')
    return {
      error: kmsError(
        'UnsupportedOperationException',
        `${primary.arn} is not a multi-Region primary key.`,
      ),
    };
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    return { error: kmsError('ValidationException', `Invalid ReplicaRegion: ${region}`) };
  const arn = `arn:aws:kms:${region}:${accountOf(primary.arn)}:key/${keyIdOf(primary.arn)}`;
  if (region === regionOf(primary.arn) || ctx.state.scenario.keys.some((k) => k.arn === arn))
    return {
      error: kmsError('AlreadyExistsException', `A key already exists in ${region}: ${arn}`),
    };
  // ReplicateKey API reference, "Required permissions": besides kms:ReplicateKey on the primary
  // key, the caller needs kms:CreateKey in an IAM policy in the replica Region. The engine decides
  // that second request as it decides any CreateKey, with aws:RequestedRegion = the replica Region.
  const create = authorize(ctx.state, {
    caller: ctx.call.caller,
    operation: 'CreateKey',
    params: {},
    context: { ...ctx.call.context, 'aws:RequestedRegion': region },
  });
  if (create.outcome !== 'Allowed')
    return { error: kmsError(create.outcome, create.message ?? 'kms:CreateKey is not allowed.') };
  const policy = ctx.call.params.Policy;
  const description = strParam(ctx, 'Description');
  const tags = tagsParam(ctx.call.params.Tags);
  const replica: Key = {
    arn,
    aliases: [],
    ...(description ? { description } : {}),
    state: 'Enabled',
    keySpec: primary.keySpec,
    keyUsage: primary.keyUsage,
    origin: primary.origin,
    multiRegion: true,
    multiRegionKeyType: 'REPLICA',
    keyManager: 'CUSTOMER',
    tags,
    policy: policy !== undefined && policy !== null ? policy : defaultKeyPolicy(ctx.account),
    ...(primary.demoMaterial ? { demoMaterial: primary.demoMaterial } : {}),
  };
  const m = metaOf(ctx.state, primary);
  const next = {
    ...ctx.state,
    scenario: { ...ctx.state.scenario, keys: [...ctx.state.scenario.keys, replica] },
    keyMeta: { ...ctx.state.keyMeta, [arn]: { ...m, creationDate: ctx.state.clock } },
  };
  // Resource quotas (S52): a replica is a new key (quotas.ts).
  const refused = keyQuotaRefusal(ctx.state) ?? sizeQuotaRefusal(next, 'Creating this key');
  if (refused) return { error: refused };
  return {
    state: next,
    response: {
      ReplicaKeyMetadata: keyMetadata(next, replica),
      ReplicaPolicy: JSON.stringify(replica.policy),
      ReplicaTags: Object.entries(tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue })),
    },
  };
};
