/**
 * GetKeyLastUsage (S53 API_GetKeyLastUsage): the last successful cryptographic operation with a key,
 * read from the simulated account's CloudTrail trail. The operations that count are the API's
 * KeyLastUsageTrackingOperation enum (apiModel.ts); ReEncrypt counts for both of its keys ("Usage
 * information is recorded for both keys independently"). P18: tracking starts when the key is
 * created in the simulated account, so an empty answer means the key was never used.
 */
import { API_ENUMS } from '../../engine/catalog/apiModel';
import type { Key } from '../../scenario/types';
import { keyIdOf, metaOf } from '../model';
import type { CloudTrailEvent } from '../types';
import { awsDate, keyOf, read, type Handler } from './context';

const TRACKED: ReadonlySet<string> = new Set(API_ENUMS.KeyLastUsageTrackingOperation ?? []);

/** Does this event name the key: as its resource, or as ReEncrypt's destination key. */
function usesKey(e: CloudTrailEvent, key: Key): boolean {
  if (e.resources?.some((r) => r.ARN === key.arn)) return true;
  if (e.eventName !== 'ReEncrypt') return false;
  const dest = e.requestParameters?.destinationKeyId;
  return (
    typeof dest === 'string' &&
    (dest === key.arn || dest === keyIdOf(key.arn) || key.aliases.includes(dest))
  );
}

/** The newest successful tracked event that used the key, if any. */
export function lastUse(audit: readonly CloudTrailEvent[], key: Key): CloudTrailEvent | undefined {
  for (let i = audit.length - 1; i >= 0; i--) {
    const e = audit[i];
    if (e && !e.errorCode && TRACKED.has(e.eventName) && usesKey(e, key)) return e;
  }
  return undefined;
}

/** GetKeyLastUsage: KeyId, KeyLastUsage (when the key was used), TrackingStartDate, KeyCreationDate. */
export const getKeyLastUsage: Handler = (ctx) => {
  const key = keyOf(ctx);
  const created = awsDate(metaOf(ctx.state, key).creationDate);
  const e = lastUse(ctx.state.audit, key);
  return read(ctx, {
    KeyId: key.arn,
    ...(e
      ? {
          KeyLastUsage: {
            Operation: e.eventName,
            Timestamp: awsDate(e.eventTime),
            CloudTrailEventId: e.eventID,
            KmsRequestId: e.requestID,
          },
        }
      : {}),
    TrackingStartDate: created,
    KeyCreationDate: created,
  });
};
