/**
 * CloudTrail records of simulated calls (CloudTrail record contents; "Logging AWS KMS API calls with
 * AWS CloudTrail"): every call, allowed or denied, with the simulated clock as eventTime.
 */
import { reportedCallerArn, resolveCaller } from '../engine/kms/caller';
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

/**
 * The `userIdentity` element (CloudTrail userIdentity element, S61): the type from the caller's
 * ARN, a stable principal id (AIDA… for users, AROA…:session for role sessions, the account for
 * root), and for a role session the role that issued it (`sessionContext.sessionIssuer`). A call is
 * made by a session of a role, never by the role itself, so a role ARN named as the caller is
 * recorded as its session (`reportedCallerArn`, P7).
 */
function userIdentity(state: SimulatorState, caller: string): CloudTrailEvent['userIdentity'] {
  const c = resolveCaller(state.scenario, caller);
  const arn = reportedCallerArn(c);
  const accountId = c.account ?? accountOf(caller);
  const id = (text: string) => hexDigest(text, 17).toUpperCase();
  switch (c.kind) {
    case 'root':
      return { type: 'Root', arn, accountId, principalId: accountId };
    case 'user':
      return { type: 'IAMUser', arn, accountId, principalId: `AIDA${id(arn)}` };
    case 'federatedUser':
      return { type: 'FederatedUser', arn, accountId };
    case 'service':
      return { type: 'AWSService', arn, accountId };
    case 'roleSession': {
      const roleArn = c.roleArn ?? arn;
      const roleId = `AROA${id(roleArn)}`;
      return {
        type: 'AssumedRole',
        arn,
        accountId,
        principalId: `${roleId}:${arn.split('/').pop() ?? ''}`,
        sessionContext: {
          sessionIssuer: {
            type: 'Role',
            principalId: roleId,
            arn: roleArn,
            accountId: accountOf(roleArn),
            userName: c.roleName ?? '',
          },
        },
      };
    }
    default:
      return { type: 'Unknown', arn, accountId };
  }
}

/** Builds the event of one call; `key` is the key the call named, when it resolved. */
export function auditEvent(
  state: SimulatorState,
  call: CallInput,
  key: Key | null,
  response: Record<string, Json> | undefined,
  error: KmsError | undefined,
): CloudTrailEvent {
  const identity = userIdentity(state, call.caller);
  const account = identity.accountId;
  // Counted over dropped events too, so ids stay unique after the trail is capped.
  const seed = `${state.audit.length + (state.counters.auditDropped ?? 0)}|${state.clock}|${call.caller}|${call.operation}|${JSON.stringify(call.params)}`;
  const event: CloudTrailEvent = {
    eventVersion: '1.08',
    userIdentity: identity,
    eventTime: state.clock,
    eventSource: 'kms.amazonaws.com',
    eventName: call.operation,
    awsRegion: key ? (key.arn.split(':')[3] ?? state.region) : state.region,
    sourceIPAddress: identity.type === 'AWSService' ? call.caller : '192.0.2.0',
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
