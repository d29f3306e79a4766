/**
 * The course's state (issue 6): progress kept in the browser (learnProgress.ts), the lesson and
 * step on screen (mirrored in the URL as `#lesson=<id>/<step>`), a prediction asked about the
 * selected request, and the lesson sandbox: a lesson step opened in the playground while the
 * user's own workspace is kept aside, never autosaved over, and restored when they go back.
 */
import { scenarioChange } from './derive';
import {
  PROGRESS_KEY,
  parseProgress,
  serializeProgress,
  updateLesson,
  emptyProgress,
  type LearnProgress,
} from './learnProgress';
import { serializeWorkspace, type StorageLike } from './persistence';
import type { Runtime, SliceCreator } from './runtime';
import { defaultDocument } from './selectionSlice';
import { currentHash } from './share';
import { lessonHash, parseLessonHash } from './learnRouting';
import type { AppState, LearnSlice, SavedWorkspace } from './types';

const UNSAVED =
  'This browser is not keeping your course progress (storage is unavailable or full); it lasts until the page is closed.';

/** Progress as stored, or empty when there is none or storage cannot be read. */
export function readProgress(storage: StorageLike | null): LearnProgress {
  if (!storage) return emptyProgress();
  try {
    return parseProgress(storage.getItem(PROGRESS_KEY));
  } catch {
    return emptyProgress();
  }
}

/** The workspace fields a sandbox keeps aside. */
function workspaceOf(s: AppState, runtime: Runtime): SavedWorkspace {
  const { scenario, drafts, past, future, selectedDocument, selectedRequest, dirty } = s;
  const savedScenario = runtime.savedScenario;
  return {
    scenario,
    drafts,
    past,
    future,
    selectedDocument,
    selectedRequest,
    dirty,
    savedScenario,
  };
}

/** The learn slice; progress is read from and written to `storage` under PROGRESS_KEY. */
export function createLearnSlice(
  storage: StorageLike | null,
  runtime: Runtime,
): SliceCreator<LearnSlice> {
  let reported = false;
  return (set, get) => {
    const saveProgress = (learnProgress: LearnProgress) => {
      if (learnProgress === get().learnProgress) return;
      set({ learnProgress });
      try {
        storage?.setItem(PROGRESS_KEY, serializeProgress(learnProgress));
      } catch {
        if (!reported) get().notify({ level: 'warning', place: 'storage', message: UNSAVED });
        reported = true;
      }
    };
    const lesson = (id: string, edit: Parameters<typeof updateLesson>[2]) =>
      saveProgress(updateLesson(get().learnProgress, id, edit));
    const setHash = (fragment: string | null) => {
      try {
        runtime.location?.replaceHash(fragment);
      } catch {
        // A refused history change only leaves the address bar behind.
      }
    };

    return {
      learnProgress: readProgress(storage),
      lessonRoute: null,
      quiz: null,
      sandbox: null,
      openLesson(route) {
        set({ lessonRoute: route });
        if (route?.step) lesson(route.lesson, (l) => ({ ...l, last: route.step }));
        if (route) setHash(lessonHash(route));
        else if (parseLessonHash(currentHash(runtime))) setHash(null);
      },
      markStepDone(id, step) {
        lesson(id, (l) => (l.done.includes(step) ? l : { ...l, done: [...l.done, step] }));
      },
      recordPrediction(id, step, correct) {
        lesson(id, (l) =>
          step in l.predictions ? l : { ...l, predictions: { ...l.predictions, [step]: correct } },
        );
      },
      answerCheckpoint(id, checkpoint, correct) {
        lesson(id, (l) =>
          checkpoint in l.checkpoints
            ? l
            : { ...l, checkpoints: { ...l.checkpoints, [checkpoint]: correct } },
        );
      },
      resetProgress(id) {
        if (id === undefined) return saveProgress(emptyProgress());
        const { [id]: _gone, ...lessons } = get().learnProgress.lessons;
        if (_gone) saveProgress({ ...get().learnProgress, lessons });
      },
      startQuiz(options) {
        const s = get();
        if (!s.evaluation.results[s.selectedRequest]) return;
        const { hint, otherError, lesson: fromLesson } = options ?? {};
        const quiz = {
          scenario: s.scenario,
          request: s.selectedRequest,
          answer: null,
          ...(hint ? { hint } : {}),
          ...(otherError ? { otherError } : {}),
          ...(fromLesson ? { lesson: true } : {}),
        };
        set({ quiz, playing: false, position: 0, selectedStep: null });
      },
      answerQuiz(answer, correct) {
        const quiz = get().quiz;
        if (!quiz || quiz.answer) return;
        set({ quiz: { ...quiz, answer: { ...answer, correct } } });
        const { right, wrong } = get().learnProgress.quiz;
        const capped = (n: number) => Math.min(n + 1, 1_000_000);
        saveProgress({
          ...get().learnProgress,
          quiz: correct ? { right: capped(right), wrong } : { right, wrong: capped(wrong) },
        });
      },
      endQuiz() {
        if (get().quiz) set({ quiz: null });
      },
      openInPlayground(scenario, request, from) {
        const s = get();
        const saved = s.sandbox?.saved ?? workspaceOf(s, runtime);
        runtime.lastEdit = null;
        runtime.savedScenario = scenario;
        const selection = {
          drafts: {},
          selectedDocument: defaultDocument(scenario),
          selectedRequest: request,
          selectedStep: null,
        };
        set({
          ...scenarioChange(s, runtime, scenario, selection),
          past: [],
          future: [],
          sandbox: { ...from, saved },
          quiz: null,
          view: 'playground',
        });
      },
      leaveSandbox(keep = false) {
        const s = get();
        if (!s.sandbox) return;
        const { saved } = s.sandbox;
        if (keep) {
          // The experiment becomes the workspace; the old one stays one undo away.
          set({ sandbox: null, past: [...saved.past, saved.scenario], dirty: true });
          return;
        }
        runtime.lastEdit = null;
        runtime.savedScenario = saved.savedScenario;
        const { selectedDocument, selectedRequest, drafts } = saved;
        set({
          ...scenarioChange(s, runtime, saved.scenario, {
            drafts,
            selectedDocument,
            selectedRequest,
            selectedStep: null,
          }),
          past: saved.past,
          future: saved.future,
          dirty: saved.dirty,
          sandbox: null,
          quiz: null,
        });
      },
    };
  };
}

/**
 * Storage for the workspace autosave that, while a lesson sandbox is open, writes the user's own
 * workspace (kept aside) instead of the lesson's scenario on screen.
 */
export function sandboxAwareStorage(storage: StorageLike, getState: () => AppState): StorageLike {
  return {
    getItem: (key) => storage.getItem(key),
    setItem(key, value) {
      const s = getState();
      storage.setItem(key, s.sandbox ? serializeWorkspace({ ...s, ...s.sandbox.saved }) : value);
    },
  };
}
