/**
 * The first sentence of every explanation: who asked for what on which key, and the verdict, so
 * a line read aloud (or on a projector) stands on its own.
 */
import type { EvaluationResult } from '../engine/types';
import type { Request, Scenario } from '../scenario/types';
import { keyLabel } from './names';

/** The key a request names, as people call it: "key alias/payroll", or "no key". */
export function keyPhrase(request: Request | undefined, scenario: Scenario): string {
  const named = request?.key;
  if (!named) return 'no key';
  const key = scenario.keys.find(
    (k) =>
      k.arn === named ||
      k.arn.endsWith(`:key/${named}`) ||
      k.aliases.some((a) => a === named || named.endsWith(`:${a}`)),
  );
  return `key ${key ? keyLabel(key.arn, scenario) : named}`;
}

/** "Ana may call kms:Encrypt on key alias/payroll." and its denied and refused variants. */
export function summaryLine(
  result: EvaluationResult,
  caller: string,
  action: string,
  key: string,
  checked: boolean,
): string {
  const on = `${action} on ${key}`;
  if (!checked)
    return `KMS refused ${caller}'s call to ${on} before checking any policy: ${result.message ?? result.outcome}`;
  if (result.decision === 'Allow')
    return result.outcome === 'Allowed'
      ? `${caller} may call ${on}.`
      : `${caller} is authorized to call ${on}, but KMS answers ${result.outcome}.`;
  return result.decision === 'ExplicitDeny'
    ? `${caller} may not call ${on}: a statement denies it explicitly.`
    : `${caller} may not call ${on}: nothing allows it, so it is denied by default.`;
}
