/**
 * The final challenges: the learner edits policies in the playground until a set of requests
 * comes out as required, these allowed and these still denied, and the engine grades it. The
 * denied ones are probes for least privilege: a change that lets in more than the job needs (a
 * wildcard principal, kms:*, a forgotten condition) fails them. Pure data and a pure grader, like
 * the lessons; challenges.test.ts checks that each starting point fails, the reference solution
 * passes and a too-broad answer fails.
 */
import { compileScenario, evaluateRequest, evaluateScenario } from '../engine';
import type { Outcome } from '../engine/types';
import { decodeScenarioValue } from '../scenario';
import type { Scenario } from '../scenario/types';
import type { LessonSource, ScenarioChange } from './types';
import { letTheAppIn } from './challenges/01-letTheAppIn';
import { separateDuties } from './challenges/02-separateDuties';
import { shareAcrossAccounts } from './challenges/03-shareAcrossAccounts';
import { requireContext } from './challenges/04-requireContext';
import { onlyThroughS3 } from './challenges/05-onlyThroughS3';
import { guardDeletion } from './challenges/06-guardDeletion';

/** One request of the challenge and what it must come out as. */
export interface Requirement {
  /** Id of a request of the challenge's scenario. */
  request: string;
  /** `allow`: the call must succeed; `deny`: it must be refused with AccessDeniedException. */
  want: 'allow' | 'deny';
  /** What the request stands for, in a few words ("the app encrypts"). */
  label: string;
}

/** A challenge: a starting scenario, requirements, and a reference solution for the tests. */
export interface Challenge {
  id: string;
  number: number;
  title: string;
  /** The task in Markdown-lite: who needs what, and what to edit. */
  brief: string;
  /** One hint, opened on request. */
  hint: string;
  sources: LessonSource[];
  /** The starting scenario (the same JSON a file or link holds). */
  scenario: unknown;
  requirements: Requirement[];
  /** Warning codes the solution must not have (e.g. `PublicAllow`). */
  forbiddenWarnings: string[];
  /** A change to the starting scenario that solves it (checked by the tests, never shown). */
  solution: ScenarioChange[];
  /** A change that makes the allowed requests pass by giving too much (must fail). */
  tooBroad: ScenarioChange[];
}

/** One requirement as graded. */
export interface GradedRequirement extends Requirement {
  outcome: Outcome;
  ok: boolean;
}

/** A graded attempt. */
export interface ChallengeGrade {
  rows: GradedRequirement[];
  /** Forbidden warnings the scenario has. */
  warnings: string[];
  solved: boolean;
}

/** The challenge's own scenario, decoded (its requests are the ones graded). */
export function challengeScenario(c: Challenge): Scenario {
  const decoded = decodeScenarioValue(c.scenario);
  if (!decoded.ok) throw new Error(`${c.id}: ${decoded.issues.map((i) => i.message).join('; ')}`);
  return decoded.scenario;
}

/**
 * Grades the learner's scenario: the challenge's requests (whatever the learner did to the
 * request list) are evaluated against the learner's policies, grants and keys.
 */
export function gradeChallenge(c: Challenge, scenario: Scenario): ChallengeGrade {
  const requests = challengeScenario(c).requests;
  const graded = { ...scenario, requests };
  const compiled = compileScenario(graded);
  const rows = c.requirements.map((r) => {
    const index = requests.findIndex((q) => q.id === r.request);
    const outcome = index < 0 ? 'ValidationException' : evaluateRequest(compiled, index).outcome;
    const ok = r.want === 'allow' ? outcome === 'Allowed' : outcome === 'AccessDeniedException';
    return { ...r, outcome, ok };
  });
  const codes = new Set(evaluateScenario(graded).diagnostics.map((d) => d.code));
  const warnings = c.forbiddenWarnings.filter((w) => codes.has(w));
  return { rows, warnings, solved: rows.every((r) => r.ok) && warnings.length === 0 };
}

/** Every challenge, in order. */
export const challenges: readonly Challenge[] = [
  letTheAppIn,
  separateDuties,
  shareAcrossAccounts,
  requireContext,
  onlyThroughS3,
  guardDeletion,
];

/** A challenge by id. */
export const challengeById = (id: string): Challenge | undefined =>
  challenges.find((c) => c.id === id);
