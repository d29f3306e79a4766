/**
 * The simulated KMS account: a scenario plus what the scenario format does not hold (the clock, the
 * audit trail, per-key lifecycle dates, id counters, CLI profiles). Pure data, JSON-safe.
 */
import type { EvaluationResult } from '../engine';
import type { ContextValue, Json, Request, Scenario } from '../scenario/types';

/** Lifecycle facts KMS keeps for a key that the scenario format has no field for. */
export interface KeyMeta {
  /** ISO time the key was created (simulated clock). */
  creationDate: string;
  /** ISO time the key will be deleted, while it is PendingDeletion. */
  deletionDate?: string;
  /** Waiting period of the scheduled deletion. */
  pendingWindowInDays?: number;
  /** Automatic rotation on. */
  rotationEnabled: boolean;
  /** Rotation period in days (default 365). */
  rotationPeriodInDays: number;
  /** ISO time of the next automatic rotation, when rotation is on. */
  nextRotationDate?: string;
  /** Completed rotations, oldest first, as ListKeyRotations reports them. */
  rotations: { RotationDate: string; RotationType: 'AUTOMATIC' | 'ON_DEMAND' }[];
  /** For origin EXTERNAL: whether key material is imported (false after DeleteImportedKeyMaterial). */
  importedMaterial?: boolean;
  /**
   * For a symmetric key with origin EXTERNAL: new key material imported with ImportType
   * NEW_KEY_MATERIAL that waits for RotateKeyOnDemand (key material state PENDING_ROTATION).
   */
  pendingRotationMaterial?: boolean;
}

/** The whole simulator state. Every transition returns a new value; nothing is mutated. */
export interface SimulatorState {
  /** Keys, grants, principals and policies; `requests` is left as the user had it. */
  scenario: Scenario;
  /** Simulated clock, ISO 8601 UTC. */
  clock: string;
  /** CloudTrail-style events, oldest first. */
  audit: CloudTrailEvent[];
  /** Counters for deterministic ids (event ids use the audit trail's length). */
  counters: { keys: number; grants: number; auditDropped?: number };
  /** Lifecycle facts by key ARN. */
  keyMeta: Record<string, KeyMeta>;
  /** Grant creation times by grant id (propagation after 5 simulated minutes). */
  grantCreated: Record<string, string>;
  /** Retire/revoke times of grants whose deletion has not propagated yet (S49; P16). */
  grantRemoved?: Record<string, string>;
  /** CLI profile name → principal ARN (`default` is used without `--profile`). */
  profiles: Record<string, string>;
  /** Region for new keys and CloudTrail's awsRegion. */
  region: string;
}

/** One simulated API call. */
export interface CallInput {
  /** Caller ARN. */
  caller: string;
  /** API operation, e.g. `Encrypt`. */
  operation: string;
  /** Request parameters in AWS's spelling (`KeyId`, `GrantTokens`, `EncryptionContext`, ...). */
  params: Record<string, Json>;
  /** Request context keys set by the user; `aws:CurrentTime` defaults to the clock. */
  context?: Record<string, ContextValue>;
}

/** An AWS-style error. */
export interface KmsError {
  /** Exception name, e.g. `AccessDeniedException`. */
  code: string;
  /** AWS-style message. */
  message: string;
}

/** The result of one call. */
export interface CallResult {
  /** The new state (for a denied call: the old one plus its audit event). */
  state: SimulatorState;
  /** The response in AWS's field names, when the call succeeded. */
  response?: Record<string, Json>;
  /** The error, when it failed. */
  error?: KmsError;
  /** The engine's decision for the call (null when no authorization ran, e.g. unknown operation). */
  evaluation: EvaluationResult | null;
  /** The engine request that was decided (absent when no authorization ran). */
  request?: Request;
}

/** A CloudTrail record of one KMS call. */
export interface CloudTrailEvent {
  eventVersion: string;
  userIdentity: {
    type: string;
    arn: string;
    accountId: string;
    principalId?: string;
    /** For a role session: the role that issued it (CloudTrail userIdentity element, S61). */
    sessionContext?: {
      sessionIssuer: {
        type: 'Role';
        principalId: string;
        arn: string;
        accountId: string;
        userName: string;
      };
    };
  };
  eventTime: string;
  eventSource: 'kms.amazonaws.com';
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  requestParameters: Record<string, Json> | null;
  responseElements: Record<string, Json> | null;
  errorCode?: string;
  errorMessage?: string;
  requestID: string;
  eventID: string;
  readOnly: boolean;
  resources?: { ARN: string; accountId: string; type: 'AWS::KMS::Key' }[];
  eventType: 'AwsApiCall';
  managementEvent: boolean;
  recipientAccountId: string;
  eventCategory: 'Management';
}
