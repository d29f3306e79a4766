/**
 * The engine's output contract: decision, outcome, trace and diagnostics. Everything visual (the
 * diagram, editor highlights, the explanation, the step player) is derived from these.
 */

/** Authorization decision, combined only toward deny. */
export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** The KMS API outcome of a request. */
export type Outcome =
  | 'Allowed'
  | 'AccessDeniedException'
  | 'DisabledException'
  | 'KMSInvalidStateException'
  | 'InvalidKeyUsageException'
  | 'NotFoundException'
  | 'InvalidGrantTokenException'
  | 'InvalidCiphertextException'
  | 'IncorrectKeyException'
  | 'MalformedPolicyDocumentException'
  | 'ValidationException'
  | 'UnsupportedOperationException'
  | 'NotAuthorizedException'
  | 'DryRunOperationException';

/** A JSON path into a document: object keys and array indexes. */
export type JsonPath = (string | number)[];

/**
 * Where something comes from: a document id and a JSON path inside that document.
 * Document ids: `key:<keyId>`, `identity:<principalArn>#<policyName>`, `group:<groupArn>#<name>`,
 * `boundary:<principalArn>`, `session:<requestId>`, `scp:<policyId>`, `rcp:<policyId>`,
 * `vpce:<endpointId>`, `grant:<grantId>`, `request:<requestId>`, `scenario`.
 */
export interface SourceRef {
  /** Document id. */
  document: string;
  /** JSON path inside the document (for `scenario`, inside the scenario). */
  path: JsonPath;
}

/** Kinds of trace step, from coarse to fine. */
export type StepKind =
  | 'phase'
  | 'document'
  | 'statement'
  | 'element'
  | 'condition'
  | 'grant'
  | 'check'
  | 'context'
  | 'decision';

/** Outcome of one trace step. */
export type StepOutcome =
  | 'match'
  | 'noMatch'
  | 'allow'
  | 'explicitDeny'
  | 'implicitDeny'
  | 'pass'
  | 'fail'
  | 'skipped'
  | 'info';

/** A small JSON-safe record of the values actually compared. */
export type StepDetail = Record<string, unknown>;

/** One step of the trace, in the order the engine did the work. */
export interface TraceStep {
  /** Stable id derived from content, e.g. `check0.keyPolicy.s1.condition.0`. */
  id: string;
  /** Id of the enclosing step, or null for top-level phases. */
  parentId: string | null;
  /** What kind of step this is. */
  kind: StepKind;
  /** Machine name of the rule or phase, e.g. `explicitDenySweep`, `keyPolicy`, `grantPath`. */
  rule: string;
  /** Result of this step. */
  outcome: StepOutcome;
  /** Where in the policy text this step points, when it points anywhere. */
  source?: SourceRef;
  /** The values compared (no display strings). */
  detail?: StepDetail;
}

/** A statement or grant that decided the result. */
export interface DecidingRef {
  /** Document id, e.g. `key:1234...` or `grant:0c23...`. */
  document: string;
  /** The statement's Sid, or null when it has none (or for grants). */
  statement: string | null;
  /** JSON path of the statement inside its document ([] for a grant). */
  path: JsonPath;
}

/** A problem found in the scenario or its documents. */
export interface Diagnostic {
  /** Document id (see SourceRef). */
  document: string;
  /** JSON path inside the document. */
  path: JsonPath;
  /** `error` for malformed input; `warning` for what a KMS expert would flag; `info` otherwise. */
  severity: 'error' | 'warning' | 'info';
  /** Stable machine code such as `UnknownAction`. */
  code: string;
  /** Human-readable explanation. */
  message: string;
}

/** The result of evaluating one request. */
export interface EvaluationResult {
  /** Request id, or its index as a string. */
  request: string;
  /** The KMS API outcome. */
  outcome: Outcome;
  /** The authorization decision. */
  decision: Decision;
  /** AWS-style message for any outcome but Allowed. */
  message?: string;
  /** Statements or grants that decided the result. */
  deciding: DecidingRef[];
  /** `met`/`failed` against the request's `expect`, or `none`. */
  expectation: 'met' | 'failed' | 'none';
  /** Ordered trace steps. */
  trace: TraceStep[];
}

/** The result of evaluating a whole scenario. */
export interface ScenarioEvaluation {
  /** One result per request, in request order. */
  results: EvaluationResult[];
  /** Diagnostics for the scenario and its documents. */
  diagnostics: Diagnostic[];
}
