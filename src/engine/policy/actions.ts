import type { LocalDiagnostic } from '../context';
import type { JsonPath } from '../types';
import { compileGlob } from '../match/glob';
import { KMS_ACTIONS } from '../catalog/operations';

/** A compiled Action/NotAction or Resource/NotResource list entry. */
export interface PatternEntry {
  raw: string;
  path: JsonPath;
  test: (value: string) => boolean;
}

/** Reads a string-or-array element, reporting non-strings at their exact path. */
export function stringList(
  value: unknown,
  path: JsonPath,
  element: string,
  diags: LocalDiagnostic[],
): { raw: string; path: JsonPath }[] {
  const items = Array.isArray(value) ? value : [value];
  const out: { raw: string; path: JsonPath }[] = [];
  items.forEach((item, i) => {
    const p = Array.isArray(value) ? [...path, i] : path;
    if (typeof item === 'string') out.push({ raw: item, path: p });
    else
      diags.push({
        path: p,
        severity: 'error',
        code: 'InvalidElement',
        message: `${element} entries must be strings, got ${item === null ? 'null' : typeof item}.`,
      });
  });
  if (Array.isArray(value) && value.length === 0) {
    diags.push({
      path,
      severity: 'error',
      code: 'EmptyElement',
      message: `${element} must not be an empty list.`,
    });
  }
  return out;
}

/**
 * Compiles Action/NotAction entries. S26: the service prefix and action name are case-insensitive,
 * and `*` / `?` are wildcards.
 */
export function compileActions(
  value: unknown,
  path: JsonPath,
  element: 'Action' | 'NotAction',
  diags: LocalDiagnostic[],
): PatternEntry[] {
  return stringList(value, path, element, diags).map(({ raw, path: p }) => {
    const test = compileGlob(raw, true);
    if (raw !== '*' && !raw.includes(':')) {
      diags.push({
        path: p,
        severity: 'error',
        code: 'InvalidAction',
        message: `"${raw}" is not an action: expected "service:ActionName" such as "kms:Decrypt", or "*".`,
      });
    } else if (raw.toLowerCase().startsWith('kms:') && !KMS_ACTIONS.some(test)) {
      diags.push({
        path: p,
        severity: 'warning',
        code: 'UnknownAction',
        message: `"${raw}" matches no AWS KMS action; check the spelling (for example kms:Decrypt, kms:GenerateDataKey*).`,
      });
    }
    return { raw, path: p, test };
  });
}
