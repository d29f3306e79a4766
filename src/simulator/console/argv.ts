/**
 * The AWS CLI's command-line grammar, which is Python's argparse (`parse_known_args`) run three
 * times: the main parser takes the global options from anywhere on the line and the service name,
 * the service parser the operation name, the operation parser the operation's options. Options take
 * exactly their arity (`--key-id a b` leaves `b` over: "Unknown options: b"), flags take none
 * (`--multi-region false` leaves `false` over), `--opt=value` is one word, and an unambiguous prefix
 * of an option is that option (`--key` is `--key-id`), as argparse allows.
 */
import type { CliArg, GlobalOption } from './cliArgs';
import { invalidChoice } from './choices';

/** An argparse error, in argparse's words (printed after the CLI's usage lines). */
export class ArgvError extends Error {}

/** Parsed global options and the words left for the service and the operation. */
export interface MainArgs {
  globals: Record<string, string | true>;
  positionals: string[];
  rest: string[];
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

/** argparse `_parse_optional`: which option a word names (exact, `--x=v`, or unique prefix). */
function matchOption<T extends { name: string }>(
  word: string,
  options: readonly T[],
): { option: T; explicit?: string } | 'unknown' | null {
  if (!word.startsWith('-') || word === '-' || word === '--') return null;
  const exact = options.find((o) => `--${o.name}` === word);
  if (exact) return { option: exact };
  const eq = word.indexOf('=');
  const head = eq >= 0 ? word.slice(0, eq) : word;
  const explicit = eq >= 0 ? word.slice(eq + 1) : undefined;
  const byName = options.find((o) => `--${o.name}` === head);
  if (byName && eq >= 0) return { option: byName, explicit };
  if (head.startsWith('--')) {
    const matches = options.filter((o) => `--${o.name}`.startsWith(head));
    if (matches.length > 1)
      throw new ArgvError(
        `ambiguous option: ${word} could match ${matches.map((o) => `--${o.name}`).join(', ')}`,
      );
    const [only] = matches;
    if (only) return explicit === undefined ? { option: only } : { option: only, explicit };
  }
  if (NEGATIVE_NUMBER.test(word) || word.includes(' ')) return null;
  return 'unknown';
}

/** The main parser: global options anywhere, the first value word is the service. */
export function parseMain(words: string[], globals: readonly GlobalOption[]): MainArgs {
  const out: MainArgs = { globals: {}, positionals: [], rest: [] };
  // `--` ends the options: every later word is a value (argparse).
  const end = words.indexOf('--');
  const kinds = words.map((w, i) => (end >= 0 && i > end ? null : matchOption(w, globals)));
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const m = kinds[i];
    if (i === end) continue;
    if (m === null || m === undefined) {
      if (out.positionals.length === 0) out.positionals.push(w);
      else out.rest.push(w);
      continue;
    }
    if (m === 'unknown') {
      out.rest.push(w);
      continue;
    }
    const { option, explicit } = m;
    if (!option.takesValue) {
      if (explicit !== undefined)
        throw new ArgvError(`argument --${option.name}: ignored explicit argument '${explicit}'`);
      out.globals[option.name] = true;
      continue;
    }
    let value = explicit;
    if (value === undefined) {
      if (i + 1 >= words.length || kinds[i + 1] !== null)
        throw new ArgvError(`argument --${option.name}: expected one argument`);
      value = words[i + 1] ?? '';
      i++;
    }
    if (option.choices && !option.choices.includes(value))
      throw new ArgvError(`argument --${option.name}: ${invalidChoice(value, option.choices)}`);
    out.globals[option.name] = value;
  }
  return out;
}

/** argparse `type=int` (the CLI's --page-size and --max-items): Python's int() or an error. */
function typed(option: CliArg, value: string): string {
  if (
    (option.special === 'page-size' || option.special === 'max-items') &&
    !/^\s*[+-]?\d+(_\d+)*\s*$/.test(value)
  )
    throw new ArgvError(`argument --${option.name}: invalid int value: '${value}'`);
  return value;
}

/** What the operation parser found: values by option, the `help` word, words left over. */
export interface OperationArgs {
  values: Map<CliArg, string | string[] | boolean>;
  help?: string;
  unknown: string[];
}

/** The operation parser (argparse `parse_known_args` with a `help` positional, nargs '?'). */
export function parseOperation(
  words: string[],
  table: readonly CliArg[],
  requireRequired: boolean,
): OperationArgs {
  const values = new Map<CliArg, string | string[] | boolean>();
  const byMember = new Map<string, CliArg>();
  const extras: string[] = [];
  let help: string | undefined;
  let helpConsumed = false;
  const kinds = words.map((w) => matchOption(w, table));
  const isValue = (i: number) => kinds[i] === null;
  let i = 0;
  const positionals = () => {
    const start = i;
    while (i < words.length && isValue(i)) i++;
    const run = words.slice(start, i);
    if (run.length > 0 && !helpConsumed) {
      helpConsumed = true;
      help = run.shift();
    }
    extras.push(...run);
  };
  while (i < words.length) {
    if (isValue(i)) {
      positionals();
      continue;
    }
    const k = kinds[i];
    const word = words[i] ?? '';
    i++;
    if (k === 'unknown' || k === null || k === undefined) {
      extras.push(word);
      continue;
    }
    const { option, explicit } = k;
    if (option.arity === 'flag') {
      if (explicit !== undefined)
        throw new ArgvError(`argument --${option.name}: ignored explicit argument '${explicit}'`);
      values.set(option, option.stores ?? true);
      // `--x` and `--no-x` fill one member: the last one given wins.
      const other = byMember.get(option.member);
      if (other && other !== option) values.delete(other);
      byMember.set(option.member, option);
      continue;
    }
    if (explicit !== undefined) {
      values.set(option, option.arity === 'many' ? [explicit] : typed(option, explicit));
      continue;
    }
    if (option.arity === 'one') {
      if (i >= words.length || !isValue(i))
        throw new ArgvError(`argument --${option.name}: expected one argument`);
      values.set(option, typed(option, words[i] ?? ''));
      i++;
      continue;
    }
    // Lists take zero or more words (the CLI sends `--grant-tokens` alone as []).
    const start = i;
    while (i < words.length && isValue(i)) i++;
    values.set(option, words.slice(start, i));
  }
  if (requireRequired) {
    const missing = table.filter((a) => a.required && !values.has(a));
    if (missing.length > 0)
      throw new ArgvError(
        `the following arguments are required: ${missing.map((a) => `--${a.name}`).join(', ')}`,
      );
  }
  return { values, ...(help !== undefined ? { help } : {}), unknown: extras };
}
