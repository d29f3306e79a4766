/** `aws kms <command> [--option value ...]` → an API operation and its parameters. */
import type { Json } from '../../scenario/types';
import { COMMANDS, GLOBAL_OPTIONS, paramName } from './commands';
import { OPTION_TYPES } from './options';
import { tokenize } from './tokenize';
import { optionValue, type BinaryFormat, type FileStore } from './values';
import { ownValue } from '../../engine';

/** What a command line asks for. */
export type ParsedCommand =
  | {
      kind: 'call';
      command: string;
      operation: string;
      params: Record<string, Json>;
      profile?: string;
    }
  | { kind: 'help'; command?: string }
  | { kind: 'error'; message: string };

const USAGE =
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n';

const fail = (message: string): ParsedCommand => ({ kind: 'error', message });

/** Groups the words after the command into options and their values. */
function groups(words: string[]): { name: string; values: string[] }[] | string {
  const out: { name: string; values: string[] }[] = [];
  for (const w of words) {
    if (w.startsWith('--')) out.push({ name: w.slice(2), values: [] });
    else if (out.length === 0) return w;
    else out[out.length - 1]?.values.push(w);
  }
  return out;
}

/** Parses one console line (AWS CLI v2 syntax for `aws kms`). */
export function parseCommand(line: string, files: FileStore = {}): ParsedCommand {
  const t = tokenize(line.trim());
  if ('error' in t) return fail(t.error);
  const [aws, service, command, ...rest] = t.words;
  if (aws !== 'aws') return fail(`${aws ?? ''}: command not found (commands begin with "aws kms")`);
  if (service === 'help' || (service === 'kms' && (command === undefined || command === 'help')))
    return { kind: 'help' };
  if (service !== 'kms')
    return fail(`${USAGE}aws: error: the simulator only knows the kms service`);
  const spec = ownValue(COMMANDS, command ?? '');
  if (!spec)
    return fail(
      `${USAGE}aws: error: argument operation: Invalid choice, valid choices are:\n\n${Object.keys(COMMANDS).join(' | ')}`,
    );
  if (rest[0] === 'help') return { kind: 'help', command };
  const opts = groups(rest);
  if (typeof opts === 'string') return fail(`\nUnknown options: ${opts}`);
  const allowed = new Set([...spec.required, ...spec.optional]);
  const params: Record<string, Json> = {};
  let profile: string | undefined;
  const unknown: string[] = [];
  const formatOption = opts.find((o) => o.name === 'cli-binary-format')?.values[0];
  if (
    formatOption !== undefined &&
    formatOption !== 'base64' &&
    formatOption !== 'raw-in-base64-out'
  )
    return fail(
      `aws: error: argument --cli-binary-format: Invalid choice, valid choices are:\n\nbase64 | raw-in-base64-out`,
    );
  const format: BinaryFormat = formatOption ?? 'base64';
  for (const { name, values } of opts) {
    const negated = name.startsWith('no-') && ownValue(OPTION_TYPES, name.slice(3)) === 'flag';
    const base = negated ? name.slice(3) : name;
    if (GLOBAL_OPTIONS.includes(base)) {
      if (base === 'profile') profile = values[0];
      continue;
    }
    const type = ownValue(OPTION_TYPES, base);
    if (!type || !allowed.has(base)) {
      unknown.push(`--${name}`, ...values);
      continue;
    }
    if (type !== 'flag' && values.length === 0)
      return fail(`aws: error: argument --${base}: expected one argument`);
    const v = optionValue(type, values, base, files, format);
    if ('error' in v) return fail(v.error);
    const invalid = stringMapProblem(type, paramName(base), v.value);
    if (invalid) return fail(`\nParameter validation failed:\n${invalid}`);
    params[paramName(base)] = negated ? false : v.value;
  }
  if (unknown.length > 0) return fail(`\nUnknown options: ${unknown.join(', ')}`);
  const missing = spec.required.filter((o) => params[paramName(o)] === undefined);
  if (missing.length > 0)
    return fail(
      `${USAGE}aws: error: the following arguments are required: ${missing.map((m) => `--${m}`).join(', ')}`,
    );
  return {
    kind: 'call',
    command: command ?? '',
    operation: spec.operation,
    params,
    ...(profile ? { profile } : {}),
  };
}

/** How Python (and so the AWS CLI's messages) prints a JSON value. */
function pythonRepr(v: Json): string {
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === null) return 'None';
  return typeof v === 'string' ? `'${v}'` : JSON.stringify(v);
}

function pythonType(v: Json): string {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (v === null) return 'NoneType';
  return Array.isArray(v) ? 'list' : typeof v === 'object' ? 'dict' : 'str';
}

/**
 * Parameter validation as botocore does it for the string maps (EncryptionContext, the grant
 * constraints): a value that is not a string is refused, never dropped, in the AWS CLI's words
 * (recorded from the AWS CLI in protoKeys.test.ts).
 */
function stringMapProblem(type: string, name: string, value: Json): string | null {
  const check = (map: Json, path: string): string | null => {
    if (!map || typeof map !== 'object' || Array.isArray(map)) return null;
    for (const [k, x] of Object.entries(map))
      if (typeof x !== 'string')
        return `Invalid type for parameter ${path}.${k}, value: ${pythonRepr(x)}, type: <class '${pythonType(x)}'>, valid types: <class 'str'>`;
    return null;
  };
  if (type === 'map') return check(value, name);
  if (type !== 'constraints' || !value || typeof value !== 'object' || Array.isArray(value))
    return null;
  for (const inner of ['EncryptionContextSubset', 'EncryptionContextEquals']) {
    const problem = check(ownValue(value, inner) ?? null, `${name}.${inner}`);
    if (problem) return problem;
  }
  return null;
}
