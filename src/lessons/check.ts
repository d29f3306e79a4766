/**
 * Runs a lesson the way a learner would and says where it does not hold: every step's request is
 * evaluated by the engine and compared with the step's expectation; console lines are typed into
 * the simulator built from the step's scenario; checkpoints are compared with the steps that
 * demonstrate them. Used by the unit suite (every lesson) and by the app (the "check" badge).
 */
import {
  compileScenario,
  evaluateRequest,
  evaluateScenario,
  type EvaluationResult,
} from '../engine';
import type { Scenario } from '../scenario/types';
import {
  consoleProfiles,
  createSimulator,
  runCommandAsync,
  type CryptoPort,
  type SimulatorState,
} from '../simulator';
import { lessonScenarios } from './materialize';
import { actualOutcome, outcomeChoices } from './predict';
import type { ConsoleLine, Lesson, LessonStep, StepExpectation } from './types';

/** Where the simulated clock starts for a lesson (the app's console starts there too). */
export const LESSON_CLOCK = '2026-01-01T00:00:00Z';

/** One console line as it ran. */
export interface ConsoleOutcome {
  line: string;
  output: string;
  isError: boolean;
}

/** Runs one console line on a simulator state. */
export type ConsoleRunner = (
  state: SimulatorState,
  line: string,
) => Promise<ConsoleOutcome & { state: SimulatorState }>;

/**
 * The console as the app runs it: the simulator's one operation layer, its cryptography performed
 * by `port` (the crypto port on WebCrypto; src/lessons cannot make one, so its caller passes it).
 */
export const consoleRunner =
  (port: CryptoPort): ConsoleRunner =>
  async (state, line) => ({ ...(await runCommandAsync(state, line, port)), line });

/** The simulator a lesson step's console lines run on: the clock at LESSON_CLOCK, one profile per principal. */
export function lessonSimulator(scenario: Scenario): SimulatorState {
  const sim = createSimulator(scenario, { clock: LESSON_CLOCK });
  const profiles = consoleProfiles(scenario);
  const first = scenario.principals[0]?.arn;
  return { ...sim, profiles: { ...profiles, ...(first ? { default: first } : {}) } };
}

/** The engine's result for a step's request, or null when the step names none. */
export function evaluateStep(scenario: Scenario, step: LessonStep): EvaluationResult | null {
  if (step.request === undefined) return null;
  const index = scenario.requests.findIndex((r) => r.id === step.request);
  if (index < 0) return null;
  return evaluateRequest(compileScenario(scenario), index);
}

/** Differences between an evaluation and an expectation, in words (empty: it holds). */
export function unmet(result: EvaluationResult, want: StepExpectation): string[] {
  const out: string[] = [];
  if (want.outcome !== undefined && result.outcome !== want.outcome)
    out.push(`outcome ${result.outcome}, expected ${want.outcome}`);
  if (want.decision !== undefined && result.decision !== want.decision)
    out.push(`decision ${result.decision}, expected ${want.decision}`);
  if (
    want.decidingSid !== undefined &&
    !result.deciding.some((d) => d.statement === want.decidingSid)
  )
    out.push(
      `deciding statements [${result.deciding.map((d) => d.statement ?? '(no Sid)').join(', ')}], expected one with Sid "${want.decidingSid}"`,
    );
  return out;
}

/** Warning codes the step must show (all of them; `[]`: none at all). */
function diagnosticProblems(scenario: Scenario, want: readonly string[], stepId: string): string[] {
  const got = evaluateScenario(scenario)
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => d.code);
  if (want.length === 0 && got.length > 0)
    return [`${stepId}: expected no warnings, got ${got.join(', ')}`];
  return want
    .filter((c) => !got.includes(c))
    .map((c) => `${stepId}: expected diagnostic ${c}, got [${got.join(', ')}]`);
}

/** `${name}` → captured value; an unknown name is left for the check to report. */
const interpolate = (line: string, vars: Record<string, string>) =>
  line.replace(/\$\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);

/** What the console printed against what the line expects (empty: it holds). */
function consoleProblems(
  want: ConsoleLine,
  got: ConsoleOutcome,
  vars: Record<string, string>,
): string[] {
  const out: string[] = [];
  if (want.error === undefined && got.isError) out.push(`failed: ${got.output}`);
  if (want.error !== undefined && !got.output.includes(`(${want.error})`))
    out.push(`expected ${want.error}, got: ${got.output.slice(0, 200)}`);
  const contains = want.contains === undefined ? undefined : interpolate(want.contains, vars);
  if (contains !== undefined && !got.output.includes(contains))
    out.push(`output does not contain "${contains}": ${got.output.slice(0, 200)}`);
  return out;
}

