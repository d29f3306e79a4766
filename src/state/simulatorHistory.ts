/**
 * The console's history across reloads: the newest lines and what they printed, in localStorage
 * under their own key, bounded in count and size; plaintext and private keys are left out. Storage that is missing, full or blocked is
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

/** What is saved of one entry: the line and its printed output, never a trace. */
interface SavedEntry {
  line: string;
  output: string;
  isError: boolean;
}

const cut = (s: string): string =>
  s.length <= SAVED_OUTPUT_CHARS ? s : `${s.slice(0, SAVED_OUTPUT_CHARS)}\n… (cut when saved)`;

/** Plaintext and private keys in outputs are not written to storage. */
const redact = (s: string): string =>
  s.replace(/"(Plaintext|PrivateKeyPlaintext)": "[^"]*"/g, '"$1": "(not saved)"');

/** Saves the newest finished entries; false when storage refused. */
export function saveConsoleHistory(
  storage: StorageLike | null,
  entries: readonly ConsoleEntry[],
): boolean {
  if (!storage) return false;
  const saved: SavedEntry[] = entries
    .filter((e) => !e.pending)
    .slice(-SAVED_ENTRIES)
    .map((e) => ({ line: e.line, output: cut(redact(e.output)), isError: e.isError }));
  try {
    storage.setItem(CONSOLE_STORAGE_KEY, JSON.stringify(saved));
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
    const { line, output, isError } = v as Record<string, unknown>;
    if (typeof line !== 'string' || typeof output !== 'string') continue;
    out.push({ line, output: cut(output), isError: isError === true, restored: true });
  }
  return out;
}
