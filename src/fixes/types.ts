/**
 * The fixes contract (issue 10, "What would change it"): for a denied request, the smallest changes
 * to the scenario that make it Allowed, each verified by evaluating the patched scenario.
 */
import type { Outcome } from '../engine';

/** One RFC 6902 operation on the scenario as written (`scenarioToJson`, the file and link form). */
export type PatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string };

/** What a fix changes, in the order of the decision map (gates, routes, after authorization). */
export type FixKind =
  /** The caller sends a different request: an encryption-context pair, a grant token, a parameter. */
  | 'request'
  /** A new key policy statement naming exactly the caller (S1, S2). */
  | 'keyPolicyStatement'
  /** The key policy lets IAM policies of an account allow the action (S1, S3). */
  | 'enableIam'
  /** An identity policy of the caller allows the action (S6); cross-account: both halves (S14). */
  | 'identityPolicy'
  /** The permissions boundary or the session policy allows the action (S18, S19). */
  | 'identityLimit'
  /** A tag on the caller or the key that an ABAC condition reads (S40). */
  | 'tags'
  /** A grant: a new one for the caller, or a missing operation in an existing one (S7, S8). */
  | 'grant'
  /** A Deny statement narrowed: the action taken out, or this caller excluded (S10). */
  | 'narrowDeny'
  /** A guardrail: an SCP allow, an SCP/RCP Deny narrowed, or the VPC endpoint policy (S13, S16, S17). */
  | 'guardrail'
  /** The key itself: its state, after authorization (S21). */
  | 'keyState'
  /** The call comes from the key's account (operations that cannot cross accounts, S14). */
  | 'caller';

/** Where on the decision map a fix acts. */
export type FixRoute =
  | 'request'
  | 'denySweep'
  | 'scp'
  | 'rcp'
  | 'vpce'
  | 'crossAccount'
  | 'keyPolicy'
  | 'identity'
  | 'grants'
  | 'afterAuthorization';

/** Another request whose outcome the fix changes. */
export interface SideEffect {
  /** Request id, or its index as a string (as `EvaluationResult.request`). */
  request: string;
  before: Outcome;
  after: Outcome;
}

/** A verified change that makes the request Allowed. */
export interface Fix {
  /** Stable id derived from the kind and the patch. */
  id: string;
  /** 1 = the fix to try first (least privilege, no side effects). */
  rank: number;
  kind: FixKind;
  /** Every map route the fix acts on (a composite fix acts on several). */
  routes: FixRoute[];
  /** One plain-language sentence. */
  summary: string;
  /** RFC 6902 operations on `scenarioToJson(scenario)`; every path exists when applied in order. */
  patch: PatchOperation[];
  /** Engine document ids the patch edits (`key:…`, `identity:…#…`, `scp:…`, `request:…`, …). */
  documents: string[];
  /** Other requests whose outcome changes. */
  sideEffects: SideEffect[];
  /**
   * How much the fix grants or loosens (lower is narrower): the sum of its steps' weights (see
   * `PRIVILEGE` in rank.ts). Ranking puts fixes without side effects first, then by privilege.
   */
  privilege: number;
}

/** Options of `proposeFixes`. */
export interface FixOptions {
  /** At most this many fixes (default 8). */
  limit?: number;
  /** Steps combined into one fix, e.g. key policy + identity policy across accounts (default 3). */
  maxSteps?: number;
  /**
   * Candidate changes evaluated at most (default 120): each is applied, decoded and evaluated, so
   * this bounds the time on large scenarios. The narrowest candidates are tried first.
   */
  maxCandidates?: number;
}

/** A statement or grant that carries an Allowed request. */
export interface Carrier {
  /** Engine document id (`key:…`, `identity:…#…`, `grant:…`, …). */
  document: string;
  /** JSON path of the statement inside its document ([] for a grant). */
  path: (string | number)[];
  /** The statement's Sid, when it has one. */
  sid: string | null;
  /** JSON Pointer into the scenario as written. */
  pointer: string;
  /** The outcome of the request with this statement or grant removed (never Allowed). */
  without: Outcome;
}
