/**
 * "An IAM allow had no effect because the key policy does not enable IAM policies." The engine
 * stops at the key policy when it names neither the caller nor the caller's account, so the
 * identity policies never appear in that trace. To say whether one of them would have allowed the
 * call, this asks the engine again with the key policy enabling IAM policies for the caller's
 * account (the statement the default key policy starts with) and reads that trace.
 */
import { compileScenario, evaluateRequest } from '../engine';
import type { EvaluationResult, TraceStep } from '../engine/types';
import { enableIamStatement } from '../scenario/keyPolicyStatements';
import type { Json, Scenario } from '../scenario/types';
import { accountOf, documentPhrase, statementPhrase } from './names';
import type { Ctx } from './allow';
import { capitalise } from './format';
import { TraceIndex } from './traceQuery';

/** Statements of a key policy document (object, single statement or JSON text), or null. */
function withStatement(policy: Json, statement: Json): Json | null {
  let doc: Json = policy;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc) as Json;
    } catch {
      return null;
    }
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const current = doc.Statement;
  const list = Array.isArray(current) ? current : current === undefined ? [] : [current];
  return { ...doc, Statement: [...list, statement] };
}

/** The result had the key policy enabled IAM policies for `account` on key `keyArn`. */
function withIamEnabled(
  scenario: Scenario,
  keyArn: string,
  account: string,
  requestIndex: number,
): EvaluationResult | null {
  const enable = enableIamStatement(account);
  let changed = false;
  const keys = scenario.keys.map((k) => {
    if (k.arn !== keyArn) return k;
    const policy = withStatement(k.policy, enable);
    if (!policy) return k;
    changed = true;
    return { ...k, policy };
  });
  if (!changed) return null;
  return evaluateRequest(compileScenario({ ...scenario, keys }), requestIndex);
}

/**
 * The sentence saying that an identity policy of the caller allows the action but has no effect
 * because the key policy does not enable IAM policies; null when that is not why it was denied.
 *
 * AWS KMS Developer Guide, "Key policies in AWS KMS": "Unless the key policy explicitly allows it,
 * you cannot use IAM policies to allow access to a KMS key. Without permission from the key policy,
 * IAM policies that allow permissions have no effect."
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
 */
export function iamAllowIgnored(keyPhase: TraceStep, check: TraceStep, ctx: Ctx): string | null {
  const { index, scenario, request, action, caller, callerArn } = ctx;
  const matched = index
    .descendants(keyPhase.id)
    .some((s) => s.kind === 'statement' && s.outcome === 'match');
  const account = accountOf(callerArn);
  const keyArn = check.detail?.resource;
  if (matched || !account || typeof keyArn !== 'string' || !request) return null;
  const requestIndex = scenario.requests.indexOf(request);
  if (requestIndex < 0) return null;
  const what = withIamEnabled(scenario, keyArn, account, requestIndex);
  if (!what) return null;
  const trace = new TraceIndex(what.trace);
  const identity = trace.steps.find(
    (s) => s.rule === 'identityPolicies' && s.kind === 'phase' && s.outcome === 'pass',
  );
  if (!identity) return null;
  const why = `the key policy does not enable IAM policies for account ${account}`;
  if (identity.detail?.implicitRootAllow)
    return `The root user needs no IAM policy, but that has no effect here: ${why}.`;
  const hit = trace
    .descendants(identity.id)
    .find((s) => s.kind === 'statement' && s.outcome === 'match');
  if (!hit?.source) return null;
  const sid = typeof hit.detail?.sid === 'string' ? hit.detail.sid : null;
  const doc = capitalise(documentPhrase(hit.source.document, scenario));
  return `${doc} (statement ${statementPhrase(sid, hit.source.path)}) allows ${action} for ${caller}, but it has no effect: ${why}.`;
}
