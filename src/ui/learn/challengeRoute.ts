/** A challenge opened in the playground is a sandbox whose `lesson` is `challenge:<id>`. */
export const CHALLENGE_PREFIX = 'challenge:';
/** The progress record of a challenge: its `done` holds `solved` once solved. */
export const challengeProgressId = (id: string): string => `${CHALLENGE_PREFIX}${id}`;
/** The challenge id of a sandbox's `lesson`, or null for a lesson step. */
export const challengeOfSandbox = (lesson: string): string | null =>
  lesson.startsWith(CHALLENGE_PREFIX) ? lesson.slice(CHALLENGE_PREFIX.length) : null;
