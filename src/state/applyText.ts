/**
 * Turning editor text into a new scenario: parse with positions, put the value in place in the
 * scenario's JSON, and run the whole thing through the scenario decoder, so an applied edit is
 * always a scenario that files and share links can carry (defaults filled in, references
 * checked). Policy grammar stays the engine's to judge, as diagnostics.
 */
import { decodeScenarioValue, type Scenario, type ScenarioIssue } from '../scenario';
import {
  SCENARIO_DOCUMENT,
  locateDocument,
  scenarioJson,
  setIn,
  type ScenarioJsonPath,
} from './documents';
import { parseJson, positionOf, type TextError } from './parse';

/** A valid edit's new scenario, or the reason the text stays a draft. */
export type ApplyOutcome = { ok: true; scenario: Scenario } | { ok: false; error: TextError };

/** Decoded scenario, or the decoder's issues. */
export type ValueOutcome =
  { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[]; path: ScenarioJsonPath };

/**
 * Puts `value` at document `id` and decodes the result. `undefined` removes an optional document.
 * For `scenario` the value is the whole scenario. Unknown ids fail with one issue.
 */
export function applyDocumentValue(s: Scenario, id: string, value: unknown): ValueOutcome {
  const loc = locateDocument(s, id);
  if (!loc) {
    const issue: ScenarioIssue = {
      path: [],
      severity: 'error',
      code: 'InvalidValue',
      message: `the scenario has no document "${id}"`,
    };
    return { ok: false, issues: [issue], path: [] };
  }
  const json = id === SCENARIO_DOCUMENT ? value : setIn(scenarioJson(s), loc.path, value);
  const result = decodeScenarioValue(json);
  if (result.ok) return { ok: true, scenario: result.scenario };
  return { ok: false, issues: result.issues, path: loc.path };
}

/**
 * Applies editor text to document `id`: syntax errors and decoder errors come back with a line
 * and column in `text`. Empty text removes an optional document (endpoint, boundary or session
 * policy).
 */
export function applyDocumentText(s: Scenario, id: string, text: string): ApplyOutcome {
  const loc = locateDocument(s, id);
  let value: unknown;
  if (loc?.optional && text.trim() === '') {
    value = undefined;
  } else {
    const parsed = parseJson(text);
    if (!parsed.ok) return parsed;
    value = parsed.value;
  }
  const outcome = applyDocumentValue(s, id, value);
  if (outcome.ok) return outcome;
  return { ok: false, error: issuesToError(text, outcome.issues, outcome.path) };
}

/** The first error issue as a positioned draft error; more errors are counted in the message. */
export function issuesToError(
  text: string,
  issues: readonly ScenarioIssue[],
  documentPath: ScenarioJsonPath,
): TextError {
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0] ?? issues[0];
  if (!first) return { message: 'the document could not be applied', line: 1, column: 1 };
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  if (first.path.length === 0 && first.line !== undefined && first.column !== undefined) {
    // A syntax error in the text itself carries its own position.
    return { message: `${first.message}${more}`, line: first.line, column: first.column };
  }
  const inside = first.path.slice(0, documentPath.length);
  const within =
    inside.length === documentPath.length && inside.every((p, i) => p === documentPath[i]);
  const where = within ? positionOf(text, first.path.slice(documentPath.length)) : null;
  return { message: `${first.message}${more}`, ...(where ?? { line: 1, column: 1 }) };
}
