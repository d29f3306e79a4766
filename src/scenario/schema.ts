import { MAX_GRANTS, MAX_KEYS, MAX_PRINCIPALS, MAX_REQUESTS, MAX_STRING_LENGTH } from './limits';
import { schemaDefinitions } from './schemaDefinitions';
import { simulatorSchema } from './schemaSimulatorDefs';
import { SCENARIO_FORMAT, SCENARIO_VERSION, VIEW_TABS } from './types';

const items = (name: string, description: string, maxItems?: number) => ({
  type: 'array',
  items: { $ref: `#/$defs/${name}` },
  default: [],
  description,
  ...(maxItems === undefined ? {} : { maxItems }),
});

/**
 * JSON Schema (draft 2020-12) of scenario format version 1, for the editor's validation,
 * completion and hovers. It mirrors the runtime validator (same enums, defaults and required
 * fields) but cannot express everything the validator checks (cross references, total limits,
 * parsing of documents given as strings), so the validator stays the authority.
 */
export const scenarioSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:kms-playground:scenario:1',
  title: 'KMS Policy Playground scenario',
  description:
    'Accounts, principals, keys, grants and requests: everything needed to ask whether a principal may do something with a KMS key.',
  type: 'object',
  required: ['format', 'version'],
  properties: {
    $schema: { type: 'string', description: 'Lets editors find this schema; not kept.' },
    format: { const: SCENARIO_FORMAT, description: `Always "${SCENARIO_FORMAT}".` },
    version: { const: SCENARIO_VERSION, description: 'Format version.' },
    title: {
      type: 'string',
      maxLength: MAX_STRING_LENGTH,
      description: 'Short title shown in the explorer.',
    },
    description: {
      type: 'string',
      maxLength: MAX_STRING_LENGTH,
      description: 'Markdown shown beside the scenario.',
    },
    organization: { $ref: '#/$defs/organization' },
    accounts: items('account', 'AWS accounts; one with a parent belongs to the organization.'),
    principals: items('principal', 'Callers and their identity policies.', MAX_PRINCIPALS),
    groups: items('group', 'IAM groups and their identity policies.'),
    keys: items('key', 'KMS keys, each with exactly one key policy.', MAX_KEYS),
    grants: items('grant', 'Grants on the keys.', MAX_GRANTS),
    vpcEndpoints: items('vpcEndpoint', 'VPC interface endpoints for KMS and their policies.'),
    requests: items('request', 'The requests to evaluate.', MAX_REQUESTS),
    simulator: simulatorSchema,
    view: {
      type: 'object',
      description:
        'What the screen showed when the link or file was made: the selected request, the open document and the tab under the editor.',
      properties: {
        request: {
          type: ['string', 'integer'],
          minimum: 0,
          description: 'The selected request: its id, or its position from 0 when it has none.',
        },
        document: {
          type: 'string',
          description: 'The open document, as the explorer names it (scenario, key:<key id>, …).',
        },
        tab: { enum: [...VIEW_TABS], description: 'The tab under the editor.' },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
  $defs: schemaDefinitions,
} as const;
