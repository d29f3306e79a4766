/**
 * CloudTrail events for AWS KMS (AWS KMS Developer Guide, "Logging AWS KMS API calls with AWS
 * CloudTrail": one event per call, `eventSource` `kms.amazonaws.com`), one event, an exported trail
 * file (`{ "Records": [...] }`) or `aws cloudtrail lookup-events` output (`{ "Events": [{
 * "CloudTrailEvent": "<json>" }] }`). Each KMS event becomes a request: the caller
 * (`userIdentity.arn`, or the service in `invokedBy`), `kms:<eventName>`, the key (`resources`, or
 * `requestParameters.keyId`), the encryption context and grant tokens, the source IP, and the
 * outcome CloudTrail recorded as the expectation.
 */
import { OUTCOMES } from '../enums';
import {
  addRequest,
  findKeyArn,
  identityArnOf,
  isObject,
  listOf,
  upsertPrincipal,
  type Imported,
  type JsonObject,
} from './draft';

/** At most this many events of one trail become requests. */
export const MAX_TRAIL_REQUESTS = 50;

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function eventsOf(value: JsonObject): JsonObject[] | null {
  if (value['eventSource'] !== undefined && value['eventName'] !== undefined) return [value];
  const records = value['Records'];
  if (Array.isArray(records) && records.some((r) => isObject(r) && r['eventSource'] !== undefined))
    return records.filter(isObject);
  const events = value['Events'];
  if (
    Array.isArray(events) &&
    events.some((e) => isObject(e) && typeof e['CloudTrailEvent'] === 'string')
  ) {
    const out: JsonObject[] = [];
    for (const e of events) {
      if (!isObject(e) || typeof e['CloudTrailEvent'] !== 'string') continue;
      try {
        const parsed: unknown = JSON.parse(e['CloudTrailEvent']);
        if (isObject(parsed)) out.push(parsed);
      } catch {
        // Not JSON: counted as unusable below.
      }
    }
    return out;
  }
  return null;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The request for one KMS event, or why it cannot be one. */
function requestOf(
  e: JsonObject,
  draft: JsonObject,
): { request: JsonObject; name: string } | { skip: string } {
  const name = str(e['eventName']) ?? '?';
  if (e['eventSource'] !== 'kms.amazonaws.com')
    return { skip: `${name} (${String(e['eventSource'])}) is not a KMS event` };
  const who = isObject(e['userIdentity']) ? e['userIdentity'] : {};
  const principal =
    str(who['arn']) ?? (who['type'] === 'AWSService' ? str(who['invokedBy']) : undefined);
  if (!principal) return { skip: `${name} has no caller ARN (userIdentity.arn)` };
  const params = isObject(e['requestParameters']) ? e['requestParameters'] : {};
  const resources = Array.isArray(e['resources']) ? e['resources'].filter(isObject) : [];
  const keyArn = resources.map((r) => str(r['ARN'])).find((a) => a?.includes(':key/'));
  const typed = keyArn ?? str(params['keyId']);
  const request: JsonObject = { principal, action: `kms:${name}` };
  if (typed) request['key'] = findKeyArn(draft, typed) ?? typed;
  const ec = params['encryptionContext'];
  if (isObject(ec) && Object.values(ec).every((v) => typeof v === 'string'))
    request['encryptionContext'] = ec;
  const tokens = params['grantTokens'];
  if (Array.isArray(tokens) && tokens.every((t) => typeof t === 'string'))
    request['grantTokens'] = tokens;
  const context: JsonObject = {};
  const ip = str(e['sourceIPAddress']);
  if (ip && IPV4.test(ip)) context['aws:SourceIp'] = ip;
  const via = str(who['invokedBy']);
  if (via && via.endsWith('.amazonaws.com') && who['type'] !== 'AWSService') {
    const region = str(e['awsRegion']);
    context['kms:ViaService'] =
      region && !via.includes(region)
        ? via.replace('.amazonaws.com', `.${region}.amazonaws.com`)
        : via;
    context['aws:ViaAWSService'] = true;
  }
  const vpce = str(e['vpcEndpointId']);
  if (vpce) context['aws:SourceVpce'] = vpce;
  if (Object.keys(context).length > 0) request['context'] = context;
  const code = str(e['errorCode']);
  const outcome =
    code === undefined ? 'Allowed' : code === 'AccessDenied' ? 'AccessDeniedException' : code;
  // Only outcomes the engine knows become an expectation.
  if ((OUTCOMES as readonly string[]).includes(outcome)) request['expect'] = { outcome };
  return { request, name };
}

/** Imports the KMS events of a CloudTrail event, trail file or lookup-events output. */
export function importCloudTrail(value: JsonObject, draft: JsonObject): Imported | null {
  const events = eventsOf(value);
  if (!events) return null;
  const made: { request: JsonObject; name: string }[] = [];
  const skipped: string[] = [];
  for (const e of events) {
    const r = requestOf(e, draft);
    if ('skip' in r) skipped.push(r.skip);
    else if (made.length < MAX_TRAIL_REQUESTS) made.push(r);
    else skipped.push(`${r.name}: only the first ${MAX_TRAIL_REQUESTS} KMS events are used`);
  }
  const notes: string[] = [];
  if (skipped.length > 0)
    notes.push(
      `${skipped.length} event${skipped.length === 1 ? '' : 's'} not used: ${skipped.slice(0, 3).join('; ')}${skipped.length > 3 ? '; …' : ''}.`,
    );
  if (made.length === 0)
    return { what: 'CloudTrail', description: 'No KMS event could be used.', notes, apply() {} };
  const count = listOf(draft, 'requests').length;
  return {
    what: events.length === 1 ? 'CloudTrail event' : 'CloudTrail trail',
    description: `Added ${made.length} request${made.length === 1 ? '' : 's'} from CloudTrail (${made
      .map((m) => m.name)
      .slice(0, 4)
      .join(
        ', ',
      )}${made.length > 4 ? ', …' : ''}), each expecting the outcome CloudTrail recorded.`,
    notes,
    selectRequest: count,
    apply(d) {
      for (const m of made) {
        const caller = identityArnOf(String(m.request['principal']));
        if (/^arn:[^:]+:iam::\d{12}:(user|role)\//.test(caller)) upsertPrincipal(d, caller);
        addRequest(d, `trail-${m.name}`, m.request);
      }
    },
  };
}
