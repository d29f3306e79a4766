/**
 * What the projector shows beside the diagram: only the statements and grants the decision path
 * points at — the ones that decided, the ones that matched, and the near misses (statements that
 * named the caller but failed on the action, resource or a condition; Deny statements only when
 * they applied) — grouped by document, in the order the engine read them.
 */
import { documentById, resolvePath } from '../../engine';
import type { EvaluationResult, TraceStep } from '../../engine/types';
import type { Scenario } from '../../scenario/types';
import { documentPhrase, statementPhrase, capitalise, samePath } from '../../explain';

export interface PathStatement {
  /** Index of its trace step: it is marked once playback has passed it. */
  stepIndex: number;
  label: string;
  /** The statement or grant as JSON, indented. */
  json: string;
  outcome: string;
  deciding: boolean;
}

export interface PathDocument {
  id: string;
  title: string;
  statements: PathStatement[];
}

/** At most this many statements fit on a projector beside the diagram. */
export const MAX_PATH_STATEMENTS = 6;

function relevant(step: TraceStep, result: EvaluationResult): boolean {
  if (step.kind !== 'statement' && step.kind !== 'grant') return false;
  if (!step.source) return false;
  if (isDeciding(step, result) || step.outcome === 'match') return true;
  const failed = step.detail?.failed;
  // A statement for someone else, or a Deny that did not apply, is not part of this story; an
  // Allow that named the caller and still missed is.
  return (
    step.kind === 'statement' &&
    step.rule === 'Allow' &&
    failed !== 'Principal' &&
    failed !== 'NotPrincipal'
  );
}

function isDeciding(step: TraceStep, result: EvaluationResult): boolean {
  const src = step.source;
  return (
    !!src && result.deciding.some((d) => d.document === src.document && samePath(d.path, src.path))
  );
}

function jsonOf(scenario: Scenario, step: TraceStep): string {
  const src = step.source!;
  const value = resolvePath(documentById(scenario, src.document), src.path);
  return value === undefined ? '(not found)' : JSON.stringify(value, null, 2);
}

/**
 * The documents and statements on the decision path of `result`. When no statement is about the
 * caller at all (a key policy that names someone else), the statements the engine checked are
 * shown instead, so the room sees what the key policy does say.
 */
export function pathDocuments(result: EvaluationResult, scenario: Scenario): PathDocument[] {
  const found = collect(result, scenario, (step) => relevant(step, result));
  if (found.length > 0) return found;
  return collect(result, scenario, (step) => step.kind === 'statement' && !!step.source);
}

function collect(
  result: EvaluationResult,
  scenario: Scenario,
  include: (step: TraceStep) => boolean,
): PathDocument[] {
  const docs = new Map<string, PathDocument>();
  let count = 0;
  result.trace.forEach((step, stepIndex) => {
    if (count >= MAX_PATH_STATEMENTS || !include(step)) return;
    const id = step.source!.document;
    let doc = docs.get(id);
    if (!doc) {
      doc = { id, title: capitalise(documentPhrase(id, scenario)), statements: [] };
      docs.set(id, doc);
    }
    const sid = typeof step.detail?.sid === 'string' ? step.detail.sid : null;
    doc.statements.push({
      stepIndex,
      label:
        step.kind === 'grant' ? 'Grant' : `Statement ${statementPhrase(sid, step.source!.path)}`,
      json: jsonOf(scenario, step),
      outcome: step.outcome,
      deciding: isDeciding(step, result),
    });
    count += 1;
  });
  return [...docs.values()];
}
