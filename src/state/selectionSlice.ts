import type { ScenarioEvaluation } from '../engine';
import type { Scenario } from '../scenario';
import { SCENARIO_DOCUMENT, documentLocations, locateDocument } from './documents';
import { playbackReset } from './playbackSlice';
import type { SliceCreator } from './runtime';
import type { AppState, SelectionSlice } from './types';

type Selection = Pick<SelectionSlice, 'selectedDocument' | 'selectedRequest' | 'selectedStep'>;

/** The document shown first: the first key policy, else the first document, else `scenario`. */
export function defaultDocument(s: Scenario): string {
  const docs = documentLocations(s);
  return (docs.find((d) => d.kind === 'keyPolicy') ?? docs[0])?.id ?? SCENARIO_DOCUMENT;
}

/** A request index within 0..requests-1 (0 when there are none). */
export function clampRequest(s: Scenario, index: number): number {
  const last = Math.max(0, s.requests.length - 1);
  return Number.isFinite(index) ? Math.min(Math.max(0, Math.trunc(index)), last) : 0;
}

/**
 * The selection after the scenario changed: the document kept when it still exists (else the
 * default), the request index clamped, the step kept when the selected result still has it.
 */
export function reconcileSelection(
  current: Selection,
  s: Scenario,
  evaluation: ScenarioEvaluation,
): Selection {
  const selectedDocument = locateDocument(s, current.selectedDocument)
    ? current.selectedDocument
    : defaultDocument(s);
  const selectedRequest = clampRequest(s, current.selectedRequest);
  const trace = evaluation.results[selectedRequest]?.trace ?? [];
  const selectedStep =
    current.selectedStep !== null && trace.some((t) => t.id === current.selectedStep)
      ? current.selectedStep
      : null;
  return { selectedDocument, selectedRequest, selectedStep };
}

/** The selection slice; `initial` comes from the restored workspace, if any. */
export function createSelectionSlice(initial: Selection): SliceCreator<SelectionSlice> {
  return (set, get) => ({
    ...initial,
    selectDocument(id) {
      if (locateDocument(get().scenario, id)) set({ selectedDocument: id });
    },
    selectRequest(index) {
      const selectedRequest = clampRequest(get().scenario, index);
      if (selectedRequest === get().selectedRequest) return;
      set({ selectedRequest, selectedStep: null, ...playbackReset() });
    },
    selectStep(id) {
      if (id === null) return set({ selectedStep: null });
      const state: AppState = get();
      const step = state.evaluation.results[state.selectedRequest]?.trace.find((t) => t.id === id);
      if (!step) return;
      // Reveal the step's statement: show its document when the editor can open it.
      const doc = step.source?.document;
      const reveal = doc !== undefined && locateDocument(state.scenario, doc) !== undefined;
      set(reveal ? { selectedStep: id, selectedDocument: doc } : { selectedStep: id });
    },
  });
}
