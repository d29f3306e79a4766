/** Shape of `serviceReference.json` (see `generateServiceReference.ts`). */
export interface ServiceReference {
  /** What the facts describe. */
  source: string;
  /** npm package they were read from, and its version. */
  package: string;
  version: string;
  licence: string;
  actions: ReferenceAction[];
  resourceTypes: { name: string; arn: string; conditionKeys: string[] }[];
  /** KMS condition keys; a name ending in `:` or `/` is a family. */
  conditionKeys: { name: string; type: string; variants?: string[] }[];
  /** Global condition keys (`aws:*` and the few cross-service ones). */
  globalConditionKeys: { name: string; type: string; category: string }[];
}

/** One IAM action of the `kms` service prefix. */
export interface ReferenceAction {
  /** Action name without the `kms:` prefix. */
  name: string;
  /** Access level(s), e.g. `Write` or `Permissions management, Write`. */
  accessLevel: string;
  /** Resource types it is authorized against; empty: only `Resource: "*"`. */
  resourceTypes: string[];
  /** Condition keys a request for it can carry, families collapsed to their prefix. */
  conditionKeys: string[];
}
