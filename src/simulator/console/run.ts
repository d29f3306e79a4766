/**
 * The console: one line in, the AWS CLI's output out. Profiles choose the caller; the call goes
 * through `callAsync` (the one operation layer), so the engine decides, the crypto port performs
 * the cryptography and the audit trail records it.
 */
import { callAsync } from '../call';
import { advance } from '../clock';
import type { CryptoPort } from '../cryptoPort';
import type { CallResult, SimulatorState } from '../types';
import type { Json } from '../../scenario/types';
import { helpText } from './help';
import { parseCommand } from './parse';
import { formatOutput, paginate, type OutputOptions } from './output';
import { isSimulated, unsupportedOperation } from '../ops';
import type { FileStore } from './parse';
import { scriptCommands } from './tokenize';
import { ownValue } from '../../engine';

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

/** A parsed line ready to call, or what the console prints without calling. */
type Prepared =
  | { done: ConsoleResult }
  | {
      caller: string;
      operation: string;
      params: Record<string, Json>;
      options: OutputOptions;
      region?: string;
    };

/** Seconds per unit of `sleep`'s duration, as GNU sleep takes them. */
const SLEEP_UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 };
/** The longest single sleep: a year and a bit, past any deletion window or rotation period. */
const MAX_SLEEP_SECONDS = 400 * 86_400;

/**
 * `sleep 5m`: the shell's sleep, which here moves the simulated clock (grants propagate, scheduled
 * deletions and rotations happen) instead of waiting. Not an AWS call: nothing is audited.
 */
function sleepLine(state: SimulatorState, line: string): ConsoleResult | null {
  const m = /^sleep(?:\s+(\S+))?\s*$/.exec(line.trim());
  if (!m) return null;
  const d = /^(\d+)([smhd]?)$/.exec(m[1] ?? '');
  const seconds = d ? Number(d[1]) * (SLEEP_UNITS[d[2] ?? ''] ?? 1) : NaN;
  if (!d || seconds > MAX_SLEEP_SECONDS)
    return {
      state,
      output: `sleep: give a duration such as 300, 5m, 2h or 7d (at most 400d)`,
      isError: true,
    };
  const next = advance(state, seconds);
  return { state: next, output: `Simulated clock: ${next.clock}`, isError: false };
}

function prepare(state: SimulatorState, line: string, files: FileStore): Prepared {
  const slept = sleepLine(state, line);
  if (slept) return { done: slept };
  const parsed = parseCommand(line, files);
  if (parsed.kind === 'error') return { done: { state, output: parsed.message, isError: true } };
  if (parsed.kind === 'nothing') return { done: { state, output: '', isError: false } };
  if (parsed.kind === 'help')
    return { done: { state, output: helpText(parsed.command), isError: false } };
  const name = parsed.profile ?? 'default';
  const caller = ownValue(state.profiles, name);
  if (!caller)
    return {
      done: {
        state,
        output: parsed.profile
          ? `The config profile (${name}) could not be found`
          : 'Unable to locate credentials. You can configure credentials by running "aws configure".',
        isError: true,
      },
    };
  if (!isSimulated(parsed.operation)) {
    const { code, message } = unsupportedOperation(parsed.operation);
    return { done: { state, output: formatError(code, parsed.operation, message), isError: true } };
  }
  const options: OutputOptions = {};
  if (parsed.output !== undefined) options.output = parsed.output;
  if (parsed.query !== undefined) options.query = parsed.query;
  if (parsed.maxItems !== undefined) options.maxItems = parsed.maxItems;
  if (parsed.startingToken !== undefined) options.startingToken = parsed.startingToken;
  if (parsed.noPaginate) options.noPaginate = true;
  return {
    caller,
    operation: parsed.operation,
    params: parsed.params,
    options,
    ...(parsed.region !== undefined ? { region: parsed.region } : {}),
  };
}

/** The state a call runs in: `--region` names the Region for that call only. */
const inRegion = (state: SimulatorState, region: string | undefined): SimulatorState =>
  region === undefined || region === state.region ? state : { ...state, region };

/** What the CLI prints for a call's result (the account's own Region restored after it). */
function printed(
  before: SimulatorState,
  operation: string,
  options: OutputOptions,
  result: CallResult,
): ConsoleResult {
  const state =
    result.state.region === before.region
      ? result.state
      : { ...result.state, region: before.region };
  const done = { ...result, state };
  if (result.error)
    return {
      state,
      output: formatError(result.error.code, operation, result.error.message),
      isError: true,
      result: done,
    };
  const paged = paginate(operation, result.response ?? {}, options);
  const out = 'error' in paged ? paged : formatOutput(operation, paged.page, options);
  return 'error' in out
    ? { state, output: out.error, isError: true, result: done }
    : { state, output: out.text, isError: false, result: done };
}

/** Runs one console line; `port` performs its cryptography, `files` serves `file://` and `fileb://`. */
export async function runCommandAsync(
  state: SimulatorState,
  line: string,
  port: CryptoPort,
  files: FileStore = {},
): Promise<ConsoleResult> {
  const p = prepare(state, line, files);
  if ('done' in p) return p.done;
  const at = inRegion(state, p.region);
  const result = await callAsync(at, p.caller, p.operation, p.params, port);
  return printed(state, p.operation, p.options, result);
}

/** The commands a script runs: `\` continues a line; blank lines and `#` comments are skipped. */
const scriptLines = scriptCommands;

/**
 * Replays a saved console session line by line (an instructor's demo, the headless CLI): each
 * step's output and the state after it; each line runs after the previous one finished. Blank
 * lines and `#` comments are skipped.
 */
export async function runScriptAsync(
  state: SimulatorState,
  script: string,
  port: CryptoPort,
  files: FileStore = {},
): Promise<{ state: SimulatorState; steps: (ConsoleResult & { line: string })[] }> {
  const steps: (ConsoleResult & { line: string })[] = [];
  let s = state;
  for (const line of scriptLines(script)) {
    const r = await runCommandAsync(s, line, port, files);
    steps.push({ ...r, line });
    s = r.state;
  }
  return { state: s, steps };
}
