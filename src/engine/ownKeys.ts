/**
 * Maps whose keys the user chooses (encryption contexts, grant constraints, tags, profile names,
 * command names): a key spelled like an `Object.prototype` member (`__proto__`, `constructor`) is
 * an ordinary key. Reading goes through `ownValue` (own properties only); building goes through
 * `Object.fromEntries`, which defines properties instead of assigning them, so `__proto__` stays a
 * key instead of replacing the prototype.
 */

/** The value of a record's own property `key`, or undefined (never an inherited member). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A JSON object's string-valued pairs as a record, every key kept as written; else undefined. */
export function stringPairs(v: unknown): Record<string, string> | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  return Object.fromEntries(
    Object.entries(v as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );
}
