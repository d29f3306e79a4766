/**
 * How the AWS CLI v2 prints a response: pagination (outputPaging.ts), `--query` (JMESPath) and
 * `--output json|text|yaml|table` (outputText.ts, outputYaml.ts, outputTable.ts).
 */
import jmespath from 'jmespath';
import type { Json } from '../../scenario/types';
import { paginate } from './outputPaging';
import type { OutputOptions } from './outputOptions';
import { formatTable, TableError } from './outputTable';
import { formatText } from './outputText';
import { formatYaml } from './outputYaml';
import { PAGINATORS } from './kmsModel';
import { ownValue } from '../../engine';
import { isObject } from './outputValues';

export type { OutputOptions } from './outputOptions';
export { paginate } from './outputPaging';
export { formatTable, TableError } from './outputTable';
export { formatText } from './outputText';
export { formatYaml } from './outputYaml';

/** The library's parser (its type declarations name only `search`). */
const compile = (jmespath as unknown as { compile(expression: string): unknown }).compile;

/**
 * The CLI's refusal of an expression JMESPath cannot parse (argparse runs jmespath.compile). The
 * library's words differ from Python jmespath's, except for an expression that ends too early.
 */
function badQuery(expression: string, e: unknown): string {
  const reason = e instanceof Error ? e.message : String(e);
  const detail = /EOF/.test(reason)
    ? `Incomplete expression:\n"${expression}"\n${' '.repeat(expression.length + 1)}^`
    : reason;
  return `\nBad value for --query ${expression}: Invalid jmespath expression: ${detail}`;
}

/**
 * The CLI's refusal of a `--query` that does not parse, or null. The CLI refuses it while reading
 * its arguments, before any request: the line parser should call this, so no call is made.
 */
export function queryError(expression: string): string | null {
  try {
    compile(expression);
    return null;
  } catch (e) {
    return badQuery(expression, e);
  }
}

/** `--query` on a result: the JMESPath result, or the CLI's error for a bad expression. */
function query(data: Json, expression: string | undefined): { data: Json } | { error: string } {
  if (expression === undefined) return { data };
  const refused = queryError(expression);
  if (refused !== null) return { error: refused };
  try {
    return { data: (jmespath.search(data, expression) ?? null) as Json };
  } catch (e) {
    // An error while evaluating (an unknown function, a wrong argument type) is printed alone.
    return e instanceof TypeError
      ? { error: badQuery(expression, e) }
      : { error: `\n${(e as Error).message}` };
  }
}

/**
 * `--output text` of a paginated call (awscli TextFormatter): each page is queried and printed on
 * its own, then the resume token as `{"NextToken": {"NextToken": token}}`, queried too.
 */
function pagedText(page: Record<string, Json>, expression: string | undefined) {
  const { NextToken: token, ...rest } = page;
  const parts = token === undefined ? [rest] : [rest, { NextToken: { NextToken: token } }];
  const lines: string[] = [];
  for (const part of parts) {
    const q = query(part, expression);
    if ('error' in q) return q;
    const text = formatText(q.data);
    if (text !== '') lines.push(text);
  }
  return { text: lines.join('\n') };
}

/**
 * `--output yaml-stream` (awscli StreamedYAMLFormatter): each page, queried, as a one-item YAML
 * list. A page of a paginated call is the service's page (the simulator's one page, with its
 * `Truncated`) cut at --max-items, without NextToken; an empty response prints nothing.
 */
function yamlStream(
  page: Record<string, Json>,
  expression: string | undefined,
  paginated: boolean,
) {
  const { NextToken: _token, ...rest } = page;
  const q = query(paginated ? { ...rest, Truncated: false } : page, expression);
  if ('error' in q) return q;
  if (!paginated && isObject(q.data) && Object.keys(q.data).length === 0) return { text: '' };
  return { text: formatYaml([q.data]) };
}

/** The CLI's output for a response (after pagination), or an error for a bad --query. */
export function formatOutput(
  operation: string,
  response: Record<string, Json>,
  options: OutputOptions,
): { text: string } | { error: string } {
  const output = options.output ?? 'json';
  const paginated = ownValue(PAGINATORS, operation) !== undefined && !options.noPaginate;
  if (output === 'text' && paginated) return pagedText(response, options.query);
  if (output === 'yaml-stream') return yamlStream(response, options.query, paginated);
  const q = query(response, options.query);
  if ('error' in q) return q;
  const data = q.data;
  // The formatters print nothing for an empty response (but do for an empty query result).
  if (options.query === undefined && Object.keys(response).length === 0) return { text: '' };
  switch (output) {
    case 'text':
      return { text: formatText(data) };
    case 'yaml':
      return { text: formatYaml(data) };
    case 'table':
      try {
        return { text: data === null ? '' : formatTable(operation, data) };
      } catch (e) {
        if (e instanceof TableError) return { error: `\n${e.message}` };
        throw e;
      }
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
