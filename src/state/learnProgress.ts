/**
 * Course progress kept in the browser: steps done, predictions and checkpoint answers per lesson,
 * and the score of quizzes taken on playground requests. Stored as versioned JSON under its own
 * key (never mixed with the workspace), bounded in size, and read tolerantly: anything malformed
 * is dropped field by field rather than failing, and storage that throws costs one notice.
 */

/** The localStorage key of course progress. */
export const PROGRESS_KEY = 'kms-playground/learn/v1';
/** The stored format's version; another version is ignored (progress starts over). */
export const PROGRESS_VERSION = 1;
/** Bounds: lessons kept, ids kept per record, characters per id, and the quiz counters' cap. */
export const PROGRESS_LIMITS = { lessons: 100, ids: 200, idLength: 100, count: 1_000_000 };

/** One lesson's progress. */
export interface LessonProgress {
  /** Ids of the steps the learner has seen, in the order first seen. */
  done: string[];
  /** Step id → whether the first prediction made on that step was right (later ones do not count). */
  predictions: Record<string, boolean>;
  /** Checkpoint id → whether the first answer was right (a retry earns no credit). */
  checkpoints: Record<string, boolean>;
  /** The step last shown, for "continue". */
  last: string | null;
}

/** All course progress. */
export interface LearnProgress {
  lessons: Record<string, LessonProgress>;
  /** Predictions made on playground requests ("Predict" in the decision panel). */
  quiz: { right: number; wrong: number };
}

export const emptyProgress = (): LearnProgress => ({ lessons: {}, quiz: { right: 0, wrong: 0 } });
export const emptyLesson = (): LessonProgress => ({
  done: [],
  predictions: {},
  checkpoints: {},
  last: null,
});

const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= PROGRESS_LIMITS.idLength;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? Math.min(v, PROGRESS_LIMITS.count) : 0;

/** The newest `limit` entries of a record of booleans with valid ids. */
function booleans(v: unknown): Record<string, boolean> {
  if (!isRecord(v)) return {};
  const kept = Object.entries(v).filter(
    (e): e is [string, boolean] => isId(e[0]) && typeof e[1] === 'boolean',
  );
  return Object.fromEntries(kept.slice(-PROGRESS_LIMITS.ids));
}

function lessonFrom(v: unknown): LessonProgress | null {
  if (!isRecord(v)) return null;
  const done = Array.isArray(v.done) ? [...new Set(v.done.filter(isId))] : [];
  return {
    done: done.slice(0, PROGRESS_LIMITS.ids),
    predictions: booleans(v.predictions),
    checkpoints: booleans(v.checkpoints),
    last: isId(v.last) ? v.last : null,
  };
}

/** Progress from stored text: whatever is well formed survives, the rest is dropped. */
export function parseProgress(text: string | null): LearnProgress {
  if (text === null) return emptyProgress();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return emptyProgress();
  }
  if (!isRecord(raw) || raw.version !== PROGRESS_VERSION) return emptyProgress();
  const lessons: Record<string, LessonProgress> = {};
  if (isRecord(raw.lessons)) {
    for (const [id, value] of Object.entries(raw.lessons).slice(0, PROGRESS_LIMITS.lessons)) {
      const lesson = isId(id) ? lessonFrom(value) : null;
      if (lesson) lessons[id] = lesson;
    }
  }
  const quiz = isRecord(raw.quiz) ? raw.quiz : {};
  return { lessons, quiz: { right: count(quiz.right), wrong: count(quiz.wrong) } };
}

/** The stored form of progress. */
export function serializeProgress(p: LearnProgress): string {
  return JSON.stringify({ version: PROGRESS_VERSION, ...p });
}

/** A lesson's progress changed by `edit` (ids too long or past the bounds are not recorded). */
export function updateLesson(
  p: LearnProgress,
  lesson: string,
  edit: (l: LessonProgress) => LessonProgress,
): LearnProgress {
  if (!isId(lesson)) return p;
  const known = p.lessons[lesson];
  if (!known && Object.keys(p.lessons).length >= PROGRESS_LIMITS.lessons) return p;
  const next = lessonFrom(edit(known ?? emptyLesson()));
  return next ? { ...p, lessons: { ...p.lessons, [lesson]: next } } : p;
}

/** Steps done, predictions right of made, checkpoints right of answered, for one lesson. */
export function lessonScore(p: LessonProgress | undefined) {
  const predictions = Object.values(p?.predictions ?? {});
  const checkpoints = Object.values(p?.checkpoints ?? {});
  return {
    done: p?.done.length ?? 0,
    predictionsRight: predictions.filter(Boolean).length,
    predictionsMade: predictions.length,
    checkpointsRight: checkpoints.filter(Boolean).length,
    checkpointsAnswered: checkpoints.length,
  };
}
