/**
 * The AWS CLI's paginator (botocore PageIterator.build_full_result) over the simulator's one-page
 * list responses: the result list without `Truncated`/`NextMarker`, `--max-items` and
 * `--starting-token`.
 */
import type { Json } from '../../scenario/types';
import { PAGINATORS } from './kmsModel';
import { base64ToBytes, textToBase64 } from '../base64';
import { ownValue } from '../../engine';
import type { OutputOptions } from './outputOptions';

/**
 * What the CLI's paginator makes of a list response: the simulator returns every item in one page,
 * so the result is that page without the paging members, cut at --max-items (then `NextToken`
 * resumes it, as botocore's token does with `boto_truncate_amount`).
 */
export function paginate(
  operation: string,
  response: Record<string, Json>,
  options: OutputOptions,
): { page: Record<string, Json> } | { error: string } {
  const pager = ownValue(PAGINATORS, operation);
  if (!pager || options.noPaginate) return { page: response };
  const out: Record<string, Json> = Object.fromEntries(
    Object.entries(response).filter(([k]) => k !== 'Truncated' && k !== pager.outputToken),
  );
  const items = ownValue(out, pager.resultKey);
  if (!Array.isArray(items)) return { page: out };
  let skip = 0;
  if (options.startingToken !== undefined) {
    const bytes = base64ToBytes(options.startingToken);
    let amount: unknown;
    try {
      amount = bytes
        ? (JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>)
            .boto_truncate_amount
        : undefined;
    } catch {
      amount = undefined;
    }
    if (typeof amount !== 'number')
      return { error: `Bad starting token: ${options.startingToken}` };
    skip = amount;
  }
  const max = options.maxItems;
  const rest = items.slice(skip);
  const page = max !== undefined && max > 0 ? rest.slice(0, max) : rest;
  out[pager.resultKey] = page;
  if (page.length < rest.length)
    out.NextToken = textToBase64(
      JSON.stringify({ [pager.inputToken]: null, boto_truncate_amount: skip + page.length }),
    );
  return { page: out };
}
