/**
 * What the AWS CLI has to print once botocore parsed the response (outputParse.ts) and, for a
 * paginated operation, its paginator built the full result (botocore PageIterator): the result
 * list alone, without `Truncated` and `NextMarker`, cut at `--max-items` with a `NextToken` that
 * `--starting-token` resumes. The simulator returns every list in one page, so the paginator makes
 * one request, and a token is the CLI's own: `{"Marker": null, "boto_truncate_amount": N}` as
 * Python's json.dumps writes it, in base64. A token that names a marker would be sent to KMS, and
 * the simulator never issued one: KMS refuses it with InvalidMarkerException (ListKeys API
 * reference).
 */
import type { Json } from '../../scenario/types';
import { PAGINATORS } from './kmsModel';
import { base64ToBytes, textToBase64 } from '../base64';
import { ownValue } from '../../engine';
import type { OutputOptions } from './outputOptions';
import { parsedResponse } from './outputParse';
import { isObject } from './outputValues';

/** KMS's description of InvalidMarkerException (ListKeys API reference, Errors). */
const INVALID_MARKER =
  'The request was rejected because the marker that specifies where pagination should next begin is not valid.';

/**
 * The marker and the number of items to skip that a starting token holds (botocore's
 * _parse_starting_token: base64 JSON, else the old `MARKER___N` form, else the token itself is the
 * service's marker).
 */
function startingPoint(token: string, inputToken: string): { marker: Json; skip: number } {
  const bytes = base64ToBytes(token);
  if (bytes) {
    try {
      const decoded = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Json;
      if (isObject(decoded)) {
        const amount = ownValue(decoded, 'boto_truncate_amount');
        return {
          marker: ownValue(decoded, inputToken) ?? null,
          skip: typeof amount === 'number' ? amount : 0,
        };
      }
    } catch {
      // Not a JSON token: botocore falls back to the old form below.
    }
  }
  const parts = token.split('___');
  if (parts.length === 2 && /^\s*[-+]?\d+\s*$/.test(parts[1] ?? ''))
    return { marker: parts[0] === 'None' ? null : (parts[0] ?? null), skip: Number(parts[1]) };
  return { marker: token, skip: 0 };
}

/** botocore's resume token: Python's json.dumps of the token dict, in base64. */
const resumeToken = (inputToken: string, amount: number): string =>
  textToBase64(`{${JSON.stringify(inputToken)}: null, "boto_truncate_amount": ${amount}}`);

/** The parsed response, or the full result of the CLI's paginator. */
export function paginate(
  operation: string,
  response: Record<string, Json>,
  options: OutputOptions,
): { page: Record<string, Json> } | { error: string } {
  const parsed = parsedResponse(operation, response);
  const pager = ownValue(PAGINATORS, operation);
  if (!pager || options.noPaginate) return { page: parsed };
  let skip = 0;
  if (options.startingToken !== undefined) {
    const start = startingPoint(options.startingToken, pager.inputToken);
    if (start.marker !== null)
      return {
        error: `\nAn error occurred (InvalidMarkerException) when calling the ${operation} operation: ${INVALID_MARKER}`,
      };
    skip = start.skip;
  }
  const items = ownValue(parsed, pager.resultKey);
  if (!Array.isArray(items)) return { page: {} };
  const rest = items.slice(skip);
  const max = options.maxItems;
  const page = max !== undefined && rest.length > max ? rest.slice(0, Math.max(0, max)) : rest;
  const out: Record<string, Json> = { [pager.resultKey]: page };
  if (page.length < rest.length) out.NextToken = resumeToken(pager.inputToken, skip + page.length);
  return { page: out };
}
