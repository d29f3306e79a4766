/**
 * "Predict the decision" as data: the statements a learner may name as deciding a request, the
 * right answer read from the engine's result, and how an answer scores. Pure, so the lesson
 * player, the playground's Predict button and the tests share one model.
 */
import { documentById } from '../../engine';
import type { EvaluationResult, JsonPath } from '../../engine/types';
import type { Json, Request, Scenario } from '../../scenario/types';
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
 * The right prediction: the decision, and the statements any of which names it right. An
 * implicit deny is decided by no statement: nothing allowed the request, and KMS gives no access
 * that a key policy, IAM policy or grant does not allow
 * (https://docs.aws.amazon.com/kms/latest/developerguide/control-access.html).
 */
export function rightAnswer(result: EvaluationResult): {
  verdict: Prediction['verdict'];
  kind: Prediction['kind'];
  /** Deciding statements; empty when none decided (an implicit deny). */
  statements: string[];
} {
  const verdict = result.decision === 'Allow' ? 'allow' : 'deny';
  const kind =
    result.decision === 'ExplicitDeny'
      ? 'explicit'
      : result.decision === 'ImplicitDeny'
        ? 'implicit'
        : null;
  const statements =
    result.decision === 'ImplicitDeny'
      ? []
      : result.deciding.map((d) => choiceKey(d.document, d.path));
  return { verdict, kind, statements };
}

/** How a prediction scores against the engine's result: each part, and all together. */
export function scorePrediction(p: Prediction, result: EvaluationResult) {
  const want = rightAnswer(result);
  const verdict = p.verdict === want.verdict;
  const kind = want.verdict === 'allow' ? verdict : verdict && p.kind === want.kind;
  const statement =
    want.statements.length === 0
      ? p.statement === null
      : p.statement !== null && want.statements.includes(p.statement);
  return { verdict, kind, statement, correct: verdict && kind && statement };
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
