import { identityDefinitions } from './schemaIdentityDefs';
import { resourceDefinitions } from './schemaResourceDefs';

/**
 * The `$defs` of the scenario JSON Schema, one per object of the format. Enums and defaults come
 * from the same constants the validator uses.
 */
export const schemaDefinitions = { ...identityDefinitions, ...resourceDefinitions };
