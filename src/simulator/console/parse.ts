/**
 * `aws kms <command> [options]` → the request the AWS CLI v2 would send, or the CLI's refusal.
 * The steps are the CLI's: shell words (tokenize.ts), argparse (argv.ts) with the option tables
 * built from the API model (cliArgs.ts), each option's value unpacked (parameter files, shorthand
 * or JSON, integers), binary parameters decoded (`cli_binary_format`), then botocore's parameter
 * validation (validate.ts).
 */
import type { Json } from '../../scenario/types';
import { ArgvError, parseMain, parseOperation } from './argv';
import { COMMAND_OPERATIONS, GLOBAL_OPTIONS, argTable, shapeOf, type CliArg } from './cliArgs';
import { OPERATIONS, PAGINATORS } from './kmsModel';
import type { ModelShape } from './modelTypes';
import { ShorthandError, parseShorthand } from './shorthand';
import { tokenize } from './tokenize';
import {
  PyBytes,
  coerce,
  parseJson,
  pyInt,
  pyType,
  validateParams,
  type PyValue,
} from './validate';
import { invalidChoice } from './choices';
import { queryError } from './output';
import { base64ToBytes, bytesToBase64, isBase64 } from '../base64';
import { ownValue } from '../../engine';

/** Files the console can read (`file://name`, `fileb://name`): name → text or bytes. */
export type FileStore = Readonly<Record<string, string | Uint8Array>>;

/**
 * How blob options read literal text (AWS CLI v2 `cli_binary_format`): `base64` (v2's default:
 * the text is base64) or `raw-in-base64-out` (the text's UTF-8 bytes are sent).
 */
export type BinaryFormat = 'base64' | 'raw-in-base64-out';

/** The global options a call honours. */
export interface CallOptions {
  profile?: string;
  region?: string;
  output?: string;
  query?: string;
  /** --max-items (paginated commands). */
  maxItems?: number;
  /** --starting-token (paginated commands). */
  startingToken?: string;
  /** --no-paginate: one page, as the service returns it. */
  noPaginate?: boolean;
}

/** What a command line asks for. */
export type ParsedCommand =
  | ({
      kind: 'call';
      command: string;
      operation: string;
      /** The request parameters, blobs in base64, as the CLI sends them. */
      params: Record<string, Json>;
    } & CallOptions)
  | { kind: 'help'; command?: string }
  /** A blank line or a comment: the shell runs nothing. */
  | { kind: 'nothing' }
  | { kind: 'error'; message: string };

const USAGE =
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n';

const fail = (message: string): ParsedCommand => ({ kind: 'error', message });

/** The CLI's ParamError. */
class ParamError extends Error {
  constructor(option: string, message: string) {
    super(`Error parsing parameter '--${option}': ${message}`);
  }
}

