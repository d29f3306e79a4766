/** The learn slice's contract (issue 6): course progress, the lesson on screen, quizzes, sandbox. */
import type { OtherError, PredictedOutcome } from '../lessons/predict';
import type { Scenario } from '../scenario/types';
import type { LearnProgress } from './learnProgress';
import type { Draft } from './types';

export type { LearnProgress, LessonProgress } from './learnProgress';

/** A lesson and one of its steps (`checkpoints` for the end-of-lesson questions). */
export interface LessonRoute {
  lesson: string;
  /** Step id, `checkpoints`, or null for the lesson's first step. */
  step: string | null;
}

/** What the learner predicted before the diagram played. */
export interface Prediction {
  /** What KMS answers: Allowed, AccessDenied explicit or implicit, or another error. */
  outcome: PredictedOutcome;
  /** The statement chosen as deciding (a choice key, see src/ui/learn/predictModel.ts), or null for "none". */
  statement: string | null;
}

/** What a lesson step adds to its question. */
export interface QuizOptions {
  /** One hint the learner may open before answering. */
  hint?: string;
  /** The error offered next to Allowed and AccessDenied (default: read from the request). */
  otherError?: OtherError;
  /** Asked by a lesson step: four named answers, without the playground's "another error". */
  lesson?: boolean;
}

/** A question asked about one request of one scenario; stale once either changes. */
export interface Quiz extends QuizOptions {
  scenario: Scenario;
  request: number;
  /** The answer once given, with whether it was right. */
  answer: (Prediction & { correct: boolean }) | null;
}

/** The user's workspace, kept aside while a lesson step is open in the playground. */
export interface SavedWorkspace {
  scenario: Scenario;
  drafts: Record<string, Draft>;
  past: Scenario[];
  future: Scenario[];
  selectedDocument: string;
  selectedRequest: number;
  dirty: boolean;
  savedScenario: Scenario | null;
}

/** A lesson step opened in the playground. */
export interface Sandbox {
  lesson: string;
  step: string;
  /** "Lesson 1, step 2: ..." for the banner. */
  title: string;
  saved: SavedWorkspace;
}

export interface LearnSlice {
  /** Progress, saved in localStorage under its own key. */
  learnProgress: LearnProgress;
  /** The lesson step on screen in the course (null: the list). */
  lessonRoute: LessonRoute | null;
  /** A prediction asked about the selected request, or null. */
  quiz: Quiz | null;
  /** A lesson step opened in the playground, or null. */
  sandbox: Sandbox | null;
  /** Show a lesson step (or the list with null); the URL fragment follows. */
  openLesson(route: LessonRoute | null): void;
  markStepDone(lesson: string, step: string): void;
  /** The first prediction on a step is the one scored: later ones do not change it. */
  recordPrediction(lesson: string, step: string, correct: boolean): void;
  /** The first answer to a checkpoint is the one scored: later ones do not change it. */
  answerCheckpoint(lesson: string, checkpoint: string, correct: boolean): void;
  /** Forget one lesson's progress, or all progress and the quiz score. */
  resetProgress(lesson?: string): void;
  /** Turn the selected request into a question: the decision hides and the diagram rewinds. */
  startQuiz(options?: QuizOptions): void;
  /** Record the answer (and the quiz score); the decision and diagram may be shown. */
  answerQuiz(answer: Prediction, correct: boolean): void;
  endQuiz(): void;
  /** Open a scenario in the playground, keeping the user's workspace aside. */
  openInPlayground(
    scenario: Scenario,
    request: number,
    from: { lesson: string; step: string; title: string },
  ): void;
  /** Back to the user's workspace; with `keep`, the experiment becomes the workspace instead. */
  leaveSandbox(keep?: boolean): void;
}
