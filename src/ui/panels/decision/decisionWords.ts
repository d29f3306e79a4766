import type { EvaluationResult } from '../../../engine/types';

/** How the decision reads: authorized, denied (explicitly or by default), or never checked. */
export function decisionWords(result: EvaluationResult): { kind: string; hint: string } {
  if (result.decision === 'Allow') {
    return result.outcome === 'Allowed'
      ? { kind: 'Authorized', hint: 'the policies allow the call' }
      : { kind: 'Authorized', hint: 'but KMS refused the call afterwards' };
  }
  if (result.outcome !== 'AccessDeniedException')
    return { kind: 'Not authorized', hint: 'KMS refused the request before or while checking it' };
  return result.decision === 'ExplicitDeny'
    ? { kind: 'Explicit deny', hint: 'a Deny statement matched; nothing can override it' }
    : { kind: 'Implicit deny', hint: 'nothing allowed the call, so it is denied by default' };
}