/** Reads a `file://` or `fileb://` parameter (AWS CLI: "Loading parameters from a file"). */
function paramFile(value: string, files: FileStore, option: string): PyValue | undefined {
  const m = /^(fileb?):\/\/(.*)$/s.exec(value);
  if (!m) return undefined;
  const name = m[2] ?? '';
  const content = ownValue(files, name);
  if (content === undefined)
    throw new ParamError(
      option,
      `Unable to load paramfile ${value}: [Errno 2] No such file or directory: '${name}'`,
    );
  if (m[1] === 'fileb')
    return new PyBytes(typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

const isComplex = (s: ModelShape): boolean =>
  s.type === 'structure' ||
  s.type === 'map' ||
  (s.type === 'list' && isComplex(shapeOf(s.member ?? '')));

const looksJson = (v: PyValue): boolean => typeof v === 'string' && /^[[{]/.test(v.trim());

function json(text: string, option: string): PyValue {
  try {
    return parseJson(text);
  } catch (e) {
    throw new ParamError(
      option,
      `Invalid JSON: ${e instanceof Error ? e.message : String(e)}\nJSON received: ${text}`,
    );
  }
}

/** awscli argprocess `unpack_cli_arg`: JSON for structures, maps and lists, scalars converted. */
function unpackValue(shape: ModelShape, v: PyValue, option: string): PyValue {
  if (typeof v !== 'string' && !Array.isArray(v)) return v;
  switch (shape.type) {
    case 'structure':
    case 'map': {
      const text = typeof v === 'string' ? v : String(v[0] ?? '');
      if (text.trimStart().startsWith('{')) return json(text, option);
      throw new ParamError(option, `Invalid JSON:\n${text}`);
    }
    case 'list': {
      if (typeof v === 'string' && v.trimStart().startsWith('[')) return json(v, option);
      if (Array.isArray(v) && v.length === 1 && String(v[0]).trim().startsWith('['))
        return json(String(v[0]), option);
      const items = typeof v === 'string' ? [...v] : v;
      return items.map((x) => unpackValue(shapeOf(shape.member ?? ''), x, option));
    }
    case 'integer':
    case 'long':
      return typeof v === 'string' ? pyInt(v) : v;
    default:
      return v;
  }
}

/** One option's words → its parameter value (awscli `unpack_argument`). */
function unpackArgument(arg: CliArg, raw: string | string[] | boolean, files: FileStore): PyValue {
  if (typeof raw === 'boolean') return raw;
  let v: PyValue = raw;
  const single = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
  if (typeof single === 'string') {
    const loaded = paramFile(single, files, arg.name);
    if (loaded !== undefined) v = loaded;
  }
  if (arg.special) return v;
  const shape = shapeOf(arg.shape);
  const check = Array.isArray(v) ? (v[0] ?? '') : v;
  if (!looksJson(check) && isComplex(shape) && (typeof v === 'string' || Array.isArray(v))) {
    try {
      const parsed: PyValue = Array.isArray(v)
        ? v.map((w) => parseShorthand(String(w)))
        : parseShorthand(v);
      return coerce(parsed, shape, true);
    } catch (e) {
      if (e instanceof ShorthandError) throw new ParamError(arg.name, e.message);
      throw e;
    }
  }
  return unpackValue(shape, v, arg.name);
}

/**
 * Python `base64.b64decode(text)` (the CLI does not pass validate=True), as CPython's non-strict
 * `a2b_base64` reads it: characters outside the alphabet are skipped, `=` before the third
 * character of a quad is skipped, a complete pad ends the input, and a partial quad at the end is
 * an error. Re-encoded as the JSON protocol sends it.
 */
function decodeBase64(text: string): string | null {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  // Canonical base64 (no stray characters, unused bits zero) decodes and re-encodes to itself:
  // checked with one regular expression instead of reading it character by character.
  if (isBase64(text)) {
    const pads = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
    const last = pads === 0 ? 0 : ALPHABET.indexOf(text.charAt(text.length - pads - 1));
    if ((last & (pads === 2 ? 15 : pads === 1 ? 3 : 0)) === 0) return text;
  }
  const out: number[] = [];
  let quad = 0;
  let pads = 0;
  let acc = 0;
  let done = false;
  for (const ch of text) {
    if (ch === '=') {
      if (quad >= 2 && quad + ++pads >= 4) {
        done = true;
        break;
      }
      continue;
    }
    const v = ALPHABET.indexOf(ch);
    if (v < 0 || ch.length !== 1) continue;
    pads = 0;
    acc = (acc << 6) | v;
    quad++;
    if (quad === 2) out.push((acc >> 4) & 255);
    else if (quad === 3) out.push((acc >> 2) & 255);
    else if (quad === 4) {
      out.push(acc & 255);
      quad = 0;
      acc = 0;
    }
  }
  if (!done && quad !== 0) return null;
  return bytesToBase64(Uint8Array.from(out));
}

/** Timestamps as botocore's JSON serializer sends them: epoch seconds. */
function epochSeconds(v: PyValue): PyValue {
  if (typeof v !== 'string') return v;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? v : ms / 1000;
}

/**
 * Blob members as the CLI sends them (cliv2-migration: binary parameters are base64 by default):
 * `fileb://` bytes as they are; text is base64 under `base64` and UTF-8 under `raw-in-base64-out`.
 * Timestamps become epoch seconds.
 */
function encodeBlobs(v: PyValue, shape: ModelShape, format: BinaryFormat): PyValue {
  if (shape.type === 'timestamp') return epochSeconds(v);
  if (shape.type === 'blob') {
    if (v instanceof PyBytes) return bytesToBase64(v.bytes);
    if (typeof v !== 'string') return v;
    if (format === 'raw-in-base64-out') return bytesToBase64(new TextEncoder().encode(v));
    const b = decodeBase64(v);
    if (b === null) throw new Error(`Invalid base64: "${v}"`);
    return b;
  }
  if (Array.isArray(v) && shape.type === 'list')
    return v.map((x) => encodeBlobs(x, shapeOf(shape.member ?? ''), format));
  if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof PyBytes)) {
    if (shape.type === 'structure')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => {
          const m = (shape.members ?? []).find(([n]) => n === k);
          return [k, m ? encodeBlobs(x, shapeOf(m[1]), format) : x];
        }),
      );
    if (shape.type === 'map')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, encodeBlobs(x, shapeOf(shape.value ?? ''), format)]),
      );
  }
  return v;
}

