/**
 * The route model's shape: statuses and their words, gates and routes, map items, one map per
 * authorization check, the whole model (built by routes.ts).
 */
import type { Decision, Outcome, StepOutcome } from '../engine/types';
import type { Scenario } from '../scenario/types';

/** What became of a gate, route or check, in words as well as colour. */
export type MapStatus =
  /** A gate let the call through. */
  | 'pass'
  /** A gate stopped the call (an explicit deny, or a missing allow in a guardrail). */
  | 'stop'
  /** A route allowed the call. */
  | 'allow'
  /** A route was evaluated and did not allow. */
  | 'noAllow'
  /** Evaluation stopped before it. */
  | 'notReached'
  /** Another route allowed first, so the engine did not need it. */
  | 'notNeeded'
  /** It does not apply to this request (no organization, same account, no grant…). */
  | 'notApplicable'
  /** A check after authorization rejected the request. */
  | 'fail';

/** The verdict words of each status (what the map prints beside the colour). */
export const STATUS_WORDS: Record<MapStatus, string> = {
  pass: 'Pass',
  stop: 'Stop',
  allow: 'Allows',
  noAllow: 'Does not allow',
  notReached: 'Not reached',
  notNeeded: 'Not needed',
  notApplicable: 'Does not apply',
  fail: 'Fails',
};

/** The gates, in the order the engine runs them. */
export const GATE_RULES = [
  'explicitDenySweep',
  'rcpGate',
  'scpGate',
  'vpcEndpointGate',
  'crossAccountGate',
] as const;

/** One gate's rule. */
export type GateRule = (typeof GATE_RULES)[number];

/** What an allow route is. */
export type RouteRule =
  /** The key policy names the caller (or its role, or `*`). */
  | 'keyPolicyDirect'
  /** The key policy delegates to the account; an identity policy allows (boundary, session). */
  | 'keyPolicyIam'
  /** No key policy applies (keyless operations, alias resources): IAM policies alone. */
  | 'iamOnly'
  /** One grant on the key. */
  | 'grant'
  /** Grants on the key, when none is listed one by one. */
  | 'grants'
  /** RetireGrant: the grant's own retire rules. */
  | 'retireGrantRules';

/** One box of the map. */
export interface MapItem {
  /** Unique within the model, stable across edits: `check0/gate/scpGate`, `check0/route/grant:<id>`. */
  id: string;
  /** Which part of the map. */
  kind: 'gate' | 'route' | 'after' | 'decision';
  /** The gate's or route's rule; `afterAuthorization` and `decision` for the others. */
  rule: GateRule | RouteRule | 'afterAuthorization' | 'decision';
  /** Short name: `Explicit-deny sweep`, `Key policy names the caller`, `Grant auditor-q3`. */
  title: string;
  /** Verdict. */
  status: MapStatus;
  /** The verdict in words (STATUS_WORDS, or the decision's outcome). */
  statusWords: string;
  /** One line: why. */
  reason: string;
  /** The trace steps it stands for (phases or grants); their subtrees are its detail. */
  stepIds: string[];
  /** Trace index from which playback shows it (its first step, or when its status is known). */
  stepIndex: number;
  /** Trace index after which its verdict is known. */
  lastStepIndex: number;
  /** On the path that produced the decision (passed gates, the allowing route, the decision). */
  lit: boolean;
  /**
   * A cross-account policy route needs both sides (S14): the key account's key policy and the
   * caller account's IAM policies, each with its verdict.
   */
  halves?: RouteHalf[];
}

/** One account's side of a cross-account policy route. */
export interface RouteHalf {
  /** `Key account 111122223333: key policy`, `Caller account 444455556666: IAM`. */
  label: string;
  status: MapStatus;
  statusWords: string;
  reason: string;
}

/** The map of one authorization check (two for ReEncrypt, up to three for UpdateAlias). */
export interface CheckMap {
  /** The check's trace step id (`check0`). */
  id: string;
  /** `kms:Decrypt`. */
  action: string;
  /** The resource ARN checked (`*` for keyless operations). */
  resource: string;
  /** The check's own outcome: allow, explicitDeny or implicitDeny. */
  outcome: StepOutcome;
  /** Caller and key accounts when they differ (the policy route then needs both halves). */
  crossAccount: { callerAccount: string; keyAccount: string } | null;
  /** The five gates, in order. */
  gates: MapItem[];
  /** The allow routes, side by side: key policy, key policy → IAM, one per grant. */
  routes: MapItem[];
  /** Trace indexes spanned by the check. */
  stepIndex: number;
  lastStepIndex: number;
}

/** The whole map of one evaluation result. */
export interface RouteModel {
  /** Request id. */
  request: string;
  /** Caller ARN, as the engine saw it. */
  caller: string;
  /** One map per authorization check (none when KMS refused the call before any check). */
  checks: CheckMap[];
  /** The check to show first: the one that denied, else the last. */
  decidingCheck: number;
  /** After-authorization checks. */
  after: MapItem;
  /** The decision. */
  decision: MapItem & { decision: Decision; outcome: Outcome; message?: string };
}

/** What routeModel may use besides the result. */
export interface RouteModelOptions {
  /** Names grants and OUs, and lists the grants the engine did not need to read. */
  scenario?: Scenario;
}
