/**
 * Lesson links: `#lesson=<id>/<step>` opens the course at a step, on arrival or when pasted into
 * the address bar; the fragment follows the step on screen and goes when the course is left.
 */
import type { Runtime } from './runtime';
import { currentHash } from './share';
import type { AppState, LessonRoute } from './types';

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
