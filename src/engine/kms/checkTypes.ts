import type { Key, Request } from '../../scenario/types';
import type { OperationInfo } from '../catalog/operations';
import type { RequestContext } from '../context';
import type { CompiledPolicy, CompiledStatement, PolicyKind } from '../policy/compile';
import type { MatchRequest } from '../policy/match';
import type { Tracer } from '../trace';
import type { DecidingRef, Decision } from '../types';
import type { Caller } from './caller';
import type { CompiledScenario, OrgLevel } from './compileScenario';

/** Everything about the request that does not change between its checks. */
export interface RequestEnv {
  cs: CompiledScenario;
  req: Request;
  index: number;
  caller: Caller;
  tracer: Tracer;
  identity: CompiledPolicy[];
  boundary: CompiledPolicy | null;
  /** Session policy, only for role and federated sessions (S19). */
  session: CompiledPolicy | null;
  /** SCP levels of the caller's account, or null when SCPs do not apply (S16). */
  scpLevels: OrgLevel[] | null;
  /** Endpoint policy when the request came through an endpoint that has one (S13). */
  endpoint: CompiledPolicy | null;
}

/** One authorization check: a permission on one resource (ReEncrypt makes two, S24). */
export interface Check {
  /** Trace id of this check, e.g. `check0`. */
  id: string;
  op: OperationInfo;
  /** IAM action, e.g. `kms:Decrypt`. */
  action: string;
  /** Key ARN, alias ARN, or `*` for keyless operations. */
  resource: string;
  key: Key | null;
  /** The key policy consulted, or null for IAM-only checks (keyless, alias resources). */
  keyPolicy: CompiledPolicy | null;
  ctx: RequestContext;
  encryptionContext: Record<string, string> | null;
  /** RCP levels of the key's account, or null when RCPs do not apply (S17). */
  rcpLevels: OrgLevel[] | null;
  /** The key's account, or null for keyless checks. */
  keyAccount: string | null;
  /** What statements are matched against (built once per prepared request). */
  match: MatchRequest;
  /** Every policy with Deny statements the sweep reads, in message-priority order. */
  denyDocs: CompiledPolicy[];
}

/** Why a check did not allow, in the order step 11 picks the message (A10). */
export type FailReason =
  | 'explicitDeny'
  | 'scp'
  | 'vpce'
  | 'crossAccount'
  | 'noResourcePolicy'
  | 'noIdentityPolicy'
  | 'boundary'
  | 'session';

/** Result of one check. */
export interface CheckResult {
  decision: Decision;
  reason: FailReason | null;
  /** For explicit denies: the kind of policy whose Deny matched first. */
  denyKind: PolicyKind | null;
  deciding: DecidingRef[];
}

/** The MatchRequest of a check. */
export const matchRequestOf = (_env: RequestEnv, c: Check): MatchRequest => c.match;

/** A deciding reference for a statement of the policy: built once, at compile time. */
export const refOf = (_p: CompiledPolicy, s: CompiledStatement): DecidingRef => s.ref;
