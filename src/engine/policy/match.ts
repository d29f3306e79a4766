import type { RequestContext } from '../context';
import type { Caller } from '../kms/caller';
import type { Tracer } from '../trace';
import {
  evaluateClause,
  evaluateConditionFast,
  requestValues,
  type CompiledClause,
  type CompiledCondition,
} from '../conditions';
import type { SourceRef, TraceStep } from '../types';
import type { CompiledPolicy, CompiledStatement } from './compile';
import { bestMatch, notPrincipalExempts, type PrincipalMatch } from './principal';

/** What a statement is matched against. */
export interface MatchRequest {
  caller: Caller;
  /** IAM action, e.g. `kms:Decrypt`. */
  action: string;
  /** Resource ARN (key ARN, alias ARN, or `*` for keyless operations). */
  resource: string;
  ctx: RequestContext;
}

/** Result of matching one statement. */
export interface StatementMatch {
  applies: boolean;
  /** For Principal statements: how the caller matched (kms-semantics 1.2 step 9). */
  principal: PrincipalMatch | null;
}

const NO: StatementMatch = { applies: false, principal: null };
/** The matches a statement can give, one per principal kind (shared: never changed). */
const YES_NO_PRINCIPAL: StatementMatch = { applies: true, principal: null };
const YES_BY: Record<PrincipalMatch, StatementMatch> = {
  direct: { applies: true, principal: 'direct' },
  wildcard: { applies: true, principal: 'wildcard' },
  role: { applies: true, principal: 'role' },
  account: { applies: true, principal: 'account' },
};
/** Stands in for the statement step when nothing is traced. */
const SCRATCH_STEP: TraceStep = {
  id: '',
  parentId: null,
  kind: 'statement',
  rule: '',
  outcome: 'info',
  source: undefined,
  detail: undefined,
};

/** Records the element that stopped a statement (traced evaluation only). */
function noMatch(
  tracer: Tracer,
  step: TraceStep,
  s: CompiledStatement,
  element: string,
  source: SourceRef,
  detail: Record<string, unknown>,
): StatementMatch {
  step.outcome = 'noMatch';
  step.detail = { sid: s.sid, failed: element };
  tracer.add(step.id, element, 'element', element, 'noMatch', source, detail);
  return NO;
}

/**
 * Matches one statement against the request (kms-semantics 1.3; S25-S31): principal, action,
 * resource and condition must all hold. Records a statement step and, when it does not apply, the
 * element that failed with the values compared. With a tracer that records nothing, the details
 * are not built and the condition stops at its first false clause (same result).
 */
