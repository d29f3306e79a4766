/**
 * What follows from a new scenario, applied in the same update as the scenario itself:
 * evaluation (keeping the previous one), selection reconciled, playback back to the start,
 * `dirty`, and drafts carried across undo, redo and loads.
 */
import type { Scenario } from '../scenario';
import { documentText, locateDocument } from './documents';
import { evaluate } from './evaluationSlice';
import { playbackReset } from './playbackSlice';
import type { Runtime } from './runtime';
import { reconcileSelection } from './selectionSlice';
import type { AppState, Draft } from './types';

/** Undo history is capped at this many steps. */
export const HISTORY_LIMIT = 200;
/** Consecutive edits of one document closer together than this merge into one undo step. */
export const MERGE_WINDOW_MS = 1000;

/**
 * The state update for a scenario change. `extra` may override parts of the selection (which
 * are then reconciled like the rest) or set drafts.
 */
export function scenarioChange(
  state: AppState,
  runtime: Runtime,
  next: Scenario,
  extra: Partial<AppState> = {},
): Partial<AppState> {
  const evaluation = evaluate(next);
  const selection = reconcileSelection({ ...state, ...extra }, next, evaluation);
  return {
    ...extra,
    scenario: next,
    evaluation,
    previousEvaluation: state.evaluation,
    ...selection,
    ...playbackReset(),
    dirty: next !== runtime.savedScenario,
  };
}

/** `past` with `s` pushed, keeping the newest `HISTORY_LIMIT` entries. */
export function pushHistory(past: readonly Scenario[], s: Scenario): Scenario[] {
  const out = [...past, s];
  return out.length > HISTORY_LIMIT ? out.slice(out.length - HISTORY_LIMIT) : out;
}

/**
 * Drafts after jumping from the current scenario to `target` (undo, redo): the current drafts
 * are stashed with the scenario they belong to; those whose document is unchanged in `target`
 * stay; drafts stashed when `target` was left come back.
 */
export function draftsAfterJump(
  state: AppState,
  runtime: Runtime,
  target: Scenario,
): Record<string, Draft> {
  if (Object.keys(state.drafts).length > 0) runtime.draftStash.set(state.scenario, state.drafts);
  const kept = Object.entries(state.drafts).filter(
    ([id]) =>
      locateDocument(target, id) !== undefined &&
      documentText(target, id) === documentText(state.scenario, id),
  );
  return { ...runtime.draftStash.get(target), ...Object.fromEntries(kept) };
}
