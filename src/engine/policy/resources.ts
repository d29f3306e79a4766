import type { LocalDiagnostic, RequestContext } from '../context';
import type { JsonPath } from '../types';
import { compileResourceEntry } from '../match/variables';
import { stringList } from './actions';

/** A compiled Resource/NotResource entry; `test` may need the request context for variables. */
export interface ResourceEntry {
  raw: string;
  path: JsonPath;
  test: (arn: string, ctx: RequestContext) => boolean;
}

/**
 * Compiles Resource/NotResource entries. S27: the ARN is matched case-sensitively with `*`/`?`
 * (A15: whole-ARN glob). S33: variables are substituted only in 2012-10-17 policies; an entry whose
 * variable has no value matches nothing.
 */
export function compileResources(
  value: unknown,
  path: JsonPath,
  element: 'Resource' | 'NotResource',
  variables: boolean,
  diags: LocalDiagnostic[],
): ResourceEntry[] {
  return stringList(value, path, element, diags).map(({ raw, path: p }) => {
    if (raw !== '*' && !raw.startsWith('arn:')) {
      diags.push({
        path: p,
        severity: 'warning',
        code: 'InvalidResource',
        message: `"${raw}" is not an ARN or "*". In IAM policies a KMS key must be named by its key ARN (S15); key ids and alias names never match.`,
      });
    }
    const entry = compileResourceEntry(raw, variables);
    for (const problem of entry.problems) {
      diags.push({ path: p, severity: 'warning', code: 'ResourceVariable', message: problem });
    }
    // `matches` needs no `this`: the entry's own function, no wrapper call per test.
    return { raw, path: p, test: entry.matches };
  });
}
