/**
 * How the AWS CLI v2 prints a response: pagination (outputPaging.ts), `--query` (JMESPath) and
 * `--output json|text|yaml|table` (outputText.ts, outputYaml.ts, outputTable.ts).
 */
import jmespath from 'jmespath';
import type { Json } from '../../scenario/types';
import { paginate } from './outputPaging';
import type { OutputOptions } from './outputOptions';
import { formatTable } from './outputTable';
import { formatText } from './outputText';
import { formatYaml } from './outputYaml';

export type { OutputOptions } from './outputOptions';
export { paginate } from './outputPaging';
export { formatTable } from './outputTable';
export { formatText } from './outputText';
export { formatYaml } from './outputYaml';

/** The CLI's output for a response (after pagination), or an error for a bad --query. */
export function formatOutput(
  operation: string,
  response: Record<string, Json>,
  options: OutputOptions,
): { text: string } | { error: string } {
  let data: Json = response;
  if (options.query !== undefined) {
    try {
      data = (jmespath.search(response, options.query) ?? null) as Json;
    } catch (e) {
      return { error: `Bad value for --query ${options.query}: ${(e as Error).message}` };
    }
  } else if (Object.keys(response).length === 0) return { text: '' };
  switch (options.output ?? 'json') {
    case 'text':
      return { text: formatText(data) };
    case 'yaml':
    case 'yaml-stream':
      return { text: formatYaml(data) };
    case 'table':
      return { text: data === null ? '' : formatTable(operation, data) };
    default:
      return { text: JSON.stringify(data, null, 4) };
  }
}

/** What the CLI prints for a response with its default options (`--output json`, paginated). */
export function cliOutput(operation: string, response: Record<string, Json>): string {
  const paged = paginate(operation, response, {});
  const out = 'page' in paged ? formatOutput(operation, paged.page, {}) : paged;
  return 'text' in out ? out.text : out.error;
}
