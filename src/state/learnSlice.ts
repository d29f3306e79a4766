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
import type { AppState, LearnSlice, LessonRoute, SavedWorkspace } from './types';

const ROUTE = /^#?lesson=([^/&]+)(?:\/([^&]*))?$/;

/** The lesson and step a `#lesson=<id>/<step>` fragment names, or null. */
export function parseLessonHash(hash: string): LessonRoute | null {
  const m = ROUTE.exec(hash);
  if (!m) return null;
  try {
    const step = m[2] ? decodeURIComponent(m[2]) : null;
    return { lesson: decodeURIComponent(m[1] ?? ''), step: step || null };
  } catch {
    return null; // a malformed %-escape
  }
}

/** The fragment (without `#`) for a route. */
export function lessonHash(route: LessonRoute): string {
  const step = route.step === null ? '' : `/${encodeURIComponent(route.step)}`;
  return `lesson=${encodeURIComponent(route.lesson)}${step}`;
}

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
        lesson(id, (l) => ({ ...l, predictions: { ...l.predictions, [step]: correct } }));
      },
      answerCheckpoint(id, checkpoint, correct) {
        lesson(id, (l) => ({ ...l, checkpoints: { ...l.checkpoints, [checkpoint]: correct } }));
      },
      resetProgress(id) {
        if (id === undefined) return saveProgress(emptyProgress());
        const { [id]: _gone, ...lessons } = get().learnProgress.lessons;
        if (_gone) saveProgress({ ...get().learnProgress, lessons });
      },
      startQuiz() {
        const s = get();
        if (!s.evaluation.results[s.selectedRequest]) return;
        const quiz = { scenario: s.scenario, request: s.selectedRequest, answer: null };
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

/**
 * What follows from the screen changing: a `#lesson=` fragment on arrival opens the course; leaving
 * the course drops the fragment; leaving the playground closes the sandbox (restoring the
 * workspace). Returns the unsubscribe.
 */
export function attachLearnRouting(
  store: { getState(): AppState; subscribe(l: (s: AppState, p: AppState) => void): () => void },
  runtime: Runtime,
): () => void {
  const route = parseLessonHash(currentHash(runtime));
  if (route) {
    store.getState().setView('learn');
    store.getState().openLesson(route);
  }
  return store.subscribe((s, prev) => {
    if (s.view === prev.view) return;
    try {
      if (prev.view === 'learn' && parseLessonHash(currentHash(runtime)))
        runtime.location?.replaceHash(null);
      if (s.view === 'learn' && s.lessonRoute)
        runtime.location?.replaceHash(lessonHash(s.lessonRoute));
    } catch {
      // A refused history change only leaves the address bar behind.
    }
    if (s.view !== 'playground' && s.sandbox) s.leaveSandbox();
  });
}

/**
 * Opens a `#lesson=` link pasted into the address bar while the app is open (the one on arrival
 * is opened by `attachLearnRouting`). Returns the cleanup; call once from the app's root effect.
 */
export function watchLessonLinks(
  store: { getState(): AppState },
  target: Pick<Window, 'location' | 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const open = () => {
    const route = parseLessonHash(target.location.hash);
    if (!route) return;
    store.getState().setView('learn');
    store.getState().openLesson(route);
  };
  target.addEventListener('hashchange', open);
  return () => target.removeEventListener('hashchange', open);
}
