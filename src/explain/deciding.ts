/**
 * Which trace steps decided the result: the statements and grants named in
 * `EvaluationResult.deciding`, found by document id and JSON path among the steps that matched.
 */
import type { EvaluationResult, TraceStep } from '../engine/types';
import { samePath } from './traceQuery';

/** A step that can decide: a matching statement or grant, or the retire rules that allowed. */
function canDecide(s: TraceStep): boolean {
  if (s.kind === 'statement' || s.kind === 'grant') return s.outcome === 'match';
  return s.kind === 'phase' && s.rule === 'retireGrantRules' && s.outcome === 'allow';
}

/**
 * Ids of the steps that decided. `inCheck(i)` says whether trace step i belongs to an
 * authorization check (the lockout probe after authorization re-reads policies but decides
 * nothing).
 */
export function decidingSteps(
  result: EvaluationResult,
  inCheck: (index: number) => boolean,
): Set<string> {
  const out = new Set<string>();
  if (result.deciding.length === 0) return out;
  result.trace.forEach((s, i) => {
    const src = s.source;
    if (!src || !canDecide(s) || !inCheck(i)) return;
    if (result.deciding.some((d) => d.document === src.document && samePath(d.path, src.path)))
      out.add(s.id);
  });
  return out;
}
