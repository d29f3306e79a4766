/**
 * "Predict the decision" as data: the statements a learner may name as deciding a request, the
 * right answer read from the engine's result, and how an answer scores. Pure, so the lesson
 * player, the playground's Predict button and the tests share one model.
 */
import { documentById } from '../../engine';
import type { EvaluationResult, JsonPath } from '../../engine/types';
import type { Json, Request, Scenario } from '../../scenario/types';
import {
  ERROR_MEANING,
  actualOutcome,
  outcomeMatches,
  type OtherError,
  type PredictedOutcome,
} from '../../lessons/predict';
import { listDocuments, type Prediction } from '../../state';
import { documentPhrase, statementPhrase, capitalise } from '../../explain';

/** A statement (or grant) offered as the one that decides. */
export interface StatementChoice {
  /** `<document id>|<JSON path>`, as stored in a prediction. */
  key: string;
  label: string;
  effect: 'Allow' | 'Deny';
}

/** At most this many statements are offered (the rest would not fit a question). */
export const MAX_CHOICES = 40;

/** The key a prediction stores for a statement. */
export const choiceKey = (document: string, path: JsonPath): string =>
  `${document}|${JSON.stringify(path)}`;

const POLICY_KINDS = new Set([
  'keyPolicy',
  'identityPolicy',
  'boundary',
  'sessionPolicy',
  'scp',
  'rcp',
  'endpointPolicy',
  'grant',
]);

const isObject = (v: Json | undefined): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The statements of a policy document with their paths. */
function statementsOf(
  doc: Json | undefined,
): { path: JsonPath; statement: Record<string, Json> }[] {
  if (!isObject(doc)) return [];
  const body = doc.Statement;
  if (Array.isArray(body))
    return body.flatMap((statement, i) =>
      isObject(statement) ? [{ path: ['Statement', i], statement }] : [],
    );
  return isObject(body) ? [{ path: ['Statement'], statement: body }] : [];
}

/**
 * Every statement that could decide the request: those of the documents the engine looked at,
 * and of the caller's own policies (which may not count, e.g. when the key policy does not enable
 * IAM policies — a classic wrong answer worth offering).
 */
export function statementChoices(
  scenario: Scenario,
  request: Request | undefined,
  result: EvaluationResult,
): StatementChoice[] {
  const out: StatementChoice[] = [];
  for (const doc of relevantDocuments(scenario, request, result)) {
    const phrase = doc.label;
    if (doc.id.startsWith('grant:')) {
      out.push({ key: choiceKey(doc.id, []), label: phrase, effect: 'Allow' });
      continue;
    }
    for (const { path, statement } of statementsOf(documentById(scenario, doc.id))) {
      const effect = statement.Effect === 'Deny' ? 'Deny' : 'Allow';
      const sid = typeof statement.Sid === 'string' ? statement.Sid : null;
      const label = `${phrase}, statement ${statementPhrase(sid, path)} (${effect})`;
      out.push({ key: choiceKey(doc.id, path), label, effect });
    }
  }
  return out.slice(0, MAX_CHOICES);
}

/**
 * The right prediction: what KMS answers, and the statements any of which names it right. An
 * implicit deny is decided by no statement: nothing allowed the request, and KMS gives no access
 * that a key policy, IAM policy or grant does not allow
 * (https://docs.aws.amazon.com/kms/latest/developerguide/control-access.html).
 */
export function rightAnswer(result: EvaluationResult): {
  outcome: PredictedOutcome;
  /** Deciding statements; empty when none decided (an implicit deny). */
  statements: string[];
} {
  const statements =
    result.decision === 'ImplicitDeny'
      ? []
      : result.deciding.map((d) => choiceKey(d.document, d.path));
  return { outcome: actualOutcome(result), statements };
}

/**
 * How a prediction scores against the engine's result: each part, and all together. `offered` is
 * the outcomes the question offered ("another error" is right for an error none of them names).
 */
export function scorePrediction(
  p: Prediction,
  result: EvaluationResult,
  offered: readonly PredictedOutcome[] = [],
) {
  const want = rightAnswer(result);
  const outcome = outcomeMatches(p.outcome, want.outcome, offered);
  const statement =
    want.statements.length === 0
      ? p.statement === null
      : p.statement !== null && want.statements.includes(p.statement);
  return { outcome, statement, correct: outcome && statement };
}

/**
 * What a wrong answer believed, in one or two sentences: why the outcome or the statement chosen
 * is not the one KMS gives (empty for a right answer).
 */
export function wrongBelief(
  p: Prediction,
  result: EvaluationResult,
  offered: readonly PredictedOutcome[] = [],
): string {
  const want = rightAnswer(result);
  const picked = p.statement?.split('|')[0] ?? '';
  const pickedError = p.outcome === 'OtherError' ? 'another error' : p.outcome;
  if (!outcomeMatches(p.outcome, want.outcome, offered)) {
    if (want.outcome === 'ExplicitDeny')
      return 'A Deny statement matches this request, and an explicit deny overrides every allow, wherever it is written.';
    if (want.outcome === 'ImplicitDeny') {
      if (p.outcome === 'ExplicitDeny')
        return 'No Deny statement matches: the request is denied only because nothing allows it.';
      if (picked.startsWith('identity:') || picked.startsWith('group:'))
        return 'The IAM statement you counted on does not count here: for a KMS key an IAM policy gives access only when the key policy lets IAM policies in, and only for what both allow.';
      if (picked.startsWith('grant:'))
        return 'The grant does not cover this request: its grantee, operations or constraints do not match it (or it has not taken effect).';
      return 'Nothing allows this request: the statements that could allow it do not match its principal, action, resource or conditions. The decision map shows where each route stops.';
    }
    if (want.outcome === 'Allowed')
      return p.outcome === 'ExplicitDeny' || p.outcome === 'ImplicitDeny'
        ? 'A statement allows this request and no Deny matches it.'
        : `The call does not fail with ${pickedError}: the key and the input are fine, and a statement allows it.`;
    // Another error: the policies allowed it (or the call failed before they mattered).
    return result.decision === 'Allow'
      ? `The policies do allow the call, but KMS answers ${want.outcome}: ${ERROR_MEANING[want.outcome as OtherError]}. Authorization is only one of the checks.`
      : `KMS answers ${want.outcome}: ${ERROR_MEANING[want.outcome as OtherError]}.`;
  }
  if (!scorePrediction(p, result, offered).statement)
    return want.statements.length === 0
      ? 'No statement decides an implicit deny: nothing matched.'
      : 'Another statement decides it: see “Decided by” in the decision.';
  return '';
}

/** Documents worth showing for a request: those the engine looked at and the caller's own. */
export function relevantDocuments(
  scenario: Scenario,
  request: Request | undefined,
  result: EvaluationResult | null,
): { id: string; label: string }[] {
  const seen = new Set(result?.trace.flatMap((t) => (t.source ? [t.source.document] : [])));
  const caller = request?.principal;
  const callers = caller ? [`identity:${caller}#`, `boundary:${caller}`] : [];
  return listDocuments(scenario)
    .filter(
      (d) =>
        POLICY_KINDS.has(d.kind) && (seen.has(d.id) || callers.some((c) => d.id.startsWith(c))),
    )
    .map((d) => ({ id: d.id, label: capitalise(documentPhrase(d.id, scenario)) }));
}
