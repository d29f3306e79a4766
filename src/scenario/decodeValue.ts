import { checkCrossReferences } from './crossReferences';
import { newContext } from './fields';
import { IssueList, type DecodeResult } from './issues';
import { checkJsonShape } from './jsonShape';
import { MAX_JSON_VALUES, MAX_NESTING_DEPTH } from './limits';
import { migrate } from './migrate';
import { readHeader, restoreScenario } from './readScenario';

/**
 * Decodes a parsed JSON value into a Scenario. Every way in (share link, file, CLI, built-in
 * example, test fixture) ends here, in four steps:
 *
 * 1. validate: the value is plain JSON within the limits (depth, string length, size), and its
 *    header says it is a scenario of a version this build can read;
 * 2. migrate: older versions are upgraded step by step to the current one;
 * 3. restore: every field is read into the typed shape with defaults filled in, policy
 *    documents given as strings parsed, and unknown fields reported and left out;
 * 4. cross-check: references between parts (grant keys, endpoints, duplicate ids).
 *
 * Never throws. `ok` is false when any error was found; warnings alone still load.
 */
export function decodeScenarioValue(json: unknown): DecodeResult {
  const issues = new IssueList();
  try {
    return decode(json, issues);
  } catch (e) {
    // A bug here must not take the app down with it: report it like any other failure.
    const detail = e instanceof Error ? e.message : String(e);
    issues.error(
      [],
      'InternalError',
      `the scenario could not be decoded (internal error: ${detail})`,
    );
    return { ok: false, issues: issues.list() };
  }
}

function decode(json: unknown, issues: IssueList): DecodeResult {
  const budget = { remaining: MAX_JSON_VALUES };
  if (!checkJsonShape(json, [], MAX_NESTING_DEPTH, issues, budget)) {
    return { ok: false, issues: issues.list() };
  }

  const header = readHeader(json, issues);
  if (!header) return { ok: false, issues: issues.list() };

  const current = migrate(header.root, header.version);
  if (!current) {
    issues.error(
      ['version'],
      'InvalidVersion',
      `no upgrade path from format ${header.version} in this build`,
    );
    return { ok: false, issues: issues.list() };
  }

  const ctx = newContext(issues, budget);
  const scenario = restoreScenario(ctx, current);
  if (!issues.hasErrors) checkCrossReferences(scenario, issues);

  return issues.hasErrors
    ? { ok: false, issues: issues.list() }
    : { ok: true, scenario, issues: issues.list() };
}
