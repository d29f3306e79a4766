/** TagResource / UntagResource / ListResourceTags (API reference; tagging keys). */
import type { Json } from '../../scenario/types';
import { kmsError, withKey } from '../model';
import { keyOf, read, type Handler } from './context';
import { sizeQuotaRefusal } from '../quotas';

/** `[{TagKey, TagValue}]` as a record. */
export function tagsParam(v: Json | undefined): Record<string, string> {
  if (!Array.isArray(v)) return {};
  const out: [string, string][] = [];
  for (const t of v)
    if (t && typeof t === 'object' && !Array.isArray(t) && typeof t.TagKey === 'string')
      out.push([t.TagKey, typeof t.TagValue === 'string' ? t.TagValue : '']);
  return Object.fromEntries(out);
}

/** TagResource: tag keys beginning with `aws:` are reserved for AWS (tagging keys). */
export const tagResource: Handler = (ctx) => {
  const tags = tagsParam(ctx.call.params.Tags);
  const reserved = Object.keys(tags).find((k) => k.toLowerCase().startsWith('aws:'));
  if (reserved)
    return {
      error: kmsError('TagException', `Tag keys beginning with aws: are reserved (${reserved}).`),
    };
  const next = withKey(ctx.state, keyOf(ctx).arn, (k) => ({ ...k, tags: { ...k.tags, ...tags } }));
  const tooBig = sizeQuotaRefusal(next, 'Adding these tags');
  return tooBig ? { error: tooBig } : { state: next, response: {} };
};

/** UntagResource. */
export const untagResource: Handler = (ctx) => {
  const names = ctx.call.params.TagKeys;
  const drop = new Set(Array.isArray(names) ? names.filter((x) => typeof x === 'string') : []);
  return {
    state: withKey(ctx.state, keyOf(ctx).arn, (k) => ({
      ...k,
      tags: Object.fromEntries(Object.entries(k.tags).filter(([t]) => !drop.has(t))),
    })),
    response: {},
  };
};

/** ListResourceTags. */
export const listResourceTags: Handler = (ctx) =>
  read(ctx, {
    Tags: Object.entries(keyOf(ctx).tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue })),
    Truncated: false,
  });
