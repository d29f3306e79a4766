/**
 * A request written as the `aws kms` line that sends it (the inverse of parseCommand): flags as
 * `--x` / `--no-x`, lists as words, structures and maps as JSON, every word quoted for the shell
 * where it needs to be. `parseCommand(commandLine(...))` gives the same request back.
 */
import type { Json } from '../../scenario/types';
import { COMMAND_OPERATIONS, xformName } from './cliArgs';

const SAFE = /^[A-Za-z0-9_./:=,@+%^-]+$/;

/** A word as a POSIX shell reads it back: bare when safe, else single-quoted. */
export const shellWord = (w: string): string =>
  w !== '' && SAFE.test(w) ? w : `'${w.split("'").join(`'\\''`)}'`;

/** `aws kms <command> ...` for an operation and its parameters, in the order given. */
export function commandLine(
  operation: string,
  params: Readonly<Record<string, Json>>,
  profile?: string,
): string {
  const command =
    Object.entries(COMMAND_OPERATIONS).find(([, op]) => op === operation)?.[0] ??
    xformName(operation);
  const words = ['aws', 'kms', command];
  for (const member of Object.keys(params)) {
    const v = params[member];
    if (v === undefined) continue;
    const option = `--${xformName(member)}`;
    if (typeof v === 'boolean') words.push(v ? option : `--no-${xformName(member)}`);
    else if (typeof v === 'string')
      // A value argparse would read as an option goes after `=`.
      words.push(v.startsWith('-') ? shellWord(`${option}=${v}`) : `${option} ${shellWord(v)}`);
    else if (typeof v === 'number') words.push(`${option} ${v}`);
    else if (
      Array.isArray(v) &&
      v.length > 0 &&
      v.every(
        (x) => typeof x === 'string' && x !== '' && !/^[-[]/.test(x) && !/^fileb?:\/\//.test(x),
      )
    )
      words.push(`${option} ${v.map((x) => shellWord(String(x))).join(' ')}`);
    else words.push(`${option} ${shellWord(JSON.stringify(v))}`);
  }
  if (profile) words.push(`--profile ${shellWord(profile)}`);
  return words.join(' ');
}
