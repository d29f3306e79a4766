import type { Grant } from '../../scenario/types';
import type { DecidingRef, TraceStep } from '../types';
import type { Check, RequestEnv } from './checkTypes';
import { contextEntry } from '../context';
import { identitySide } from './policyPath';
import { docIds } from './ids';
import {
  childConstraintAllowed,
  constraintSatisfied,
  constraintsParam,
  matchGrantPrincipal,
} from './grantMatch';

/** The grant that allowed a check, if any. */
export interface GrantResult {
  allowed: boolean;
  deciding: DecidingRef[];
}

/** No grant allowed: shared (its caller reads only `allowed`, and the references of an allow). */
const NO_GRANT: GrantResult = { allowed: false, deciding: [] };

/** Records why a grant did not allow (traced evaluation only). */
function miss(step: TraceStep, g: Grant, failed: string, detail: Record<string, unknown>): void {
  step.outcome = 'noMatch';
  step.detail = { grantId: g.grantId, failed, ...detail };
}

/** Constraints apply only to operations that take an encryption context on a symmetric key (S8). */
function constraintApplies(c: Check): boolean {
  return (
    c.op.takesEncryptionContext &&
    c.op.name !== 'CreateGrant' &&
    c.key?.keySpec === 'SYMMETRIC_DEFAULT'
  );
}

/** A grant is honoured once propagated, or at once with its grant token (S7, S9). */
export function grantActive(g: Grant, tokens: readonly string[]): boolean {
  return g.propagated || (g.grantToken !== undefined && tokens.includes(g.grantToken));
}

/**
 * Step 10, grant path (S7, S8): a grant on the key allows when it is active, names the caller as
 * grantee, lists the operation and its constraint is satisfied. For CreateGrant through a parent
 * grant, the child may only use the parent's operations and equal-or-stricter constraints (S8;
 * A19: otherwise AccessDenied). A6: boundaries and session policies do not block a grant.
 */
export function grantPath(env: RequestEnv, c: Check): GrantResult {
  const grants = c.key ? (env.cs.grantsByKey.get(c.key.arn) ?? []) : [];
  if (!c.op.grantable || grants.length === 0) return NO_GRANT;
  const phase = env.tracer.open(c.id, 'grants', 'phase', 'grantPath');
  const on = env.tracer.on;
  for (const g of grants) {
    const document = on ? docIds.grant(g.grantId) : '';
    const step = on
      ? env.tracer.open(
          phase.id,
          document,
          'grant',
          'grant',
          { document, path: [] },
          { grantId: g.grantId },
        )
      : phase;
    if (!grantActive(g, env.req.grantTokens)) {
      if (on) miss(step, g, 'notPropagated', { tokenPresented: false });
      continue;
    }
    const who = matchGrantPrincipal(g.granteePrincipal, env.caller);
    if (!who) {
      if (on) miss(step, g, 'grantee', { grantee: g.granteePrincipal, caller: env.caller.arn });
      continue;
    }
    if (!g.operations.includes(c.op.name)) {
      if (on) miss(step, g, 'operation', { operation: c.op.name, operations: g.operations });
      continue;
    }
    // API_GrantConstraints SourceArn: the grant works only on behalf of that resource (the
    // request's aws:SourceArn); it does not apply to RetireGrant (S34).
    const sourceArn = g.constraints?.sourceArn;
    if (sourceArn !== undefined && c.op.name !== 'RetireGrant') {
      const got = contextEntry(c.ctx, 'aws:SourceArn')?.value;
      if (got !== sourceArn) {
        if (on)
          miss(step, g, 'constraint', {
            constraint: 'SourceArn',
            sourceArn,
            requestSourceArn: got ?? null,
          });
        continue;
      }
    }
    if (constraintApplies(c)) {
      const k = constraintSatisfied(g.constraints, c.encryptionContext);
      if (!k.ok) {
        if (on)
          miss(step, g, 'constraint', {
            constraint: k.type,
            encryptionContext: c.encryptionContext ?? {},
          });
        continue;
      }
    }
    if (c.op.name === 'CreateGrant') {
      const p = env.req.parameters;
      const childOps = Array.isArray(p.Operations)
        ? p.Operations.filter((o): o is string => typeof o === 'string')
        : [];
      const extra = childOps.filter((o) => !g.operations.includes(o));
      if (extra.length > 0) {
        if (on)
          miss(step, g, 'childOperations', {
            requested: childOps,
            parentOperations: g.operations,
            extra,
          });
        continue;
      }
      if (!childConstraintAllowed(g, constraintsParam(p.Constraints))) {
        if (on)
          miss(step, g, 'childConstraints', {
            parent: g.constraints ?? null,
            requested: p.Constraints ?? null,
          });
        continue;
      }
    }
    if (who === 'account') {
      // A7: an account grantee delegates like an account principal: an IAM policy must allow.
      const side = identitySide(env, c, true, step.id);
      if (!side.allowed) {
        if (on) miss(step, g, 'accountDelegation', { reason: side.reason });
        continue;
      }
    }
    step.outcome = 'match';
    const crossAccount = env.caller.account !== c.keyAccount;
    step.detail = {
      grantId: g.grantId,
      grantee: who,
      assumption:
        who === 'role' || who === 'account'
          ? 'A7'
          : crossAccount
            ? 'A8'
            : env.boundary || env.session
              ? 'A6'
              : undefined,
    };
    phase.outcome = 'allow';
    return {
      allowed: true,
      deciding: [{ document: on ? document : docIds.grant(g.grantId), statement: null, path: [] }],
    };
  }
  phase.outcome = 'noMatch';
  return NO_GRANT;
}
