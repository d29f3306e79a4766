/** ISO time arithmetic on the simulated clock (no reading of the real clock). */

/** The ISO time `seconds` after `iso`. */
export function addSeconds(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** The ISO time `days` after `iso`. */
export const addDays = (iso: string, days: number): string => addSeconds(iso, days * 86400);

/** Whether `a` is at or after `b`. */
export const atOrAfter = (a: string, b: string): boolean => Date.parse(a) >= Date.parse(b);

/** KMS prints dates in responses as epoch seconds (the CLI shows them as numbers or ISO strings). */
export const epochSeconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);
