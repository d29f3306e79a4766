import { decodeScenarioValue } from './decodeValue';
import { failure, type DecodeResult } from './issues';
import { exceedsUtf8Bytes, formatBytes, parseJsonText } from './jsonText';
import { MAX_NESTING_DEPTH, MAX_SCENARIO_BYTES } from './limits';

/**
 * Decodes scenario text (a file, stdin for the CLI, or the inflated share link): size check
 * first, then a depth and syntax scan, then `JSON.parse`, then `decodeScenarioValue`. The size
 * check looks only at the string's length unless the text is close to the limit, so a 50 MB
 * paste is refused at once. Never throws.
 */
export function decodeScenarioText(text: string): DecodeResult {
  if (typeof text !== 'string') {
    return failure({ path: [], code: 'WrongType', message: 'expected the scenario as text' });
  }
  if (exceedsUtf8Bytes(text, MAX_SCENARIO_BYTES)) {
    const size =
      text.length > MAX_SCENARIO_BYTES
        ? `at least ${formatBytes(text.length)}`
        : 'just over the limit';
    return failure({
      path: [],
      code: 'TooLarge',
      message: `the scenario is too large (${size}); the limit is ${formatBytes(MAX_SCENARIO_BYTES)}`,
    });
  }
  // A byte order mark is common in files saved on Windows; JSON.parse rejects it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return failure({ path: [], code: 'EmptyInput', message: 'the scenario text is empty' });
  }
  const parsed = parseJsonText(body, MAX_NESTING_DEPTH, [], 'the scenario');
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  return decodeScenarioValue(parsed.value);
}
