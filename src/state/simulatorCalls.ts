/**
 * How the store runs simulated calls with real cryptography: the crypto port (loaded on first
 * use, one per store, i.e. per page session: random key material does not survive a reload),
 * applying a finished call to a scenario that may have changed while it ran, and a scenario
 * request turned into a call.
 */
import type { Json, Request, Scenario } from '../scenario';
import {
  cliOutput,
  commandLine,
  consoleProfiles,
  formatError,
  sampleCiphertextJob,
  type CallResult,
  type CryptoPort,
  type FileStore,
  type SimulatorState,
} from '../simulator';
import { documentText, listDocuments } from './documents';
import { simulatorOf, withSimulator } from './simulatorState';
import type { AppState } from './types';

/** A lazily created crypto port; the import keeps WebCrypto code out of the first bundle. */
export function lazyPort(): () => Promise<CryptoPort> {
  let port: Promise<CryptoPort> | null = null;
  return () => (port ??= import('../crypto/simulatorPort').then((m) => m.createSimulatorPort()));
}

/**
 * The scenario after a call that started from `before` and ended in `after`. When the scenario
 * did not change meanwhile this is simply `after`; otherwise the call's new audit events are
 * appended to the current simulator (cryptographic calls change nothing else).
 */
export function applyCall(
  current: Scenario,
  started: Scenario,
  before: SimulatorState,
  after: SimulatorState,
): Scenario {
  if (after === before) return current;
  if (current === started) return withSimulator(current, after);
  const now = simulatorOf(current, null);
  const events = after.audit.slice(before.audit.length);
  return withSimulator(current, { ...now, audit: [...now.audit, ...events] });
}

/** The CLI command name of an API operation: `GenerateDataKey` → `generate-data-key`. */
export const commandName = (operation: string): string =>
  operation.replace(/[A-Z]/g, (c, i: number) => (i === 0 ? '' : '-') + c.toLowerCase());

/** A scenario request as a simulated call, with the console line that reads the same. */
export interface RequestCall {
  caller: string;
  operation: string;
  params: Record<string, Json>;
  context: Request['context'];
  /** The equivalent `aws kms` line, for the console's history. */
  line: string;
  /** What the simulated call leaves out of the request, said in the console. */
  notes: string[];
  /** The ciphertext the request only describes (`{ key, encryptionContext }`), if any. */
  described?: Json;
}

/**
 * A call with a real blob for a ciphertext the request only describes: the port seals the sample
 * plaintext under the described key and context first (not a KMS call: not authorized, not
 * audited). Without a key of the account, the call goes without a blob and KMS says why.
 */
export async function withSampleBlob(
  c: RequestCall,
  state: SimulatorState,
  port: CryptoPort,
): Promise<RequestCall> {
  if (c.described === undefined) return c;
  const job = sampleCiphertextJob(state, c.described, c.caller, SAMPLE_PLAINTEXT);
  const made = job ? await port.run(job) : null;
  if (!made?.ok || !made.ciphertextBlob)
    return {
      ...c,
      notes: [...c.notes, 'CiphertextBlob: the described key is not in the account.'],
    };
  const blob = made.ciphertextBlob;
  return {
    ...c,
    params: { ...c.params, CiphertextBlob: blob },
    line: `${c.line} --ciphertext-blob ${blob}`,
    notes: [
      ...c.notes,
      'CiphertextBlob: a sample ("hello from the playground") sealed under the described key and encryption context; making it was not a call.',
    ],
  };
}

/** Sample plaintext for an Encrypt request that has none ("hello from the playground"). */
export const SAMPLE_PLAINTEXT = 'aGVsbG8gZnJvbSB0aGUgcGxheWdyb3VuZA==';

/** Turns a scenario request into a call: parameters in AWS's spelling, as the console sends them. */
export function requestCall(s: Scenario, r: Request): RequestCall {
  const operation = r.action.replace(/^kms:/i, '');
  const params: Record<string, Json> = { ...r.parameters };
  const notes: string[] = [];
  if (r.key !== undefined && params.KeyId === undefined && operation !== 'ReEncrypt')
    params.KeyId = r.key;
  if (operation === 'ReEncrypt' && r.key !== undefined) params.SourceKeyId = r.key;
  if (r.encryptionContext) params.EncryptionContext = r.encryptionContext;
  if (r.grantTokens.length > 0) params.GrantTokens = r.grantTokens;
  if (operation === 'Encrypt' && typeof params.Plaintext !== 'string') {
    params.Plaintext = SAMPLE_PLAINTEXT;
    notes.push('Plaintext: a sample ("hello from the playground"), as the request has none.');
  }
  // The engine describes ciphertext as { key, encryptionContext }; a real call needs a real blob.
  const described = params.CiphertextBlob;
  if (described !== undefined && typeof described !== 'string') delete params.CiphertextBlob;
  if (r.sessionPolicy) notes.push('The session policy is not part of a simulated call.');
  if (r.viaVpcEndpoint) notes.push('The VPC endpoint is not part of a simulated call.');
  const profile = Object.entries(consoleProfiles(s)).find(([, arn]) => arn === r.principal)?.[0];
  return {
    caller: r.principal,
    operation,
    params,
    context: r.context,
    // Written so that the console reads it back as this very request (flags without values).
    line: commandLine(operation, params, profile),
    notes,
    ...(described !== undefined && typeof described !== 'string' ? { described } : {}),
  };
}

/**
 * Files for `file://` and `fileb://`: every document by its id, and `policy.json` = the document
 * open in the editor (so `--policy file://policy.json` sends what the editor shows). Given the
 * line, only the documents it names are written out, so a line costs the same however many
 * policies the scenario holds.
 */
export function consoleFiles(s: Scenario, selectedDocument: string, line?: string): FileStore {
  const named = (id: string) => line === undefined || line.includes(id);
  const files: Record<string, string> = {};
  for (const d of listDocuments(s)) if (named(d.id)) files[d.id] = documentText(s, d.id);
  if (named('policy.json')) files['policy.json'] = documentText(s, selectedDocument);
  return files;
}

/** `help` and `help <command>` are short for `aws kms help` and `aws kms <command> help`. */
export function expand(line: string): string {
  const m = /^help(?:\s+(\S+))?\s*$/.exec(line);
  if (!m) return line;
  return m[1] ? `aws kms ${m[1]} help` : 'aws kms help';
}

/** The first principal of a scenario, the console's default caller. */
export const firstPrincipal = (s: Scenario): string | null => s.principals[0]?.arn ?? null;

/** The console's caller: the chosen profile while it is a principal, else the first one. */
export function callerOf(state: AppState): string | null {
  const p = state.consoleProfile;
  return p && state.scenario.principals.some((x) => x.arn === p)
    ? p
    : firstPrincipal(state.scenario);
}

/** Where the newest call sits in the whole audit trail (dropped events count), and its time. */
export function callPlace(s: Scenario): { number: number; time: string } {
  const audit = s.simulator?.audit ?? [];
  const time = audit.at(-1)?.['eventTime'];
  const dropped = s.simulator?.counters.auditDropped ?? 0;
  return { number: audit.length + dropped, time: typeof time === 'string' ? time : '' };
}

/** What the console prints for a request sent from the request builder. */
export function sentOutput(label: string, c: RequestCall, r: CallResult): string {
  const printed = r.error
    ? formatError(r.error.code, c.operation, r.error.message)
    : cliOutput(c.operation, r.response ?? {});
  return [`# Sent from the request builder (${label}).`, ...c.notes.map((n) => `# ${n}`), printed]
    .filter((x) => x !== '')
    .join('\n');
}
