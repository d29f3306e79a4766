/**
 * Decoding a scenario file's text for the UI: every failure becomes an `InputProblem` to show,
 * never an exception, so bad input cannot crash the page or cost the user their work. (Share
 * links and pastes go through the store.)
 */
import { MAX_SCENARIO_BYTES, decodeScenarioText } from '../../scenario';
import type { Scenario } from '../../scenario/types';
import { formatBytes } from '../components/format';

/** One problem reported by the decoder: JSON path, severity, stable code and a message. */
export type ScenarioIssue = ReturnType<typeof decodeScenarioText>['issues'][number];

/** Largest scenario text the UI accepts, in UTF-8 bytes: the decoder's own limit. */
export { MAX_SCENARIO_BYTES };

/** Something the user gave us that we could not use, and why. */
export interface InputProblem {
  /** One sentence saying what went wrong. */
  title: string;
  /** What happened to the user's work, or what to try next. */
  detail?: string;
  /** The decoder's findings, when it got that far. */
  issues: ScenarioIssue[];
}

/** A decoded scenario with its warnings, or the reason there is none. */
export type LoadOutcome =
  | { ok: true; scenario: Scenario; warnings: ScenarioIssue[] }
  | { ok: false; problem: InputProblem };

const encoder = new TextEncoder();

/** Size of `text` in UTF-8 bytes, the unit the limit is stated in. */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** The problem to show when `bytes` is over the limit, or null. */
export function sizeProblem(bytes: number, what: string, keep: string): InputProblem | null {
  if (bytes <= MAX_SCENARIO_BYTES) return null;
  return {
    title: `${what} is ${formatBytes(bytes, { up: true })}; scenarios are limited to ${formatBytes(MAX_SCENARIO_BYTES)}.`,
    detail: keep,
    issues: [],
  };
}

function describeFailure(issues: ScenarioIssue[], keep: string): InputProblem {
  const malformed = issues.some((i) => i.code === 'InvalidJson' || i.code === 'NotJson');
  const empty = issues.some((i) => i.code === 'EmptyInput');
  let title = 'This is not a valid scenario.';
  if (malformed) title = 'This is not valid JSON.';
  if (empty) title = 'There is nothing to evaluate: paste a scenario or pick an example.';
  return { title, detail: keep, issues: issues.filter((i) => i.severity === 'error') };
}

function unexpected(error: unknown, title: string, keep: string): InputProblem {
  const message = error instanceof Error ? error.message : String(error);
  return { title, detail: `${keep} (${message})`, issues: [] };
}

/** Decodes scenario text typed, pasted or read from a file. */
export function decodeInput(text: string): LoadOutcome {
  const keep = 'Nothing was evaluated; your text is unchanged.';
  const tooBig = sizeProblem(utf8Length(text), 'This scenario', keep);
  if (tooBig) return { ok: false, problem: tooBig };
  try {
    const result = decodeScenarioText(text);
    if (result.ok) return { ok: true, scenario: result.scenario, warnings: result.issues };
    return { ok: false, problem: describeFailure(result.issues, keep) };
  } catch (error) {
    return { ok: false, problem: unexpected(error, 'The scenario could not be read.', keep) };
  }
}
