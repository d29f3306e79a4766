import type { ScenarioIssue } from './issues';
import { formatBytes } from './jsonText';
import { MAX_SCENARIO_BYTES } from './limits';
import type { Scenario } from './types';

/** Extension of saved scenario files. */
export const SCENARIO_FILE_EXTENSION = '.kms-scenario.json';

/** Media type for saving a scenario file. */
export const SCENARIO_MEDIA_TYPE = 'application/json';

const MAX_SLUG_LENGTH = 60;

/**
 * A file name for saving the scenario: the title as a lower-case ASCII slug plus
 * `.kms-scenario.json`, or `scenario.kms-scenario.json` when the title gives nothing usable.
 */
export function scenarioFileName(s: Pick<Scenario, 'title'>): string {
  return `${slugify(s.title ?? '') || 'scenario'}${SCENARIO_FILE_EXTENSION}`;
}

function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/**
 * For file import: an error when a file of `byteSize` bytes is over the limit, checked before
 * the file is read into memory at all; undefined when its size is acceptable.
 */
export function fileSizeIssue(byteSize: number): ScenarioIssue | undefined {
  if (byteSize <= MAX_SCENARIO_BYTES) return undefined;
  return {
    path: [],
    severity: 'error',
    code: 'TooLarge',
    message: `the file is too large (${formatBytes(byteSize)}); the limit is ${formatBytes(MAX_SCENARIO_BYTES)}`,
  };
}
