/**
 * Real AWS artifacts in (issue 15): an AccessDeniedException message, CloudTrail KMS events,
 * `aws iam get-account-authorization-details`, `aws kms list-keys` / `list-aliases` and
 * CloudFormation templates become principals, policies, keys or requests. Pure: each importer
 * reads the text or JSON and returns what it would add (`Imported.apply` on the scenario JSON) and
 * what it could not use; the caller decodes the result with the scenario decoder.
 */
import { importAccessDenied } from './accessDenied';
import { importAuthorizationDetails } from './authDetails';
import { importCloudFormation } from './cloudFormation';
import { importCloudTrail } from './cloudTrail';
import { isObject, type Imported, type JsonObject } from './draft';
import { importListAliases, importListKeys } from './kmsLists';

export { parseAccessDenied, type AccessDeniedMessage } from './accessDenied';
export type { Imported, JsonObject } from './draft';

/** An access denied message in pasted text (not JSON), or null. */
export function importText(text: string, draft: JsonObject): Imported | null {
  return importAccessDenied(text, draft);
}

/** The importer that recognises `value`, or null. */
export function importJson(value: unknown, draft: JsonObject): Imported | null {
  if (!isObject(value)) return null;
  return (
    importCloudTrail(value, draft) ??
    importAuthorizationDetails(value) ??
    importListKeys(value) ??
    importListAliases(value, draft) ??
    importCloudFormation(value, draft)
  );
}
