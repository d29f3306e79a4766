/** Pure helpers of the console's input line: Tab completion, history and downloads. */

/** The longest prefix all candidates share. */
function commonPrefix(words: readonly string[]): string {
  const [first = '', ...rest] = words;
  let n = first.length;
  for (const w of rest) {
    n = Math.min(n, w.length);
    while (n > 0 && w.slice(0, n) !== first.slice(0, n)) n--;
  }
  return first.slice(0, n);
}

/**
 * Completes the word at the end of `line` with `candidates` (what `complete` returned): one
 * candidate replaces the word and adds a space; several extend it to their common prefix.
 */
export function applyCompletion(line: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return line;
  const start = line.search(/\S*$/);
  const head = line.slice(0, start);
  if (candidates.length === 1) return `${head}${candidates[0] ?? ''} `;
  const prefix = commonPrefix(candidates);
  return prefix.length > line.length - start ? `${head}${prefix}` : line;
}

/** The session as a script: one command per line, after a comment saying what it is. */
export const sessionScript = (lines: readonly string[]): string =>
  `# KMS Policy Playground console session\n${lines.join('\n')}\n`;

/** Starts a browser download of `text`. */
export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
