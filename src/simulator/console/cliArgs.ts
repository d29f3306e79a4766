/**
 * The AWS CLI's option tables, built as the CLI builds them from the API model (awscli clidriver):
 * one option per input member, named by botocore's `xform_name` (`GrantTokens` → `--grant-tokens`);
 * booleans are flags (`--x` / `--no-x`), lists take one or more words, everything else one word.
 * Paginated operations also take `--starting-token`, `--page-size` and `--max-items`; every
 * operation takes `--cli-input-json`.
 */
import { OPERATIONS, PAGINATORS, SHAPES } from './kmsModel';
import type { ModelShape } from './modelTypes';
import { ownValue } from '../../engine';

/** How many words an option takes (argparse's nargs). */
export type Arity = 'flag' | 'one' | 'many';

/** One option of an operation. */
export interface CliArg {
  /** Option name without `--`. */
  name: string;
  /** The input member it fills ('' for the CLI's own options). */
  member: string;
  /** Its shape name in the model ('' for the CLI's own options). */
  shape: string;
  arity: Arity;
  required: boolean;
  /** For flags: the value the option stores (`--no-x` stores false). */
  stores?: boolean;
  /** The CLI's own options: pagination and --cli-input-json. */
  special?: 'starting-token' | 'page-size' | 'max-items' | 'cli-input-json';
}

/** botocore's `xform_name(name, '-')`: `KeyId` → `key-id`, `GrantTokens` → `grant-tokens`. */
export function xformName(name: string): string {
  let n = name;
  const special = /[A-Z]{2,}s$/.exec(n);
  if (special) n = `${n.slice(0, -special[0].length)}-${special[0].toLowerCase()}`;
  return n
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** CLI command name → API operation (`create-grant` → `CreateGrant`). */
export const COMMAND_OPERATIONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(OPERATIONS).map((op) => [xformName(op), op]),
);

/** A shape of the model by name. */
export const shapeOf = (name: string): ModelShape => ownValue(SHAPES, name) ?? { type: 'string' };

const tables = new Map<string, CliArg[]>();

/** The options of an operation in the CLI's order (model member order, then the CLI's own). */
export function argTable(operation: string): CliArg[] {
  const cached = tables.get(operation);
  if (cached) return cached;
  const input = ownValue(OPERATIONS, operation);
  const shape = input ? shapeOf(input) : undefined;
  const required = new Set(shape?.required ?? []);
  const out: CliArg[] = [];
  for (const [member, shapeName] of shape?.members ?? []) {
    const name = xformName(member);
    const type = shapeOf(shapeName).type;
    const base = { member, shape: shapeName, required: required.has(member) };
    if (type === 'boolean') {
      out.push({ ...base, name, arity: 'flag', stores: true });
      out.push({ ...base, name: `no-${name}`, arity: 'flag', stores: false, required: false });
    } else out.push({ ...base, name, arity: type === 'list' ? 'many' : 'one' });
  }
  out.push({
    name: 'cli-input-json',
    member: '',
    shape: '',
    arity: 'one',
    required: false,
    special: 'cli-input-json',
  });
  if (ownValue(PAGINATORS, operation))
    for (const special of ['starting-token', 'page-size', 'max-items'] as const)
      out.push({ name: special, member: '', shape: '', arity: 'one', required: false, special });
  tables.set(operation, out);
  return out;
}

/** One AWS CLI global option (awscli's cli.json), accepted anywhere on the line. */
export interface GlobalOption {
  name: string;
  takesValue: boolean;
  choices?: string[];
}

const g = (name: string, takesValue: boolean, choices?: string[]): GlobalOption => ({
  name,
  takesValue,
  ...(choices ? { choices } : {}),
});

/** The global options in the CLI's order. */
export const GLOBAL_OPTIONS: readonly GlobalOption[] = [
  g('debug', false),
  g('endpoint-url', true),
  g('no-verify-ssl', false),
  g('no-paginate', false),
  g('output', true, ['json', 'text', 'table', 'yaml', 'yaml-stream']),
  g('query', true),
  g('profile', true),
  g('region', true),
  g('version', false),
  g('color', true, ['on', 'off', 'auto']),
  g('no-sign-request', false),
  g('ca-bundle', true),
  g('cli-read-timeout', true),
  g('cli-connect-timeout', true),
  g('cli-binary-format', true, ['base64', 'raw-in-base64-out']),
  g('no-cli-pager', false),
  g('cli-auto-prompt', false),
  g('no-cli-auto-prompt', false),
];
