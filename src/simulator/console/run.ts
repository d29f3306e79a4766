/**
 * The console: one line in, the AWS CLI's output out. Profiles choose the caller; the call goes
 * through `call`, so the engine decides and the audit trail records it.
 */
import { call } from '../call';
import type { CallResult, SimulatorState } from '../types';
import { helpText } from './help';
import { parseCommand } from './parse';
import type { FileStore } from './values';

/** What one console line produced. */
export interface ConsoleResult {
  /** The state after the line (unchanged for help and parse errors). */
  state: SimulatorState;
  /** Text as the AWS CLI prints it (empty for calls with an empty response). */
  output: string;
  /** Whether the output is an error (the CLI's stderr and exit status 252/254). */
  isError: boolean;
  /** The call made, for a link from the output to the diagram of that call. */
  result?: CallResult;
}

/** CLI v2 `--output json`: the response with a 4-space indent; nothing for an empty response. */
export const formatResponse = (response: Record<string, unknown>): string =>
  Object.keys(response).length === 0 ? '' : JSON.stringify(response, null, 4);

/** The CLI's error line for a service error (botocore ClientError). */
export const formatError = (code: string, operation: string, message: string): string =>
  `An error occurred (${code}) when calling the ${operation} operation: ${message}`;

/** Runs one console line. `files` serves `file://` and `fileb://` parameters. */
export function runCommand(
  state: SimulatorState,
  line: string,
  files: FileStore = {},
): ConsoleResult {
  const parsed = parseCommand(line, files);
  if (parsed.kind === 'error') return { state, output: parsed.message, isError: true };
  if (parsed.kind === 'help') return { state, output: helpText(parsed.command), isError: false };
  const name = parsed.profile ?? 'default';
  const caller = state.profiles[name];
  if (!caller)
    return {
      state,
      output: parsed.profile
        ? `The config profile (${name}) could not be found`
        : 'Unable to locate credentials. You can configure credentials by running "aws configure".',
      isError: true,
    };
  const result = call(state, caller, parsed.operation, parsed.params);
  return {
    state: result.state,
    output: result.error
      ? formatError(result.error.code, parsed.operation, result.error.message)
      : formatResponse(result.response ?? {}),
    isError: result.error !== undefined,
    result,
  };
}

/**
 * Replays a saved console session line by line (an instructor's demo): each step's output and the
 * state after it. Blank lines and `#` comments are skipped.
 */
export function runScript(
  state: SimulatorState,
  script: string,
  files: FileStore = {},
): { state: SimulatorState; steps: (ConsoleResult & { line: string })[] } {
  const steps: (ConsoleResult & { line: string })[] = [];
  let s = state;
  for (const line of script.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const r = runCommand(s, line, files);
    steps.push({ ...r, line });
    s = r.state;
  }
  return { state: s, steps };
}
