/**
 * The `view` a share link or file carries (docs/scenario-format.md): which request is selected,
 * which document is open and which tab shows under the editor. The scenario on screen never
 * holds a view (it would make selecting a request an edit): opening strips it and applies it,
 * and Copy link and Export add the current one.
 */
import type { Scenario, ScenarioView } from '../scenario';
import { locateDocument } from './documents';
import { clampRequest } from './selectionSlice';
import type { AppState, BottomTab } from './types';

const bare = new WeakMap<Scenario, Scenario>();

/**
 * The scenario without its view, and the view. The same scenario object always gives the same
 * bare object, so a link's scenario can be recognised once loaded.
 */
export function splitView(s: Scenario): { scenario: Scenario; view: ScenarioView | undefined } {
  if (!s.view) return { scenario: s, view: undefined };
  let scenario = bare.get(s);
  if (!scenario) {
    const { view: _view, ...rest } = s;
    scenario = rest;
    bare.set(s, scenario);
  }
  return { scenario, view: s.view };
}

/** What a view selects in `s`; the parts that name nothing in it are left out. */
export function resolveView(
  s: Scenario,
  view: ScenarioView | undefined,
): { selectedRequest?: number; selectedDocument?: string; bottomTab?: BottomTab } {
  const out: { selectedRequest?: number; selectedDocument?: string; bottomTab?: BottomTab } = {};
  if (!view) return out;
  if (typeof view.request === 'string') {
    const index = s.requests.findIndex((r) => r.id === view.request);
    if (index >= 0) out.selectedRequest = index;
  } else if (typeof view.request === 'number' && view.request < s.requests.length) {
    out.selectedRequest = clampRequest(s, view.request);
  }
  if (view.document !== undefined && locateDocument(s, view.document)) {
    out.selectedDocument = view.document;
  }
  if (view.tab) out.bottomTab = view.tab;
  return out;
}

/** The view on screen now. */
export function currentView(state: AppState): ScenarioView {
  const view: ScenarioView = {};
  const request = state.scenario.requests[state.selectedRequest];
  if (request) view.request = request.id ?? state.selectedRequest;
  view.document = state.selectedDocument;
  view.tab = state.bottomTab;
  return view;
}

/** The scenario on screen with the view on screen, for a link or a file. */
export function scenarioWithView(state: AppState): Scenario {
  return { ...state.scenario, view: currentView(state) };
}
