import { formatPath, type ScenarioIssue } from './issues';
import { lineColumn, scanJson } from './jsonScan';

/** The parsed value, or one error issue with a line and column. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; issue: ScenarioIssue };

/**
 * Parses a JSON text that has already passed the size check. `path` is where the text sits in
 * the scenario (`[]` for a whole file, `['keys', 0, 'policy']` for a policy given as a string);
 * `label` names it in messages.
 */
export function parseJsonText(
  text: string,
  maxDepth: number,
  path: (string | number)[],
  label: string,
): ParsedJson {
  const scan = scanJson(text, maxDepth);
  if (!scan.ok) {
    const { line, column } = lineColumn(text, scan.offset);
    const where = path.length === 0 ? '' : `${formatPath(path)}: `;
    return {
      ok: false,
      issue: {
        path,
        severity: 'error',
        code: scan.kind === 'depth' ? 'TooDeep' : 'InvalidJson',
        message: `${where}${label} is not valid JSON at line ${line}, column ${column}: ${scan.reason}`,
        line,
        column,
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    // The scan accepts exactly JSON, so this is a safety net rather than an expected path.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      issue: {
        path,
        severity: 'error',
        code: 'InvalidJson',
        message: `${label} is not valid JSON: ${detail}`,
      },
    };
  }
}

/**
 * True when `text` is longer than `limit` UTF-8 bytes, without encoding it: a UTF-16 code unit
 * takes 1 to 3 bytes, so most texts are decided by their length alone.
 */
export function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}

/** Human form of a byte count: `1 MB`, `50.0 MB`, `12 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
