/**
 * The console's history across reloads: the newest lines, what they printed and (for the newest
 * calls, within a size budget) the decision each was given, in localStorage under their own key,
 * bounded in count and size; plaintext and private keys are left out. Storage that is missing, full or blocked is
 * never an error: the console then simply starts empty (the workspace notice already says storage
 * is unavailable).
 */
import type { StorageLike } from './persistence';
import type { ConsoleEntry } from './types';

/** localStorage key of the console history. */
export const CONSOLE_STORAGE_KEY = 'kms-playground.console.v1';
/** Most entries kept across reloads. */
export const SAVED_ENTRIES = 100;
/** Longest output kept per entry (characters); longer outputs are cut with a note. */
export const SAVED_OUTPUT_CHARS = 4000;

/** Newest calls whose recorded decision (trace included) is kept across reloads. */
export const SAVED_DECISIONS = 40;
/** A recorded decision larger than this (characters of JSON) is not kept. */
export const SAVED_DECISION_CHARS = 60_000;
/** All recorded decisions together stay under this (characters of JSON). */
export const SAVED_DECISIONS_TOTAL_CHARS = 1_000_000;

/**
 * What is saved of one entry: the line and its printed output, and for the newest calls the
 * decision as it was made (so the entry stays clickable after a reload); plaintext never.
 */
interface SavedEntry {
  line: string;
  output: string;
  isError: boolean;
  decision?: Pick<ConsoleEntry, 'evaluation' | 'request' | 'call'>;
}

/**
 * The saved JSON of an entry's decision (compact, plaintext values replaced: a request's
 * parameters may hold them), made once per entry: entries are never changed once finished, so a
 * long session does not re-serialise every kept decision on every line.
 */
const decisionJson = new WeakMap<ConsoleEntry, string>();
function decisionText(e: ConsoleEntry): string {
  let text = decisionJson.get(e);
  if (text === undefined) {
    text = JSON.stringify({ evaluation: e.evaluation, request: e.request, call: e.call }).replace(
      /"(Plaintext|PrivateKeyPlaintext)":"(?:[^"\\]|\\.)*"/g,
      '"$1":"(not saved)"',
    );
    decisionJson.set(e, text);
  }
  return text;
}

/** The recorded decisions to keep (as saved JSON), newest first within the budgets, by entry. */
function keptDecisions(entries: readonly ConsoleEntry[]): Map<ConsoleEntry, string> {
  const kept = new Map<ConsoleEntry, string>();
  let total = 0;
  for (let i = entries.length - 1; i >= 0 && kept.size < SAVED_DECISIONS; i--) {
    const e = entries[i]!;
    if (!e.evaluation) continue;
    const text = decisionText(e);
    const size = text.length;
    if (size > SAVED_DECISION_CHARS || total + size > SAVED_DECISIONS_TOTAL_CHARS) continue;
    total += size;
    kept.set(e, text);
  }
  return kept;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A saved decision read back, or undefined when it does not look like one. */
function readDecision(v: unknown): SavedEntry['decision'] | undefined {
  if (!isRecord(v) || !isRecord(v['evaluation'])) return undefined;
  const evaluation = v['evaluation'];
  if (typeof evaluation['outcome'] !== 'string' || typeof evaluation['decision'] !== 'string') {
    return undefined;
  }
  if (!Array.isArray(evaluation['trace'])) return undefined;
  const call = v['call'];
  const decision: SavedEntry['decision'] = {
    evaluation: evaluation as unknown as NonNullable<ConsoleEntry['evaluation']>,
  };
  if (isRecord(v['request'])) decision.request = v['request'] as unknown as ConsoleEntry['request'];
  if (isRecord(call) && typeof call['number'] === 'number' && typeof call['time'] === 'string') {
    decision.call = { number: call['number'], time: call['time'] };
  }
  return decision;
}

const cut = (s: string): string =>
  s.length <= SAVED_OUTPUT_CHARS ? s : `${s.slice(0, SAVED_OUTPUT_CHARS)}\n… (cut when saved)`;

/** Plaintext and private keys in outputs are not written to storage. */
const redact = (s: string): string =>
  s.replace(/"(Plaintext|PrivateKeyPlaintext)": "[^"]*"/g, '"$1": "(not saved)"');

/** The saved JSON of an entry without its decision, made once per entry. */
const entryJson = new WeakMap<ConsoleEntry, string>();
function entryText(e: ConsoleEntry): string {
  let text = entryJson.get(e);
  if (text === undefined) {
    const out: SavedEntry = { line: e.line, output: cut(redact(e.output)), isError: e.isError };
    text = JSON.stringify(out);
    entryJson.set(e, text);
  }
  return text;
}

/** Saves the newest finished entries; false when storage refused. */
export function saveConsoleHistory(
  storage: StorageLike | null,
  entries: readonly ConsoleEntry[],
): boolean {
  if (!storage) return false;
  const finished = entries.filter((e) => !e.pending).slice(-SAVED_ENTRIES);
  const decisions = keptDecisions(finished);
  // Each entry's JSON is `{…}`; a kept decision goes in as its last field.
  const saved = finished.map((e) => {
    const text = entryText(e);
    const decision = decisions.get(e);
    return decision === undefined ? text : `${text.slice(0, -1)},"decision":${decision}}`;
  });
  try {
    storage.setItem(CONSOLE_STORAGE_KEY, `[${saved.join(',')}]`);
    return true;
  } catch {
    return false;
  }
}

/** Reads saved entries (marked `restored`), ignoring anything malformed. */
export function loadConsoleHistory(storage: StorageLike | null): Omit<ConsoleEntry, 'id'>[] {
  let text: string | null;
  try {
    text = storage?.getItem(CONSOLE_STORAGE_KEY) ?? null;
  } catch {
    return [];
  }
  if (!text) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const out: Omit<ConsoleEntry, 'id'>[] = [];
  for (const v of value.slice(-SAVED_ENTRIES)) {
    if (!v || typeof v !== 'object') continue;
    const { line, output, isError, decision } = v as Record<string, unknown>;
    if (typeof line !== 'string' || typeof output !== 'string') continue;
    out.push({
      line,
      output: cut(output),
      isError: isError === true,
      restored: true,
      ...readDecision(decision),
    });
  }
  return out;
}