/** Runs a step's console lines; captured values carry over to later steps of the lesson. */
export async function runStepConsole(
  scenario: Scenario,
  lines: readonly ConsoleLine[],
  vars: Record<string, string>,
  run: ConsoleRunner,
): Promise<{ outcomes: ConsoleOutcome[]; problems: string[]; state: SimulatorState }> {
  let state = lessonSimulator(scenario);
  const outcomes: ConsoleOutcome[] = [];
  const problems: string[] = [];
  for (const want of lines) {
    const line = interpolate(want.line, vars);
    const r = await run(state, line);
    state = r.state;
    outcomes.push({ line, output: r.output, isError: r.isError });
    problems.push(...consoleProblems(want, r, vars).map((p) => `"${want.line}": ${p}`));
    for (const [name, field] of Object.entries(want.capture ?? {})) {
      let value: unknown;
      try {
        value = (JSON.parse(r.output) as Record<string, unknown>)[field];
      } catch {
        value = undefined;
      }
      if (typeof value === 'string') vars[name] = value;
      else problems.push(`"${want.line}": no string field ${field} to capture`);
    }
  }
  return { outcomes, problems, state };
}

/** Every way a lesson does not hold, as `step: problem` lines (empty: the lesson is right). */
export async function checkLesson(lesson: Lesson, run: ConsoleRunner): Promise<string[]> {
  const problems: string[] = [];
  const scenarios = lessonScenarios(lesson);
  const results = new Map<string, EvaluationResult>();
  const vars: Record<string, string> = {};
  for (const [i, step] of lesson.steps.entries()) {
    const built = scenarios[i];
    if (!built?.ok) {
      problems.push(built?.problem ?? `${step.id}: no scenario`);
      continue;
    }
    problems.push(...built.warnings);
    const result = evaluateStep(built.scenario, step);
    if (step.request !== undefined && !result)
      problems.push(`${step.id}: no request with id "${step.request}"`);
    if (step.expect && !result) problems.push(`${step.id}: an expectation needs a request`);
    if (result) results.set(step.id, result);
    if (result && step.expect)
      problems.push(...unmet(result, step.expect).map((p) => `${step.id}: ${p}`));
    if (step.predict && !result) problems.push(`${step.id}: a prediction needs a request`);
    if (step.predict && result) {
      const request = built.scenario.requests.find((r) => r.id === step.request);
      const offered = outcomeChoices(request, built.scenario, step.otherError);
      if (!offered.includes(actualOutcome(result)))
        problems.push(
          `${step.id}: the prediction offers ${offered.join(', ')} but KMS answers ${actualOutcome(result)} (set otherError)`,
        );
    }
    if (!step.predict && (step.reveal !== undefined || step.hint !== undefined))
      problems.push(`${step.id}: reveal and hint are for predict steps`);
    if (step.diagnostics)
      problems.push(...diagnosticProblems(built.scenario, step.diagnostics, step.id));
    if (step.console) {
      const ran = await runStepConsole(built.scenario, step.console, vars, run);
      problems.push(...ran.problems.map((p) => `${step.id}: ${p}`));
    }
  }
  for (const c of lesson.checkpoints) {
    if (c.answer < 0 || c.answer >= c.choices.length) problems.push(`${c.id}: answer out of range`);
    if (c.choices.length < 3) problems.push(`${c.id}: needs at least three choices`);
    const demo = c.demonstrate;
    const demoStep = lesson.steps.find((s) => s.id === demo.step);
    if (!demoStep) problems.push(`${c.id}: demonstrates unknown step "${demo.step}"`);
    const result = results.get(demo.step);
    if (demo.shows && !result)
      problems.push(`${c.id}: step "${demo.step}" has no request to show it`);
    // A demonstration the engine (shows) or the simulator (console lines) checks.
    if (demoStep && !demo.shows && !demoStep.console?.length)
      problems.push(`${c.id}: step "${demo.step}" demonstrates nothing checkable (add shows)`);
    if (demo.shows && result)
      problems.push(...unmet(result, demo.shows).map((p) => `${c.id} (step ${demo.step}): ${p}`));
  }
  return problems;
}