export function matchStatement(
  policy: CompiledPolicy,
  s: CompiledStatement,
  req: MatchRequest,
  tracer: Tracer,
  parentId: string,
): StatementMatch {
  const on = tracer.on;
  // The step's detail is always replaced below, once the statement's outcome is known.
  const step = on
    ? tracer.openUnder(parentId, s.slashId, 'statement', s.effect, s.source)
    : SCRATCH_STEP;

  let principal: PrincipalMatch | null = null;
  if (s.principals !== null) {
    if (s.notPrincipal && s.effect === 'Allow') {
      // S29: "Using it with Allow is not supported." P11: such a statement never allows a caller any
      // identity of whose chain (session, role, user, account, service) it lists.
      const listed = bestMatch(s.principals, req.caller);
      if (listed) {
        return on
          ? noMatch(tracer, step, s, 'NotPrincipal', s.principalSource, {
              caller: req.caller.arn,
              exempt: true,
              listed: listed.entry.raw,
              assumption: 'P11',
            })
          : NO;
      }
      principal = 'wildcard';
    } else if (s.notPrincipal) {
      // S29/A4: NotPrincipal exempts the caller only when its whole identity chain is listed.
      if (notPrincipalExempts(s.principals, req.caller)) {
        return on
          ? noMatch(tracer, step, s, 'NotPrincipal', s.principalSource, {
              caller: req.caller.arn,
              exempt: true,
              assumption: 'A4',
            })
          : NO;
      }
      principal = 'wildcard';
    } else {
      const m = bestMatch(s.principals, req.caller);
      if (!m)
        return on
          ? noMatch(tracer, step, s, 'Principal', s.principalSource, {
              caller: req.caller.arn,
              listed: s.principalsRaw,
            })
          : NO;
      principal = m.kind;
    }
  }

  // S26: Action matches when some pattern matches; NotAction when none does.
  let actionHit = false;
  for (const a of s.actions)
    if (a.test(req.action)) {
      actionHit = true;
      break;
    }
  if (s.actions.length === 0 || actionHit === s.notAction) {
    return on
      ? noMatch(tracer, step, s, s.notAction ? 'NotAction' : 'Action', s.actionSource, {
          action: req.action,
          patterns: s.actionsRaw,
        })
      : NO;
  }

  // S2/S27: no Resource element → the statement applies to nothing; NotResource inverts the match.
  if (s.resources === null)
    return on
      ? noMatch(tracer, step, s, 'Resource', s.source, {
          resource: req.resource,
          missing: true,
        })
      : NO;
  let resourceHit = false;
  for (const r of s.resources)
    if (r.test(req.resource, req.ctx)) {
      resourceHit = true;
      break;
    }
  if (s.resources.length === 0 || resourceHit === s.notResource) {
    return on
      ? noMatch(tracer, step, s, s.notResource ? 'NotResource' : 'Resource', s.resourceSource, {
          resource: req.resource,
          patterns: s.resourcesRaw,
        })
      : NO;
  }

  if (s.condition) {
    // S30: every condition block must be true.
    if (!on) {
      if (!evaluateConditionFast(s.condition, req.ctx)) return NO;
    } else if (!traceCondition(tracer, step, s, s.condition, req.ctx)) {
      step.outcome = 'noMatch';
      step.detail = { sid: s.sid, failed: 'Condition' };
      return NO;
    }
  }
  if (on) {
    step.outcome = 'match';
    step.detail = principal ? { sid: s.sid, principal } : s.matchDetail;
  }
  return principal === null ? YES_NO_PRINCIPAL : YES_BY[principal];
}

/**
 * Records one step per condition clause, every clause evaluated (S30: all must be true), and
 * returns their AND. Details as {@link evaluateCondition} reports each clause.
 */
function traceCondition(
  tracer: Tracer,
  step: TraceStep,
  s: CompiledStatement,
  condition: CompiledCondition,
  ctx: RequestContext,
): boolean {
  let result = !condition.malformed;
  const clauses = condition.clauses;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i] as CompiledClause;
    const v = evaluateClause(clause, ctx);
    if (!v.result) result = false;
    tracer.addUnder(
      step.id,
      s.clauseSlashIds[i] as string,
      'condition',
      clause.operator,
      v.result ? 'pass' : 'fail',
      s.clauseSources[i],
      {
        key: clause.key,
        requestValues: requestValues(ctx, clause),
        // Compiled once and never changed: shared, like the statement paths.
        policyValues: clause.policyValues,
        reason: v.reason,
      },
    );
  }
  return result;
}

/** A matching statement of {@link matchPolicy}. */
export interface PolicyMatch {
  statement: CompiledStatement;
  match: StatementMatch;
}

const NONE: readonly PolicyMatch[] = Object.freeze([]);

/**
 * Statements of a policy that match, of one effect, each traced under a document step. When none
 * does, the result is a shared empty array: read it, never change it.
 */
export function matchPolicy(
  policy: CompiledPolicy,
  effect: 'Allow' | 'Deny',
  req: MatchRequest,
  tracer: Tracer,
  parentId: string,
): readonly PolicyMatch[] {
  const docStep = tracer.on
    ? tracer.openUnder(parentId, policy.slashId, 'document', policy.kind, policy.source)
    : SCRATCH_STEP;
  let out: PolicyMatch[] | null = null;
  const statements = effect === 'Allow' ? policy.allows : policy.denies;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i] as CompiledStatement;
    const m = matchStatement(policy, s, req, tracer, docStep.id);
    if (!m.applies) continue;
    // A literal with its first element: `[]` then push would reserve 17 slots.
    const pm = { statement: s, match: m };
    if (out === null) out = [pm];
    else out.push(pm);
  }
  docStep.outcome = out ? 'match' : 'noMatch';
  return out ?? NONE;
}