/** What is left of `fileb://` bytes outside blob members: the text they hold. */
function toJson(v: PyValue): Json {
  if (v instanceof PyBytes) return new TextDecoder().decode(v.bytes);
  if (Array.isArray(v)) return v.map(toJson);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}

/**
 * The input token a --starting-token carries (botocore's paginator): a base64 JSON token names it;
 * any other text is the old `marker___amount` form, whose first part is the marker.
 */
function startingMarker(token: string, inputToken: string): string | undefined {
  const bytes = base64ToBytes(token);
  if (bytes) {
    try {
      const decoded = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
      if (decoded && typeof decoded === 'object' && !Array.isArray(decoded)) {
        const v = (decoded as Record<string, unknown>)[inputToken];
        return typeof v === 'string' ? v : undefined;
      }
    } catch {
      // not a JSON token: the old form below
    }
  }
  return token.split('___')[0];
}

/** Parses one console line (AWS CLI v2 syntax for `aws kms`). */
export function parseCommand(line: string, files: FileStore = {}): ParsedCommand {
  const t = tokenize(line);
  if ('error' in t) return fail(t.error);
  const [aws, ...args] = t.words;
  if (aws === undefined) return { kind: 'nothing' };
  if (aws !== 'aws') return fail(`${aws}: command not found (commands begin with "aws kms")`);
  let globals: Record<string, string | true>;
  let service: string | undefined;
  let rest: string[];
  try {
    const main = parseMain(args, GLOBAL_OPTIONS);
    globals = main.globals;
    service = main.positionals[0];
    rest = main.rest;
  } catch (e) {
    return fail(`${USAGE}\naws: error: ${(e as Error).message}`);
  }
  if (service === undefined)
    return fail(`${USAGE}\naws: error: the following arguments are required: command`);
  if (service === 'help') return { kind: 'help' };
  if (service !== 'kms')
    return fail(`${USAGE}\naws: error: the simulator only knows the kms service`);
  // The service parser's one positional: the first word not read as an option.
  const opIndex = rest.findIndex((w) => !w.startsWith('-') || w === '-' || /^-\d/.test(w));
  const command = opIndex >= 0 ? (rest[opIndex] ?? '') : undefined;
  if (command === undefined)
    return fail(`${USAGE}\naws: error: the following arguments are required: operation`);
  if (command === 'help') return { kind: 'help' };
  const operation = ownValue(COMMAND_OPERATIONS, command);
  if (!operation)
    return fail(
      `${USAGE}\naws: error: argument operation: ${invalidChoice(command, [...Object.keys(COMMAND_OPERATIONS), 'help'])}`,
    );
  const words = rest.filter((_, i) => i !== opIndex);
  // `aws kms <command> help` (awscli ArgTableArgParser: a lone `help` is never an error).
  if (words.length === 1 && words[0] === 'help') return { kind: 'help', command };
  const table = argTable(operation);
  let parsed;
  try {
    // --cli-input-json makes every option optional (awscli OverrideRequiredArgsArgument).
    parsed = parseOperation(words, table, !words.includes('--cli-input-json'));
  } catch (e) {
    if (e instanceof ArgvError) return fail(`${USAGE}\naws: error: ${e.message}`);
    throw e;
  }
  if (parsed.help === 'help') return { kind: 'help', command };
  const unknown = parsed.help !== undefined ? [...parsed.unknown, parsed.help] : parsed.unknown;
  if (unknown.length > 0) return fail(`\nUnknown options: ${unknown.join(', ')}`);
  // awscli paginate.py: naming the page token or size by hand (--marker, --limit) turns paging
  // off, and paging options cannot go with paging turned off.
  const pager = ownValue(PAGINATORS, operation);
  const manualPaging =
    pager !== undefined &&
    table.some(
      (a) => (a.member === pager.inputToken || a.member === pager.limitKey) && parsed.values.has(a),
    );
  const noPaginate = manualPaging || globals['no-paginate'] === true;
  if (pager && noPaginate) {
    const used = table.filter((a) => {
      const v = parsed.values.get(a);
      if (!a.special || a.special === 'cli-input-json' || v === undefined) return false;
      return a.special === 'starting-token' ? v !== '' : pyInt(String(v)) !== 0;
    });
    if (used.length > 0)
      return fail(
        `\nParameter validation failed:\nCannot specify --no-paginate along with pagination arguments: ${used.map((a) => `--${a.name}`).join(', ')}`,
      );
  }
  const format = (globals['cli-binary-format'] as BinaryFormat | undefined) ?? 'base64';
  const inputShape = ownValue(OPERATIONS, operation) ?? '';
  const params: Record<string, PyValue> = {};
  const options: CallOptions = {};
  let inputJson: PyValue | undefined;
  try {
    for (const arg of table) {
      const raw = parsed.values.get(arg);
      if (raw === undefined) continue;
      const value = unpackArgument(arg, raw, files);
      if (arg.special === 'cli-input-json') {
        // awscli CliInputJSONArgument, with its own wording (no dashes in "Invalid JSON").
        try {
          inputJson = typeof value === 'string' ? parseJson(value) : value;
        } catch {
          throw new Error("Error parsing parameter 'cli-input-json': Invalid JSON received.");
        }
        if (!inputJson || typeof inputJson !== 'object' || Array.isArray(inputJson))
          throw new ParamError(
            arg.name,
            `Invalid type: expecting map, received ${pyType(inputJson)}`,
          );
      } else if (arg.special === 'page-size') {
        const limit = ownValue(PAGINATORS, operation)?.limitKey;
        if (limit) params[limit] = typeof value === 'string' ? pyInt(value) : value;
      } else if (arg.special === 'max-items')
        options.maxItems = typeof value === 'string' ? pyInt(value) : Number(value);
      else if (arg.special === 'starting-token') {
        options.startingToken = String(value);
        const pager = ownValue(PAGINATORS, operation);
        const marker = pager ? startingMarker(String(value), pager.inputToken) : undefined;
        if (pager && marker !== undefined) params[pager.inputToken] = marker;
      } else params[arg.member] = value;
    }
    if (inputJson && typeof inputJson === 'object' && !Array.isArray(inputJson))
      for (const [k, v] of Object.entries(inputJson)) if (!Object.hasOwn(params, k)) params[k] = v;
  } catch (e) {
    return fail((e as Error).message);
  }
  let encoded: PyValue;
  try {
    encoded = encodeBlobs(params, shapeOf(inputShape), format);
  } catch (e) {
    return fail((e as Error).message);
  }
  const problems = validateParams(encoded, inputShape);
  if (problems.length > 0) return fail(`\nParameter validation failed:\n${problems.join('\n')}`);
  const call: ParsedCommand = {
    kind: 'call',
    command,
    operation,
    params: toJson(encoded) as Record<string, Json>,
    ...options,
  };
  const text = (name: string) => {
    const v = globals[name];
    return typeof v === 'string' ? v : undefined;
  };
  const profile = text('profile');
  const region = text('region');
  const output = text('output');
  const query = text('query');
  // The CLI compiles --query while reading its arguments: a bad one is refused before any request.
  const badQuery = query === undefined ? null : queryError(query);
  if (badQuery !== null) return fail(badQuery);
  return {
    ...call,
    ...(profile !== undefined ? { profile } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(output !== undefined ? { output } : {}),
    ...(query !== undefined ? { query } : {}),
    ...(noPaginate ? { noPaginate: true } : {}),
  };
}
