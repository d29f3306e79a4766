import type { ContextValue } from '../scenario/types';

/** One request-context key as the engine sees it. */
export interface ContextEntry {
  /** The key's canonical spelling, e.g. `aws:SourceIp` or `kms:EncryptionContext:AppName`. */
  name: string;
  /** Its value: multi-valued keys hold string arrays. */
  value: ContextValue;
  /** True when the engine derived it from the scenario; false when the request supplied it. */
  derived: boolean;
}

/**
 * The request context, keyed by the lower-cased key name: condition key names are
 * case-insensitive (IAM User Guide, "IAM JSON policy elements: Condition").
 */
export type RequestContext = Map<string, ContextEntry>;

/**
 * The one way to look a key up in a request context: by its lower-cased name, so every spelling
 * of a condition key finds the same entry (IAM User Guide, "IAM JSON policy elements: Condition":
 * condition key names are case-insensitive).
 */
export function contextEntry(ctx: RequestContext, name: string): ContextEntry | undefined {
  return ctx.get(name.toLowerCase());
}

/** Adds an entry under its lower-cased name (the counterpart of {@link contextEntry}). */
export function setContextEntry(ctx: RequestContext, entry: ContextEntry): void {
  ctx.set(entry.name.toLowerCase(), entry);
}

/** A diagnostic before the caller has said which document it belongs to. */
export interface LocalDiagnostic {
  /** JSON path inside the document. */
  path: (string | number)[];
  /** Severity. */
  severity: 'error' | 'warning' | 'info';
  /** Stable machine code. */
  code: string;
  /** Explanation. */
  message: string;
}
