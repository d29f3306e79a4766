/**
 * The request node (who calls what, with the context keys the request itself supplied) and the
 * decision node (decision, KMS outcome, message, what decided, expectation).
 */
import type { Decision, EvaluationResult, TraceStep } from '../../engine/types';
import { documentName, outcomeWords, shortArn, str, value, words } from '../../explain/format';
import type { GraphNodeData, GraphRow, Tone } from './types';

/** Request-supplied context keys shown on the request node. */
const CONTEXT_ROWS = 4;

function infoRow(
  nodeId: string,
  i: number,
  stepIndex: number,
  label: string,
  tone: Tone = 'neutral',
  reason?: string,
): GraphRow {
  return {
    id: `${nodeId}#info.${i}`,
    stepIds: [],
    selectId: nodeId,
    stepIndex,
    lastStepIndex: stepIndex,
    depth: 0,
    kind: 'info',
    outcome: 'info',
    tone,
    label,
    status: '',
    reason,
    deciding: false,
  };
}

/** The request node: caller, operation(s), and the context keys the request supplied. */
export function requestNodeData(
  step: TraceStep,
  trace: TraceStep[],
  rows: GraphRow[],
): GraphNodeData {
  const index = trace.indexOf(step);
  const caller = str(step.detail, 'caller', 'unknown caller');
  const kind = str(step.detail, 'callerKind');
  const actions = trace
    .filter((s) => s.parentId === null && s.rule === 'authorizationCheck')
    .map((s) => str(s.detail, 'action'))
    .filter(Boolean);
  const keys = Array.isArray(step.detail?.keys) ? (step.detail.keys as unknown[]) : [];
  const supplied = keys.filter(
    (k): k is { name: string; value: unknown } =>
      !!k && typeof k === 'object' && (k as { derived?: unknown }).derived === false,
  );
  const info = supplied
    .slice(0, CONTEXT_ROWS)
    .map((k, i) => infoRow(step.id, i, index, `${k.name} = ${value(k.value)}`));
  if (supplied.length > CONTEXT_ROWS)
    info.push(
      infoRow(
        step.id,
        CONTEXT_ROWS,
        index,
        `+${supplied.length - CONTEXT_ROWS} more request context keys`,
      ),
    );
  return {
    eyebrow: 'Request',
    title: shortArn(caller),
    rule: step.rule,
    outcome: step.outcome,
    tone: 'neutral',
    status: kind ? words(kind) : '',
    summary:
      actions.length > 0 ? `Calls ${actions.join(' then ')}.` : 'No authorization check ran.',
    rows: [...info, ...rows],
    deciding: false,
  };
}

const DECISION_TONE: Record<Decision, Tone> = {
  Allow: 'allow',
  ExplicitDeny: 'explicitDeny',
  ImplicitDeny: 'implicitDeny',
};

/** The decision node: authorization decision, KMS outcome and message, what decided it. */
export function decisionNodeData(result: EvaluationResult, rows: GraphRow[]): GraphNodeData {
  const step = result.trace.find((s) => s.kind === 'decision');
  const id = step?.id ?? 'decision';
  const index = step ? result.trace.indexOf(step) : result.trace.length;
  const rejected = result.decision === 'Allow' && result.outcome !== 'Allowed';
  const info = result.deciding.map((d, i) =>
    infoRow(
      id,
      i,
      index,
      `Decided by ${documentName(d.document)}`,
      'neutral',
      d.statement !== null ? `statement "${d.statement}"` : undefined,
    ),
  );
  if (result.expectation !== 'none')
    info.push(
      infoRow(
        id,
        info.length,
        index,
        result.expectation === 'met' ? 'Expectation met' : 'Expectation failed',
        result.expectation === 'met' ? 'pass' : 'fail',
      ),
    );
  return {
    eyebrow: 'Decision',
    title: rejected
      ? 'Allow, then rejected'
      : outcomeWords(step?.outcome ?? 'implicitDeny') || result.decision,
    rule: 'decision',
    outcome: step?.outcome ?? 'implicitDeny',
    tone: rejected ? 'fail' : DECISION_TONE[result.decision],
    // The KMS outcome can be long (MalformedPolicyDocumentException): it leads the summary.
    status: '',
    summary:
      result.outcome === 'Allowed'
        ? 'Allowed: KMS performs the operation.'
        : `${result.outcome}${result.message ? `: ${result.message}` : '.'}`,
    rows: [...info, ...rows],
    deciding: false,
  };
}
