/**
 * Reading one evaluation result back into a matrix cell: the route that allowed it, or what
 * stopped it, from the trace and the deciding references (never by deciding again).
 */
import type { EvaluationResult, TraceStep } from '../engine/types';
import type { Route, Stop } from './types';

/** What reading a cell needs of an evaluation (evaluateRequest's result, or a caller's cell). */
export type Evaluated = Pick<EvaluationResult, 'outcome' | 'decision' | 'deciding' | 'trace'>;

/**
 * The route, grant and deciding document of an allowed result. `delegated`: whether the key policy
 * statement that allowed named the caller's account (read from the trace when not given).
 */
export function allowRoute(
  r: Evaluated,
  delegated?: boolean,
): {
  via: Route | null;
  grantId?: string;
  document?: string;
} {
  const grant = r.deciding.find((d) => d.document.startsWith('grant:'));
  if (grant) {
    const grantId = grant.document.slice('grant:'.length);
    return { via: 'grant', grantId, document: grant.document };
  }
  const key = r.deciding.find((d) => d.document.startsWith('key:'));
  if (!key) return { via: null };
  // The key policy delegates to IAM when the statement that matched names the account.
  const byAccount =
    delegated ??
    r.trace.some(
      (s) =>
        s.rule === 'keyPolicy' && s.kind === 'phase' && s.detail?.['principalMatch'] === 'account',
    );
  const identity = r.deciding.find(
    (d) => d.document.startsWith('identity:') || d.document.startsWith('group:'),
  );
  if (byAccount && identity) return { via: 'iam', document: identity.document };
  return { via: 'keyPolicy', document: key.document };
}

const GATE_STOPS: Record<string, Stop> = {
  rcpGate: 'rcp',
  scpGate: 'scp',
  vpcEndpointGate: 'vpcEndpoint',
  crossAccountGate: 'crossAccount',
  permissionsBoundary: 'permissionsBoundary',
  sessionPolicy: 'sessionPolicy',
};

/** What stopped a result that is not Allowed (null for Allowed). */
export function stopOf(r: Evaluated): { stop: Stop | null; document?: string } {
  if (r.outcome === 'Allowed') return { stop: null };
  if (r.decision === 'Allow') return { stop: 'afterAuthorization' };
  if (r.decision === 'ExplicitDeny') {
    const d = r.deciding[0];
    return d ? { stop: 'explicitDeny', document: d.document } : { stop: 'explicitDeny' };
  }
  // The first denying phase of the first denied check, in the engine's order.
  const denied = r.trace.find(
    (s) => s.kind === 'phase' && s.rule === 'authorizationCheck' && s.outcome === 'implicitDeny',
  );
  if (!denied) return { stop: 'noAllow' };
  const under = `${denied.id}/`;
  for (const s of r.trace as TraceStep[]) {
    if (s.parentId !== denied.id && !s.parentId?.startsWith(under)) continue;
    if (s.kind !== 'phase' && s.kind !== 'check') continue;
    if (s.outcome !== 'implicitDeny' && s.outcome !== 'fail') continue;
    const stop = GATE_STOPS[s.rule];
    if (stop) return { stop };
  }
  return { stop: 'noAllow' };
}
