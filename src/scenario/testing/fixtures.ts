/**
 * The conformance scenarios copied into this folder, as raw text keyed by file name. Loaded with
 * Vite's glob import so that tests read them the way the app would, without touching the file
 * system or anything outside the project.
 */
const files = import.meta.glob<string>('../fixtures/conformance/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `[fileName, text]` for every conformance scenario, sorted by name. */
export const conformanceFixtures: [string, string][] = Object.entries(files)
  .map(([path, text]): [string, string] => [path.slice(path.lastIndexOf('/') + 1), text])
  .sort(([a], [b]) => a.localeCompare(b));
