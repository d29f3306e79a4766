import type { CheckResult } from './checkTypes';

/**
 * S24: the authorization checks of one request combine toward deny — any ExplicitDeny, else any
 * ImplicitDeny, else Allow. Returns the index of the check that decided a deny (the first explicit
 * one, else the first implicit one), or -1 when every check allowed.
 */
export function failedCheck(results: readonly CheckResult[]): number {
  let implicit = -1;
  for (let i = 0; i < results.length; i++) {
    const d = (results[i] as CheckResult).decision;
    if (d === 'ExplicitDeny') return i;
    if (d === 'ImplicitDeny' && implicit < 0) implicit = i;
  }
  return implicit;
}
