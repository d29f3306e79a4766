/**
 * JSON schemas per document kind and their association with editor models by URI. Every policy
 * kind uses the IAM policy schema; grants, requests and the scenario use the scenario format's own
 * schema, with its loose policy-document definition replaced by the IAM policy schema.
 */
import { scenarioSchema } from '../../scenario';
import type { DocumentKind } from './documentContext';
import { isPolicyKind } from './documentContext';
import { policyDefinitions } from './policySchema';

/** Which schema a kind uses. */
export type SchemaId = 'policy' | 'grant' | 'request' | 'scenario';

/** Schema id of a document kind. */
export function schemaIdOf(kind: DocumentKind): SchemaId {
  return isPolicyKind(kind) ? 'policy' : kind;
}

/** Stable URI of a document's model. */
export function modelUri(documentId: string): string {
  return `inmemory://kms/${encodeURIComponent(documentId)}.json`;
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

const { $id: _id, $defs: scenarioDefs, ...scenarioRoot } = scenarioSchema;

const defs = {
  ...scenarioDefs,
  ...policyDefinitions,
  policyDocument: {
    description: 'An IAM policy document, or a string holding its JSON.',
    anyOf: [
      { $ref: '#/$defs/iamPolicy' },
      { type: 'string', description: 'The policy as a JSON string, as the AWS CLI prints it.' },
    ],
  },
};

const SCHEMAS: Record<SchemaId, object> = {
  policy: {
    $schema: DRAFT,
    title: 'IAM policy document',
    $ref: '#/$defs/iamPolicy',
    $defs: policyDefinitions,
  },
  grant: { $schema: DRAFT, title: 'KMS grant', $ref: '#/$defs/grant', $defs: defs },
  request: { $schema: DRAFT, title: 'KMS request', $ref: '#/$defs/request', $defs: defs },
  scenario: { ...scenarioRoot, $defs: defs },
};

/** The schema object for a kind. */
export function schemaFor(id: SchemaId): object {
  return SCHEMAS[id];
}

/**
 * A `fileMatch` glob matching exactly one model. The JSON worker matches globs against the URI
 * decoded (`toString(true)`), so `resource` must be that form; glob characters in document ids
 * become `?` (any one character), which keeps the match to this one model in practice.
 */
export function fileMatchFor(resource: string): string {
  return resource.replace(/[?*[\]{},\\]/g, '?');
}

/** One entry of `jsonDefaults.setDiagnosticsOptions({ schemas })`. */
export interface SchemaAssociation {
  uri: string;
  fileMatch: string[];
  schema: object;
}

/**
 * The schema list for a set of models: one entry per schema id, matching the models of that id.
 * `resource` is the decoded model URI (see {@link fileMatchFor}).
 */
export function schemaAssociations(
  models: readonly { resource: string; kind: DocumentKind }[],
): SchemaAssociation[] {
  const ids: SchemaId[] = ['policy', 'grant', 'request', 'scenario'];
  return ids.map((id) => ({
    uri: `inmemory://kms-schema/${id}.json`,
    fileMatch: models.filter((m) => schemaIdOf(m.kind) === id).map((m) => fileMatchFor(m.resource)),
    schema: SCHEMAS[id],
  }));
}
