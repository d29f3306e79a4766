/**
 * Lessons (issue 6) are data: text of our own, a scenario per step (or a change to the previous
 * step's), the request to try and the outcome the engine must produce. The unit suite runs every
 * step of every lesson (lessons.test.ts), so a lesson that teaches a wrong rule fails the build.
 */
import type { Outcome } from '../engine/types';
import type { Expectation } from '../scenario/types';

/** An AWS documentation page a lesson's facts come from. */
export interface LessonSource {
  title: string;
  /** https://docs.aws.amazon.com/... */
  url: string;
}

/**
 * One change to the previous step's scenario, as in JSON Patch (RFC 6902): `path` is a JSON
 * Pointer (RFC 6901) into the scenario as written (before defaults), e.g.
 * `/keys/0/policy/Statement/1` or `/principals/0/policies/-` (append).
 */
export type ScenarioChange =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string };

/** What a request's evaluation must show, beyond `Expectation` (outcome and decision). */
export interface StepExpectation extends Expectation {
  /**
   * `Sid` of the statement that decided (an Allow that allowed, or the explicit Deny), when the
   * step's text names it. Checked against the engine's deciding statements.
   */
  decidingSid?: string;
}

/** A line typed into the AWS CLI console, with what it must print. */
export interface ConsoleLine {
  /**
   * The command as typed. `${name}` is replaced by a value captured by an earlier line of the same
   * lesson (see `capture`).
   */
  line: string;
  /** The error code the CLI must print (`AccessDeniedException`, ...); absent: must succeed. */
  error?: string;
  /** Text the output must contain (`${name}` is replaced as in `line`). */
  contains?: string;
  /** Names for fields of the JSON response, usable as `${name}` in later lines (e.g. GrantToken). */
  capture?: Record<string, string>;
}

/** One step of a lesson. */
export interface LessonStep {
  /** Unique within the lesson; used in URLs (`#lesson=<lesson>/<step>`) and in checkpoints. */
  id: string;
  /**
   * Shown in the step list and above the text. On a `predict` step it must not state or imply the
   * outcome (checked by predictText.test.ts): "Bob and the key", not "Bob is denied".
   */
  title: string;
  /**
   * A short text in Markdown-lite: paragraphs, `code`, **bold**, and lists starting with "- ". On a
   * `predict` step this is what is on screen while the learner predicts: the situation and the
   * question, never the answer (checked by predictText.test.ts); the explanation goes in `reveal`.
   */
  text: string;
  /** AWS pages this step's facts come from, listed first under the step's sources. */
  sources?: LessonSource[];
  /** On a `predict` step: the explanation shown once the learner has answered (Markdown-lite). */
  reveal?: string;
  /** On a `predict` step: one optional hint the learner may open before answering. */
  hint?: string;
  /**
   * On a `predict` step: the error offered next to Allowed and the two kinds of AccessDenied. By
   * default it is read from the request and the key (never from the outcome), see
   * `errorChoice` in src/lessons/predict.ts; a step whose call fails with another error names it.
   */
  otherError?: Exclude<Outcome, 'Allowed' | 'AccessDeniedException'>;
  /**
   * A whole scenario (the same JSON a file or link holds). The first step must have one; later
   * steps either have one or `change` the previous step's.
   */
  scenario?: unknown;
  /** Changes applied, in order, to the previous step's scenario. */
  change?: ScenarioChange[];
  /** Id of the scenario request this step is about (selected in the playground). */
  request?: string;
  /** The outcome the engine must produce for `request`; checked by the unit suite. */
  expect?: StepExpectation;
  /** Ask the learner to predict the decision before the diagram plays (default false). */
  predict?: boolean;
  /**
   * Diagnostic codes (`PublicAllow`, `KeyPolicyLockout`, ...) the engine must report for this
   * step's scenario, e.g. a least-privilege review; `[]` asserts there are no warnings left.
   */
  diagnostics?: string[];
  /** Console lines typed in order into the simulator built from this step's scenario. */
  console?: ConsoleLine[];
}

/**
 * One answer of a checkpoint: its text, and for a wrong answer why it is wrong (shown when the
 * learner picks it, without naming the right answer).
 */
export type CheckpointChoice = string | { text: string; why: string };

/**
 * A checkpoint question at the end of a lesson. The first answer is the one scored; after a wrong
 * answer the learner learns why that answer is wrong (not which one is right) and may try again
 * for no credit. Choices are shown in an order shuffled per question (src/lessons/checkpoint.ts).
 */
export interface Checkpoint {
  id: string;
  question: string;
  /** Three to five plausible answers. */
  choices: CheckpointChoice[];
  /** Index of the right answer in `choices`. */
  answer: number;
  /** Why, in a few sentences, shown once the learner has found the right answer. */
  explanation: string;
  /**
   * The step that demonstrates the answer (the app opens it after the learner answers). `shows` is
   * what the engine must produce on that step's request; a step without a request demonstrates
   * with its console lines instead, which the simulator must run as written.
   */
  demonstrate: { step: string; shows?: StepExpectation };
}

/** A lesson. */
export interface Lesson {
  /** Stable id used in URLs and progress, e.g. `key-policy-basics`. */
  id: string;
  /** Position in the course, 1-based. */
  number: number;
  title: string;
  /** One or two sentences: what the learner will be able to do afterwards. */
  summary: string;
  /** AWS documentation the lesson's facts come from. */
  sources: LessonSource[];
  steps: LessonStep[];
  checkpoints: Checkpoint[];
}
