/** `['Statement', 1, 'Action']` -> `Statement[1].Action`; the empty path is the document itself. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(document)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/**
 * Byte counts as people read them: `812 bytes`, `14.2 KB`, `1.3 MB` (1 KB = 1024 bytes). With
 * `up`, rounds up, so a size just over a limit never reads as equal to it.
 */
export function formatBytes(bytes: number, { up = false } = {}): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${oneDecimal(bytes / 1024, up)} KB`;
  return `${oneDecimal(bytes / (1024 * 1024), up)} MB`;
}

function oneDecimal(value: number, up: boolean): string {
  const rounded = up ? Math.ceil(value * 10) / 10 : value;
  return rounded.toFixed(1).replace(/\.0$/, '');
}
