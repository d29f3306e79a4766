/**
 * Who can use which key (issue 15): the matrix of principals × keys × KMS actions, each cell the
 * engine's decision for that request alone, with the route that allowed it or what stopped it.
 */
import type { Decision, Outcome } from '../engine/types';

/** How a cell's access was granted. */
export type Route =
  /** The key policy names the caller, its role or `*`. */
  | 'keyPolicy'
  /** The key policy delegates to IAM and an identity policy allows. */
  | 'iam'
  /** A grant on the key. */
  | 'grant';

/** What stopped a denied cell, in the engine's order. */
export type Stop =
  | 'explicitDeny'
  | 'rcp'
  | 'scp'
  | 'vpcEndpoint'
  | 'crossAccount'
  /** Nothing allowed it: no key policy statement, no identity policy, no grant. */
  | 'noAllow'
  | 'permissionsBoundary'
  | 'sessionPolicy'
  /** Authorized, but KMS refused the call after authorization (key state, usage, parameters). */
  | 'afterAuthorization';

/**
 * Authorized as asked (the decision is Allow, even when KMS then refuses the call for its key state
 * or a missing parameter: `outcome` says which), authorized only with some request values, or denied.
 */
export type Access = 'allowed' | 'conditional' | 'denied';

/** One request value a conditional cell needs. */
export interface WhenValue {
  /** `encryptionContext` pair, or a request context key (`kms:ViaService`, `aws:SourceIp`, ...). */
  kind: 'encryptionContext' | 'context';
  /** The encryption context key, or the condition key. */
  key: string;
  value: string | boolean | number | string[];
}

/** One way a denied cell becomes allowed: a set of request values, verified by the engine. */
export interface WhenAlternative {
  /** The route that allows with these values. */
  via: Route;
  /** The grant id when `via` is `grant`. */
  grantId?: string;
  values: WhenValue[];
}

/** One cell: `principal` calling `action` on `key`, with nothing else in the request. */
export interface AccessCell {
  principal: string;
  /** Key ARN. */
  key: string;
  /** IAM action name, e.g. `kms:Decrypt`. */
  action: string;
  outcome: Outcome;
  decision: Decision;
  access: Access;
  /** The route that allowed (Allow decisions), else null. */
  via: Route | null;
  /** The grant that allowed, when `via` is `grant`. */
  grantId?: string;
  /** The document that decided (the allowing statement or grant, or the Deny that stopped it). */
  document?: string;
  /** What stopped it, when the outcome is not Allowed. */
  stop: Stop | null;
  /** Request values that would allow it (conditional cells only). */
  when: WhenAlternative[];
}

/** A principal row: ARN, and whether it is an account root the matrix added. */
export interface MatrixPrincipal {
  arn: string;
  /** Display name from the scenario, when it has one. */
  name?: string;
  root: boolean;
}

/** A key column. */
export interface MatrixKey {
  arn: string;
  /** First alias, when it has one. */
  alias?: string;
}

/** The whole matrix; `cells` in principal, key, action order. */
export interface AccessMatrix {
  principals: MatrixPrincipal[];
  keys: MatrixKey[];
  actions: string[];
  cells: AccessCell[];
}

/** One changed cell between two matrices. */
export interface AccessChange {
  principal: string;
  key: string;
  action: string;
  /** `gained` when the after access is wider, `lost` when narrower, else `changed`. */
  change: 'gained' | 'lost' | 'changed';
  before: CellSummary | null;
  after: CellSummary | null;
}

/** What the diff compares of a cell. */
export interface CellSummary {
  outcome: Outcome;
  decision: Decision;
  access: Access;
  via: Route | null;
  grantId?: string;
}
