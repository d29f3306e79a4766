/**
 * CloudTrail records of simulated calls (CloudTrail record contents; "Logging AWS KMS API calls with
 * AWS CloudTrail"): every call, allowed or denied, with the simulated clock as eventTime.
 */
import type { Json, Key } from '../scenario/types';
import { hexDigest, uuidFrom } from './ids';
import { accountOf } from './model';
import type { CallInput, CloudTrailEvent, KmsError, SimulatorState } from './types';

/** KMS logs these operations as read-only (CloudTrail KMS examples: Encrypt/Decrypt are readOnly). */
const READ_ONLY =
  /^(Describe|Get|List|Encrypt$|Decrypt$|ReEncrypt$|GenerateDataKey|GenerateRandom$|Sign$|Verify$|GenerateMac$|VerifyMac$)/;

/**
 * Parameters and response fields CloudTrail never records (plaintext, ciphertext, tokens; the
 * message, signature and MAC of Sign/Verify/GenerateMac/VerifyMac, whose CloudTrail examples show
 * only the key, algorithm and message type).
 */
const SECRET = new Set([
  'Plaintext',
  'CiphertextBlob',
  'GrantToken',
  'PublicKey',
  'Message',
  'Signature',
  'Mac',
  'PrivateKeyPlaintext',
  'PrivateKeyCiphertextBlob',
]);

/** CloudTrail spells parameters in lower camel case (keyId, encryptionContext, grantTokens). */
function camel(obj: Record<string, Json>, drop: Set<string>): Record<string, Json> | null {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(obj))
    if (!drop.has(k)) out[k.charAt(0).toLowerCase() + k.slice(1)] = v;
  return Object.keys(out).length > 0 ? out : null;
}

/** userIdentity.type from the caller's ARN (CloudTrail userIdentity element). */
function identityType(arn: string): string {
  if (/:root$/.test(arn)) return 'Root';
  if (/:assumed-role\//.test(arn)) return 'AssumedRole';
  if (/:federated-user\//.test(arn)) return 'FederatedUser';
  if (/:user\//.test(arn)) return 'IAMUser';
  if (/\.amazonaws\.com$/.test(arn)) return 'AWSService';
  return 'Unknown';
}

/** A stable principal id: AIDA… for users, AROA…:session for sessions, the account for root. */
function principalId(arn: string, type: string): string | undefined {
  const id = hexDigest(arn, 17).toUpperCase();
  if (type === 'IAMUser') return `AIDA${id}`;
  if (type === 'AssumedRole') return `AROA${id}:${arn.split('/').pop() ?? ''}`;
  if (type === 'Root') return accountOf(arn);
  return undefined;
}

/** Builds the event of one call; `key` is the key the call named, when it resolved. */
export function auditEvent(
  state: SimulatorState,
  call: CallInput,
  key: Key | null,
  response: Record<string, Json> | undefined,
  error: KmsError | undefined,
): CloudTrailEvent {
  const type = identityType(call.caller);
  const pid = principalId(call.caller, type);
  const account = accountOf(call.caller);
  // Counted over dropped events too, so ids stay unique after the trail is capped.
  const seed = `${state.audit.length + (state.counters.auditDropped ?? 0)}|${state.clock}|${call.caller}|${call.operation}|${JSON.stringify(call.params)}`;
  const event: CloudTrailEvent = {
    eventVersion: '1.08',
    userIdentity: {
      type,
      arn: call.caller,
      accountId: account,
      ...(pid ? { principalId: pid } : {}),
    },
    eventTime: state.clock,
    eventSource: 'kms.amazonaws.com',
    eventName: call.operation,
    awsRegion: key ? (key.arn.split(':')[3] ?? state.region) : state.region,
    sourceIPAddress: type === 'AWSService' ? call.caller : '192.0.2.0',
    userAgent: 'aws-cli/2 kms-playground-simulator',
    requestParameters: camel(call.params, SECRET),
    responseElements: response && !READ_ONLY.test(call.operation) ? camel(response, SECRET) : null,
    requestID: uuidFrom(`request|${seed}`),
    eventID: uuidFrom(`event|${seed}`),
    readOnly: READ_ONLY.test(call.operation),
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: key ? accountOf(key.arn) : account,
    eventCategory: 'Management',
  };
  if (error) {
    event.errorCode = error.code;
    event.errorMessage = error.message;
  }
  if (key)
    event.resources = [{ ARN: key.arn, accountId: accountOf(key.arn), type: 'AWS::KMS::Key' }];
  return event;
}

/** What the audit panel filters by; every field is optional. */
export interface EventFilter {
  /** Key ARN or key id. */
  key?: string;
  /** Caller ARN. */
  principal?: string;
  /** eventName. */
  operation?: string;
  /** `success` (no errorCode), `failure`, or one errorCode. */
  outcome?: 'success' | 'failure' | string;
  /** ISO time, inclusive. */
  from?: string;
  /** ISO time, inclusive. */
  to?: string;
}

/** Events matching every given field of the filter, in order. */
export function filterEvents(
  events: readonly CloudTrailEvent[],
  f: EventFilter,
): CloudTrailEvent[] {
  return events.filter((e) => {
    if (f.key && !e.resources?.some((r) => r.ARN === f.key || r.ARN.endsWith(`/${f.key}`)))
      return false;
    if (f.principal && e.userIdentity.arn !== f.principal) return false;
    if (f.operation && e.eventName !== f.operation) return false;
    if (f.outcome === 'success' && e.errorCode) return false;
    if (f.outcome === 'failure' && !e.errorCode) return false;
    if (
      f.outcome &&
      f.outcome !== 'success' &&
      f.outcome !== 'failure' &&
      e.errorCode !== f.outcome
    )
      return false;
    if (f.from && Date.parse(e.eventTime) < Date.parse(f.from)) return false;
    if (f.to && Date.parse(e.eventTime) > Date.parse(f.to)) return false;
    return true;
  });
}

/**
 * Events in CloudTrail's log-file format: `{ "Records": [...] }`. When older events were dropped
 * from the scenario, an extra top-level `playgroundNote` says how many (CloudTrail readers look
 * only at `Records`).
 */
export const exportRecords = (
  events: readonly CloudTrailEvent[],
  dropped = 0,
): { Records: CloudTrailEvent[]; playgroundNote?: string } => ({
  Records: [...events],
  ...(dropped > 0
    ? {
        playgroundNote: `${dropped} older event${dropped === 1 ? ' was' : 's were'} dropped to keep the scenario under its size limit; these are the newest.`,
      }
    : {}),
});
