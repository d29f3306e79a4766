import type { Scenario } from '../scenario';
import { applyDocumentText } from './applyText';
import { documentIdAt, documentText, locateDocument } from './documents';
import { MERGE_WINDOW_MS, draftsAfterJump, pushHistory, scenarioChange } from './derive';
import { previewFix } from './fixPreview';
import { interpretPaste } from './paste';
import type { Runtime, SliceCreator } from './runtime';
import { defaultDocument } from './selectionSlice';
import { resolveView, splitView } from './view';
import type { AppState, Draft, ScenarioSlice } from './types';

/** What the scenario slice starts from (a restored workspace or an example). */
export interface ScenarioStart {
  scenario: Scenario;
  drafts: Record<string, Draft>;
  dirty: boolean;
}

/** The key the user is looking at: the selected key policy, else none. */
function selectedKey(state: AppState): string | null {
  return state.selectedDocument.startsWith('key:') ? state.selectedDocument : null;
}

/**
 * The scenario slice: the scenario, drafts, undo/redo and every way of changing the scenario.
 * Each change also recomputes the evaluation and reconciles selection and playback (derive.ts).
 */
export function createScenarioSlice(
  start: ScenarioStart,
  runtime: Runtime,
): SliceCreator<ScenarioSlice> {
  return (set, get) => {
    /** Records an edit: a new undo step, or merged into the last one (same document, < 1 s). */
    const commitEdit = (
      next: Scenario,
      merge: { key: string; recordAs: string } | null,
      extra: Partial<AppState> = {},
    ) => {
      const state = get();
      const now = runtime.clock();
      const last = runtime.lastEdit;
      const merged =
        merge !== null && last?.documentId === merge.key && now - last.at <= MERGE_WINDOW_MS;
      runtime.lastEdit = merge === null ? null : { documentId: merge.recordAs, at: now };
      set({
        ...scenarioChange(state, runtime, next, extra),
        past: merged ? state.past : pushHistory(state.past, state.scenario),
        future: [],
      });
    };

    const jump = (target: Scenario, past: Scenario[], future: Scenario[]) => {
      const state = get();
      runtime.lastEdit = null;
      const drafts = draftsAfterJump(state, runtime, target);
      set({ ...scenarioChange(state, runtime, target, { drafts }), past, future });
    };

    return {
      scenario: start.scenario,
      drafts: start.drafts,
      past: [],
      future: [],
      dirty: start.dirty,
      appliedFix: null,

      applyFix(fix) {
        const state = get();
        const preview = previewFix(state.scenario, fix);
        if (!preview.ok) {
          state.notify({
            level: 'error',
            place: 'editor',
            message: `This fix no longer applies to the scenario (${preview.message}). Nothing was changed.`,
          });
          return;
        }
        const first = preview.changes[0]?.document;
        commitEdit(preview.scenario, null, {
          ...(first ? { selectedDocument: first, selectedStep: null } : {}),
          appliedFix: {
            summary: fix.summary,
            scenario: preview.scenario,
            changes: preview.changes,
          },
        });
      },

      loadScenario(loaded) {
        const state = get();
        if (Object.keys(state.drafts).length > 0) {
          runtime.draftStash.set(state.scenario, state.drafts);
        }
        // A link's or file's view selects what it showed; the scenario itself never keeps it.
        const { scenario: s, view } = splitView(loaded);
        runtime.lastEdit = null;
        runtime.savedScenario = s;
        const reset = {
          drafts: {},
          selectedDocument: defaultDocument(s),
          selectedRequest: 0,
          selectedStep: null,
          ...resolveView(s, view),
        };
        set({
          ...scenarioChange(state, runtime, s, reset),
          past: s === state.scenario ? state.past : pushHistory(state.past, state.scenario),
          future: s === state.scenario ? state.future : [],
        });
      },

      updateScenario(edit, documentId) {
        const next = edit(get().scenario);
        if (next === get().scenario) return;
        commitEdit(
          next,
          documentId === undefined ? null : { key: documentId, recordAs: documentId },
        );
      },

      setDocumentText(id, text) {
        const state = get();
        const loc = locateDocument(state.scenario, id);
        if (!loc) return;
        const { [id]: _old, ...others } = state.drafts;
        const before = documentText(state.scenario, id);
        if (text === before) {
          if (_old) set({ drafts: others });
          return;
        }
        const outcome = applyDocumentText(state.scenario, id, text);
        if (!outcome.ok) {
          // Typing through an invalid moment continues the current merge chain.
          if (runtime.lastEdit?.documentId === id) runtime.lastEdit.at = runtime.clock();
          set({ drafts: { ...state.drafts, [id]: { text, error: outcome.error } } });
          return;
        }
        const next = outcome.scenario;
        // Editing a grant's or request's id renames its document: follow it.
        const newId = locateDocument(next, id) ? id : (documentIdAt(next, loc.path) ?? id);
        if (newId === id && documentText(next, id) === before) {
          // Same JSON, other formatting: nothing to record.
          if (_old) set({ drafts: others });
          return;
        }
        const follow = state.selectedDocument === id ? { selectedDocument: newId } : {};
        commitEdit(next, { key: id, recordAs: newId }, { drafts: others, ...follow });
      },

      undo() {
        const { past, future, scenario } = get();
        const target = past.at(-1);
        if (target) jump(target, past.slice(0, -1), [...future, scenario]);
      },

      redo() {
        const { past, future, scenario } = get();
        const target = future.at(-1);
        if (target) jump(target, pushHistory(past, scenario), future.slice(0, -1));
      },

      discardDraft(id) {
        const { [id]: old, ...others } = get().drafts;
        if (old) set({ drafts: others });
      },

      markSaved() {
        runtime.savedScenario = get().scenario;
        set({ dirty: false });
      },

      pasteText(text) {
        const state = get();
        const result = interpretPaste(text, state.scenario, selectedKey(state));
        if ('error' in result) {
          state.notify({ level: 'error', place: 'import', message: result.error });
          return false;
        }
        const next = result.apply(state.scenario);
        if (result.kind === 'scenario') {
          state.loadScenario(next, 'paste');
        } else {
          const show = result.documentId ?? state.selectedDocument;
          commitEdit(next, null, { selectedDocument: show });
          if (result.selectRequest !== undefined) get().selectRequest(result.selectRequest);
        }
        // A successful paste clears the errors of earlier pastes that failed.
        const notices = get().notices.filter((n) => !(n.place === 'import' && n.level === 'error'));
        if (notices.length !== get().notices.length) set({ notices });
        const level = result.notes && result.notes.length > 0 ? 'warning' : 'info';
        get().notify({ level, place: 'import', message: result.description });
        return true;
      },
    };
  };
}
