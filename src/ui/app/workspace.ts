/**
 * What the first screen holds: the text in the editor, the scenario last loaded, and the problems
 * to show. A pure reducer, so every transition can be tested without a browser. The evaluation is
 * not stored: it is derived from the scenario.
 */
import type { Scenario } from '../../scenario/types';
import type { InputProblem, ScenarioIssue } from './scenarioInput';

/** Where the current scenario came from. */
export type ScenarioOrigin =
  | { kind: 'example'; id: string }
  | { kind: 'text' }
  | { kind: 'file'; name: string }
  | { kind: 'link' };

/** The state of the first screen. */
export interface WorkspaceState {
  /** The scenario JSON in the text area: the user's work, never thrown away on a failure. */
  text: string;
  /** The scenario being shown, or null before the first one has loaded. */
  scenario: Scenario | null;
  /** Where `scenario` came from. */
  origin: ScenarioOrigin | null;
  /** Decoder warnings for `scenario` (unknown fields and the like). */
  warnings: ScenarioIssue[];
  /** Bumped on every load, so views keyed on it start fresh. */
  revision: number;
  /** Why the last text, file or example could not be loaded. */
  inputProblem: InputProblem | null;
  /** Why the last share link could not be opened. */
  shareProblem: InputProblem | null;
  /** A share link is being decoded. */
  openingLink: boolean;
}

/** A scenario ready to show, with the text to put in the text area. */
export interface Loaded {
  scenario: Scenario;
  warnings: ScenarioIssue[];
  origin: ScenarioOrigin;
  text: string;
}

/** Everything that can happen to the workspace. */
export type WorkspaceAction =
  | { type: 'textChanged'; text: string }
  | ({ type: 'loaded' } & Loaded)
  | { type: 'inputFailed'; problem: InputProblem; text?: string }
  | { type: 'linkOpening' }
  | { type: 'linkFailed'; problem: InputProblem; fallback: Loaded | null };

/** The state before anything has loaded. */
export function emptyWorkspace(text = ''): WorkspaceState {
  return {
    text,
    scenario: null,
    origin: null,
    warnings: [],
    revision: 0,
    inputProblem: null,
    shareProblem: null,
    openingLink: false,
  };
}

function load(state: WorkspaceState, loaded: Loaded): WorkspaceState {
  return {
    ...state,
    ...loaded,
    revision: state.revision + 1,
    inputProblem: null,
    shareProblem: null,
    openingLink: false,
  };
}

/** The workspace reducer. */
export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'textChanged':
      return { ...state, text: action.text };
    case 'loaded': {
      const { type: _type, ...loaded } = action;
      return load(state, loaded);
    }
    case 'inputFailed':
      return { ...state, text: action.text ?? state.text, inputProblem: action.problem };
    case 'linkOpening':
      return { ...state, openingLink: true };
    case 'linkFailed': {
      // A broken link never replaces what is on screen; with nothing on screen yet, the fallback
      // (the first example) keeps the page useful.
      const base =
        state.scenario === null && action.fallback ? load(state, action.fallback) : state;
      return { ...base, shareProblem: action.problem, openingLink: false };
    }
  }
}
