/** `help` text and completions for the console. */
import { GRANT_OPERATIONS } from '../../engine';
import type { SimulatorState } from '../types';
import { argTable, GLOBAL_OPTIONS, shapeOf } from './cliArgs';
import { COMMANDS, NOT_SIMULATED } from './commands';
import { ownValue } from '../../engine';

/** `--key-id <value>`, `--operations <value> [<value>...]`, `[--multi-region | --no-multi-region]`. */
const placeholder = (operation: string, o: string): string => {
  const arg = argTable(operation).find((a) => a.name === o);
  if (arg?.arity === 'flag') return `--${o} | --no-${o}`;
  return `--${o} ${arg?.arity === 'many' ? '<value> [<value>...]' : '<value>'}`;
};

/**
 * How blob options are read, as AWS CLI v2 reads them (cli_binary_format, default base64), and
 * what the output holds. Ciphertext is real AES-256-GCM under this page's key material.
 */
const BINARY_HELP = (options: string) =>
  `\nBINARY PARAMETERS\n  ${options}: base64 text, as AWS CLI v2 expects by default\n  (aGVsbG8= is "hello"), or fileb://NAME for a file's bytes, or raw text\n  with --cli-binary-format raw-in-base64-out. Binary outputs (CiphertextBlob,\n  Plaintext, Signature, Mac, PublicKey) are base64: pass a CiphertextBlob back\n  as --ciphertext-blob <base64>. Key material lives in this page session\n  (random) unless the scenario key has demoMaterial: after a reload, blobs made\n  with random material can no longer be decrypted.\n`;

/** Help for `aws kms help` (no command) or `aws kms <command> help`. */
export function helpText(command?: string): string {
  if (!command) {
    const names = Object.keys(COMMANDS).sort();
    const simulated = names.filter((n) => COMMANDS[n]?.summary !== NOT_SIMULATED);
    const others = names.filter((n) => COMMANDS[n]?.summary === NOT_SIMULATED);
    return `KMS\n\nDESCRIPTION\n  AWS Key Management Service (simulated). Every call is decided by the\n  playground's authorization engine and recorded in the audit trail.\n\nAVAILABLE COMMANDS\n${simulated.map((n) => `  o ${n}`).join('\n')}\n\nNOT SIMULATED (parsed and validated as the AWS CLI does, then refused)\n${others.map((n) => `  o ${n}`).join('\n')}\n\nGLOBAL OPTIONS\n  --profile NAME (the caller), --region NAME, --output json|text|table|yaml,\n  --query JMESPATH, --cli-binary-format base64|raw-in-base64-out, --no-paginate\n\nOUTSIDE AWS\n  sleep <duration>  moves the simulated clock (300, 5m, 2h, 7d): grants\n                    propagate, scheduled deletions and rotations happen.\n`;
  }
  const spec = ownValue(COMMANDS, command);
  if (!spec) return `Unknown command: ${command}`;
  const lines = [
    ...spec.required.map((o) => `  ${placeholder(spec.operation, o)}`),
    ...spec.optional.map((o) => `  [${placeholder(spec.operation, o)}]`),
    ...argTable(spec.operation)
      .filter((a) => a.special)
      .map((a) => `  [--${a.name} <value>]`),
    ...['profile', 'region', 'output', 'query', 'cli-binary-format'].map(
      (o) => `  [--${o} <value>]`,
    ),
  ];
  const blobs = argTable(spec.operation)
    .filter((a) => a.shape !== '' && shapeOf(a.shape).type === 'blob')
    .map((a) => a.name);
  const binary = blobs.length > 0 ? BINARY_HELP(blobs.map((o) => `--${o}`).join(', ')) : '';
  return `${command.toUpperCase()}()\n\nNAME\n  ${command} -\n\nDESCRIPTION\n  ${spec.summary}\n  API operation: ${spec.operation}\n\nSYNOPSIS\n  ${command}\n${lines.join('\n')}\n${binary}`;
}

/** Values worth suggesting after an option: keys, aliases, principals, profiles, operations. */
function valueCandidates(option: string, state: SimulatorState): string[] {
  const keys = state.scenario.keys;
  switch (option) {
    case 'key-id':
    case 'target-key-id':
    case 'destination-key-id':
    case 'source-key-id':
      return [...keys.map((k) => k.arn), ...keys.flatMap((k) => k.aliases)];
    case 'alias-name':
      return keys.flatMap((k) => k.aliases);
    case 'grantee-principal':
    case 'retiring-principal':
      return state.scenario.principals.map((p) => p.arn);
    case 'profile':
      return Object.keys(state.profiles);
    case 'region':
      return [state.region, ...keys.map((k) => k.arn.split(':')[3] ?? '')].filter((r) => r !== '');
    case 'operations':
      return [...GRANT_OPERATIONS];
    case 'grant-id':
      return state.scenario.grants.map((g) => g.grantId);
    default:
      return [];
  }
}

/**
 * Completion candidates for the word being typed at the end of `line`: commands after `aws kms`,
 * then the command's options not yet used (and the global ones), then, given the state, values
 * for the option being filled in.
 */
export function complete(line: string, state?: SimulatorState): string[] {
  const words = line.split(/\s+/);
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1).filter((w) => w !== '');
  if (before.length === 0) return 'aws'.startsWith(current) ? ['aws'] : [];
  if (before.length === 1) return 'kms'.startsWith(current) ? ['kms'] : [];
  if (before.length === 2)
    return [...Object.keys(COMMANDS).filter((c) => COMMANDS[c]?.summary !== NOT_SIMULATED), 'help']
      .filter((c) => c.startsWith(current))
      .sort();
  const spec = ownValue(COMMANDS, before[2] ?? '');
  if (!spec) return [];
  // Choices of global options need no state.
  const last = before[before.length - 1] ?? '';
  const choices = GLOBAL_OPTIONS.find((o) => `--${o.name}` === last)?.choices;
  if (choices && !current.startsWith('-')) return choices.filter((c) => c.startsWith(current));
  if (!current.startsWith('-')) {
    const option = [...before]
      .reverse()
      .find((w) => w.startsWith('--'))
      ?.slice(2);
    if (!state || !option) return [];
    return [...new Set(valueCandidates(option, state))].filter((v) => v.startsWith(current));
  }
  const used = new Set(before.filter((w) => w.startsWith('--')).map((w) => w.slice(2)));
  return [...spec.required, ...spec.optional, ...GLOBAL_OPTIONS.map((o) => o.name)]
    .filter((o) => !used.has(o))
    .map((o) => `--${o}`)
    .filter((o) => o.startsWith(current));
}
