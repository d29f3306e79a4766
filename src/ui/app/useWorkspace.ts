import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { encodeScenarioText, examples } from '../../scenario';
import {
  clearShareHash,
  decodeInput,
  decodeShareHash,
  isShareHash,
  safeEvaluate,
  sizeProblem,
  type EvaluationOutcome,
} from './scenarioInput';
import { emptyWorkspace, workspaceReducer, type Loaded, type WorkspaceState } from './workspace';

/** The first built-in example, ready to show, or null when there are none. */
function exampleLoad(id?: string): Loaded | null {
  const example = id === undefined ? examples[0] : examples.find((e) => e.id === id);
  if (!example) return null;
  return {
    scenario: example.scenario,
    warnings: [],
    origin: { kind: 'example', id: example.id },
    text: encodeScenarioText(example.scenario),
  };
}

function initialState(): WorkspaceState {
  if (isShareHash(window.location.hash)) return { ...emptyWorkspace(), openingLink: true };
  const first = exampleLoad();
  return first
    ? workspaceReducer(emptyWorkspace(), { type: 'loaded', ...first })
    : emptyWorkspace();
}

/** The actions the first screen offers. */
export interface WorkspaceActions {
  setText(text: string): void;
  evaluateText(): void;
  openFile(file: File): Promise<void>;
  pickExample(id: string): void;
  /** Shows a problem with input that never reached the text area (an oversized paste). */
  rejectInput(problem: NonNullable<WorkspaceState['inputProblem']>): void;
}

/** State, derived evaluation and actions of the first screen; opens `#s=` links on load. */
export function useWorkspace(): {
  state: WorkspaceState;
  evaluation: EvaluationOutcome | null;
  actions: WorkspaceActions;
} {
  const [state, dispatch] = useReducer(workspaceReducer, undefined, initialState);
  const { scenario, text } = state;

  const evaluation = useMemo(() => (scenario ? safeEvaluate(scenario) : null), [scenario]);

  useEffect(() => {
    let latest = 0;
    let active = true;
    async function open(hash: string, first: boolean) {
      const ticket = ++latest;
      const keep = first
        ? 'Showing the first built-in example instead.'
        : 'The scenario on screen is unchanged.';
      const outcome = await decodeShareHash(hash, keep);
      if (!active || ticket !== latest) return;
      if (outcome.ok) {
        const { scenario: decoded, warnings } = outcome;
        const loadedText = encodeScenarioText(decoded);
        dispatch({
          type: 'loaded',
          scenario: decoded,
          warnings,
          origin: { kind: 'link' },
          text: loadedText,
        });
      } else {
        dispatch({ type: 'linkFailed', problem: outcome.problem, fallback: exampleLoad() });
      }
    }
    const onHashChange = () => {
      if (!isShareHash(window.location.hash)) return;
      dispatch({ type: 'linkOpening' });
      void open(window.location.hash, false);
    };
    if (isShareHash(window.location.hash)) void open(window.location.hash, true);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      active = false;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);

  const loadText = useCallback((input: string, origin: Loaded['origin']) => {
    const outcome = decodeInput(input);
    if (outcome.ok) {
      const { scenario: decoded, warnings } = outcome;
      clearShareHash();
      dispatch({ type: 'loaded', scenario: decoded, warnings, origin, text: input });
    } else {
      dispatch({ type: 'inputFailed', problem: outcome.problem, text: input });
    }
  }, []);

  const actions = useMemo<WorkspaceActions>(
    () => ({
      setText: (next) => dispatch({ type: 'textChanged', text: next }),
      evaluateText: () => loadText(text, { kind: 'text' }),
      openFile: async (file) => {
        const keep = 'The file was not opened; your text is unchanged.';
        const tooBig = sizeProblem(file.size, `The file ${file.name}`, keep);
        if (tooBig) return dispatch({ type: 'inputFailed', problem: tooBig });
        try {
          loadText(await file.text(), { kind: 'file', name: file.name });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const problem = {
            title: `The file ${file.name} could not be read.`,
            detail: message,
            issues: [],
          };
          dispatch({ type: 'inputFailed', problem });
        }
      },
      pickExample: (id) => {
        const loaded = exampleLoad(id);
        if (!loaded) return;
        clearShareHash();
        dispatch({ type: 'loaded', ...loaded });
      },
      rejectInput: (problem) => dispatch({ type: 'inputFailed', problem }),
    }),
    [loadText, text],
  );

  return { state, evaluation, actions };
}
