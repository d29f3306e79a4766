/**
 * Sentences for single trace steps: why a statement or grant did not apply, what a failed condition
 * compared. Used by `explain` to say what nearly allowed a denied request.
 */
import type { TraceStep } from '../engine/types';
import type { Scenario } from '../scenario/types';
import { documentPhrase, principalName, statementPhrase } from './names';
import { capitalise, values } from './format';
import type { TraceIndex } from './traceQuery';

/** What a failed condition compared: `StringEquals on kms:EncryptionContext:tenant: ...`. */
export function conditionPhrase(step: TraceStep): string {
  const d = step.detail ?? {};
  const key = typeof d.key === 'string' ? d.key : 'a key';
  if (step.rule === 'Null') {
    const absent = values(d.policyValues).toLowerCase() === 'true';
    const has = values(d.requestValues) !== 'no value';
    return `Null on ${key} (the policy wants the key ${absent ? 'absent' : 'present'}; the request ${has ? 'has it' : 'lacks it'})`;
  }
  const got = values(d.requestValues);
  const want = values(d.policyValues);
  return `${step.rule} on ${key} (the request has ${got}; the policy wants ${want})`;
}

/** Why one statement step did not apply, or null when it applied. */
export function statementMiss(index: TraceIndex, step: TraceStep, action: string): string | null {
  if (step.outcome !== 'noMatch') return null;
  const failed = step.detail?.failed;
  const kids = index.children(step.id);
  if (failed === 'Condition') {
    const cond = kids.filter((k) => k.kind === 'condition' && k.outcome === 'fail');
    return cond.length > 0
      ? `its condition failed: ${cond.map(conditionPhrase).join('; ')}`
      : 'its condition failed';
  }
  const element = kids.find((k) => k.kind === 'element');
  const d = element?.detail ?? {};
  switch (failed) {
    case 'Action':
      return `it allows ${values(d.patterns)}, not ${action}`;
    case 'NotAction':
      return `its NotAction excludes ${action}`;
    case 'Resource':
      return d.missing ? 'it has no Resource element' : `its Resource is ${values(d.patterns)}`;
    case 'NotResource':
      return `its NotResource excludes this key`;
    case 'Principal':
      return `it names ${values(d.listed)}`;
    case 'NotPrincipal':
      return 'its NotPrincipal exempts the caller';
    default:
      return null;
  }
}

/** Statements under a phase that got past the Principal element but still missed: near misses. */
export function nearMisses(
  index: TraceIndex,
  phaseId: string,
  action: string,
  scenario: Scenario,
  limit = 2,
): string[] {
  const out: string[] = [];
  for (const s of index.descendants(phaseId)) {
    if (s.kind !== 'statement' || s.outcome !== 'noMatch') continue;
    const failed = s.detail?.failed;
    if (failed === 'Principal' || failed === 'NotPrincipal') continue;
    const why = statementMiss(index, s, action);
    if (!why || !s.source) continue;
    const sid = typeof s.detail?.sid === 'string' ? s.detail.sid : null;
    out.push(
      `${capitalise(documentPhrase(s.source.document, scenario))} statement ${statementPhrase(sid, s.source.path)} does not apply: ${why}.`,
    );
    if (out.length >= limit) break;
  }
  return out;
}

/** Why one grant did not apply. */
export function grantMiss(step: TraceStep, scenario: Scenario): string {
  const d = step.detail ?? {};
  const name = documentPhrase(step.source?.document ?? `grant:${String(d.grantId)}`, scenario);
  switch (d.failed) {
    case 'notPropagated':
      return `${capitalise(name)} is not usable yet: it has not propagated and its grant token was not passed.`;
    case 'grantee':
      return `${capitalise(name)} is for ${principalName(String(d.grantee), scenario)}, not this caller.`;
    case 'operation':
      return `${capitalise(name)} allows only ${values(d.operations)}.`;
    case 'constraint':
      return `${capitalise(name)} has an ${String(d.constraint)} constraint that the request's encryption context does not meet.`;
    case 'childOperations':
      return `${capitalise(name)} cannot pass on ${values(d.extra)}: the new grant may only use the parent grant's operations.`;
    case 'childConstraints':
      return `${capitalise(name)} requires the new grant to keep its encryption-context constraint.`;
    default:
      return `${capitalise(name)} does not apply.`;
  }
}
