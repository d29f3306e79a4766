/**
 * Named selectors. Each returns the same reference for the same inputs (memoized on the
 * scenario or evaluation object), so `useAppStore(selectX)` never sees a "new" value for an
 * unchanged state: zustand 5 would otherwise re-render forever. Parameterised selectors
 * (`selectDocumentText(id)`) may be created inline in render; their results are still stable.
 */
import type {
  Diagnostic,
  EvaluationResult,
  JsonPath,
  ScenarioEvaluation,
  TraceStep,
} from '../engine';
import type { Scenario } from '../scenario/types';
import { documentText, listDocuments } from './documents';
import type { AppState, AppliedFix, DocumentInfo, Draft, Notice, PinnedCall } from './types';

/** How a statement is highlighted in the editor. */
export interface Highlight {
  path: JsonPath;
  /** `changed`: what the fix applied last added or replaced (see `applyFix`). */
  role: 'deciding' | 'matched' | 'noMatch' | 'changed';
}

/** A cache keyed first by an object (dropped with it), then by a string. */
function keyedCache<K extends object, V>() {
  const map = new WeakMap<K, Map<string, V>>();
  return (owner: K, key: string, compute: () => V): V => {
    let inner = map.get(owner);
    if (!inner) map.set(owner, (inner = new Map()));
    if (!inner.has(key)) inner.set(key, compute());
    return inner.get(key) as V;
  };
}

const documentsCache = new WeakMap<object, DocumentInfo[]>();
const textCache = keyedCache<object, string>();
const diagnosticsCache = keyedCache<ScenarioEvaluation, Diagnostic[]>();
const highlightCache = keyedCache<ScenarioEvaluation, Highlight[]>();
const revealedCache = keyedCache<EvaluationResult, TraceStep[]>();
const noticeCache = keyedCache<Notice[], Notice[]>();

export const selectScenario = (s: AppState) => s.scenario;
export const selectEvaluation = (s: AppState) => s.evaluation;
export const selectDrafts = (s: AppState) => s.drafts;
export const selectCanUndo = (s: AppState) => s.past.length > 0;
export const selectCanRedo = (s: AppState) => s.future.length > 0;

/**
 * A past call's decision pinned over the live one (console: "as decided then"), while the request
 * that was selected when it was pinned stays selected; else null.
 */
export const selectPinnedCall = (s: AppState): PinnedCall | null =>
  s.pinnedCall && s.pinnedCall.atRequest === s.selectedRequest ? s.pinnedCall : null;

const explainCache = new WeakMap<PinnedCall, { scenario: Scenario; value: Scenario }>();

/**
 * The scenario to explain the shown result against: with a pinned past call, the scenario plus
 * that call's request (first, so its id finds it), so its caller, action and key are named.
 */
export const selectScenarioForResult = (s: AppState): Scenario => {
  const pinned = selectPinnedCall(s);
  if (!pinned?.request) return s.scenario;
  const hit = explainCache.get(pinned);
  if (hit?.scenario === s.scenario) return hit.value;
  const value = { ...s.scenario, requests: [pinned.request, ...s.scenario.requests] };
  explainCache.set(pinned, { scenario: s.scenario, value });
  return value;
};

/**
 * The result the decision panel and the diagram show: a pinned past call's, else the selected
 * request's, or null when the scenario has no requests.
 */
export const selectCurrentResult = (s: AppState): EvaluationResult | null =>
  selectPinnedCall(s)?.result ?? s.evaluation.results[s.selectedRequest] ?? null;

/** The selected result's previous evaluation counterpart (same index), for "what changed". */
export const selectPreviousResult = (s: AppState): EvaluationResult | null =>
  selectPinnedCall(s) ? null : (s.previousEvaluation?.results[s.selectedRequest] ?? null);

/** Every editable document (see `listDocuments`). */
export const selectDocuments = (s: AppState): DocumentInfo[] => {
  let docs = documentsCache.get(s.scenario);
  if (!docs) documentsCache.set(s.scenario, (docs = listDocuments(s.scenario)));
  return docs;
};

/** The selected document's info, or undefined. */
export const selectSelectedDocumentInfo = (s: AppState): DocumentInfo | undefined =>
  selectDocuments(s).find((d) => d.id === s.selectedDocument);

/** Editor text for a document: its draft when there is one, else its JSON. */
export const selectDocumentText =
  (id: string) =>
  (s: AppState): string =>
    s.drafts[id]?.text ?? textCache(s.scenario, id, () => documentText(s.scenario, id));

/** The draft of a document, or null. */
export const selectDraft =
  (id: string) =>
  (s: AppState): Draft | null =>
    s.drafts[id] ?? null;

/** Engine diagnostics for one document. */
export const selectDiagnosticsFor =
  (id: string) =>
  (s: AppState): Diagnostic[] =>
    diagnosticsCache(s.evaluation, id, () =>
      s.evaluation.diagnostics.filter((d) => d.document === id),
    );

/**
 * Statement highlights for one document from the selected result: statements (and grants) that
 * decided it, matched, or did not match. A deciding statement is listed once, as `deciding`.
 */
export const selectHighlightsFor =
  (id: string) =>
  (s: AppState): Highlight[] =>
    highlightCache(
      s.evaluation,
      `${s.selectedRequest}\u0000${id}\u0000${s.appliedFix?.scenario === s.scenario ? 'fix' : ''}`,
      () => {
        const result = s.evaluation.results[s.selectedRequest];
        if (!result) return [];
        const out = new Map<string, Highlight>();
        for (const ref of result.deciding) {
          if (ref.document === id)
            out.set(JSON.stringify(ref.path), { path: ref.path, role: 'deciding' });
        }
        const fixed = s.appliedFix?.scenario === s.scenario ? s.appliedFix : null;
        for (const change of fixed?.changes ?? [])
          if (change.document === id)
            for (const path of change.paths)
              out.set(`changed ${JSON.stringify(path)}`, { path, role: 'changed' });
        for (const step of result.trace) {
          if (step.source?.document !== id) continue;
          if (step.kind !== 'statement' && step.kind !== 'grant') continue;
          const role =
            step.outcome === 'match' ? 'matched' : step.outcome === 'noMatch' ? 'noMatch' : null;
          const key = JSON.stringify(step.source.path);
          if (role && !out.has(key)) out.set(key, { path: step.source.path, role });
        }
        return [...out.values()];
      },
    );

/** The steps of the selected result revealed so far by playback. */
export const selectRevealedSteps = (s: AppState): TraceStep[] => {
  const result = selectCurrentResult(s);
  if (!result) return EMPTY_STEPS;
  return revealedCache(result, String(s.position), () => result.trace.slice(0, s.position));
};
const EMPTY_STEPS: TraceStep[] = [];

/** Length of the selected result's trace. */
export const selectTraceLength = (s: AppState): number => selectCurrentResult(s)?.trace.length ?? 0;

/** The selected trace step, or null. */
export const selectSelectedStep = (s: AppState): TraceStep | null =>
  selectCurrentResult(s)?.trace.find((t) => t.id === s.selectedStep) ?? null;

/** Notices shown at one place. */
export const selectNoticesAt =
  (place: Notice['place']) =>
  (s: AppState): Notice[] =>
    noticeCache(s.notices, place, () => s.notices.filter((n) => n.place === place));

/** The fix applied last, while the scenario is still the one it made (else null). */
export const selectAppliedFix = (s: AppState): AppliedFix | null =>
  s.appliedFix?.scenario === s.scenario ? s.appliedFix : null;
