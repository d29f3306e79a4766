/**
 * The course: lessons as data, checked step by step against the engine (lessons.test.ts).
 */
import { keyPolicyLesson } from './course/01-keyPolicy';
import { defaultKeyPolicyLesson } from './course/02-defaultKeyPolicy';
import { separationOfDutiesLesson } from './course/03-separationOfDuties';
import { iamAndKeyPolicyLesson } from './course/04-iamAndKeyPolicy';
import { grantsLesson } from './course/05-grants';
import { policyOrGrantLesson } from './course/06-policyOrGrant';
import { conditionsLesson } from './course/07-conditions';
import { crossAccountLesson } from './course/08-crossAccount';
import { guardrailsLesson } from './course/09-guardrails';
import { envelopeEncryptionLesson } from './course/10-envelopeEncryption';
import { keyLifecycleLesson } from './course/11-keyLifecycle';
import { auditingLesson } from './course/12-auditing';
import { leastPrivilegeLesson } from './course/13-leastPrivilege';
import { finalAssessmentLesson } from './course/14-finalAssessment';
import type { Lesson } from './types';

/** Every lesson, in course order. */
export const lessons: readonly Lesson[] = [
  keyPolicyLesson,
  defaultKeyPolicyLesson,
  separationOfDutiesLesson,
  iamAndKeyPolicyLesson,
  grantsLesson,
  policyOrGrantLesson,
  conditionsLesson,
  crossAccountLesson,
  guardrailsLesson,
  envelopeEncryptionLesson,
  keyLifecycleLesson,
  auditingLesson,
  leastPrivilegeLesson,
  finalAssessmentLesson,
];

/** A lesson by id. */
export const lessonById = (id: string): Lesson | undefined => lessons.find((l) => l.id === id);

export { applyChanges, parsePointer } from './patch';
export { lessonScenarios, type StepScenario } from './materialize';
export {
  checkLesson,
  consoleRunner,
  evaluateStep,
  lessonSimulator,
  runStepConsole,
  unmet,
  LESSON_CLOCK,
  type ConsoleOutcome,
  type ConsoleRunner,
} from './check';
export type * from './types';
export {
  ERROR_MEANING,
  actualOutcome,
  errorChoice,
  outcomeChoices,
  outcomeLabel,
  outcomeMatches,
  type OtherError,
  type PredictedOutcome,
} from './predict';
export { choiceOrder, choiceText, choiceWhy } from './checkpoint';
export {
  challengeById,
  challengeScenario,
  challenges,
  gradeChallenge,
  type Challenge,
  type ChallengeGrade,
  type GradedRequirement,
  type Requirement,
} from './challenges';
