/**
 * Hard limits on what the decoder accepts. A scenario arrives from untrusted places (a link someone
 * pasted, a file from a colleague), so every input is bounded before any expensive work: oversized
 * or pathological input becomes a clear error instead of a frozen tab or a stack overflow.
 */

/** Largest scenario text, in UTF-8 bytes. Also the cap when inflating a share link. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** Deepest nesting of arrays and objects, counted from the outermost container as 1. */
export const MAX_NESTING_DEPTH = 64;

/** Longest single string (a value or an object key), in UTF-16 code units. */
export const MAX_STRING_LENGTH = 64 * 1024;

/** Most statements in one policy document. */
export const MAX_STATEMENTS_PER_DOCUMENT = 500;

/** Most statements across every policy document of a scenario. */
export const MAX_STATEMENTS_TOTAL = 2000;

/** Most requests in one scenario. */
export const MAX_REQUESTS = 1000;

/** Most principals in one scenario. */
export const MAX_PRINCIPALS = 1000;

/** Most keys in one scenario. */
export const MAX_KEYS = 1000;

/** Most grants in one scenario. */
export const MAX_GRANTS = 10_000;

/**
 * Most JSON values (every object, array, string, number, boolean and null) in a scenario handed
 * over as a value rather than text. A 1 MB text cannot hold more than this, so the bound only
 * matters for callers that build values in code, where it keeps shared sub-objects from making
 * the walk explode.
 */
export const MAX_JSON_VALUES = MAX_SCENARIO_BYTES / 2;

/** Longest share-link fragment: base64url of the largest deflate output for a 1 MB scenario. */
export const MAX_SHARE_FRAGMENT_LENGTH = 2 * MAX_SCENARIO_BYTES;

/** Issues reported before the decoder stops listing them (a broken file can have thousands). */
export const MAX_ISSUES = 200;
