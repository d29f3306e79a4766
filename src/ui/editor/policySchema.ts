/**
 * JSON Schema definitions of an IAM policy document, for validation, completion of property names
 * and hovers in the editor. Descriptions are our own words. It checks shape only; the engine's
 * diagnostics say what is wrong in meaning.
 */
import { BASE_OPERATOR_NAMES } from '../../engine/conditions/operators';

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

const withoutNull = BASE_OPERATOR_NAMES.filter((n) => n !== 'Null').join('|');

/** Operator spellings the engine accepts: `[ForAnyValue:|ForAllValues:]Base[IfExists]`. */
export const OPERATOR_PATTERN = `^(ForAnyValue:|ForAllValues:)?((${withoutNull})(IfExists)?|Null)$`;

const stringOrList = (description: string, pattern?: string) => {
  const item = {
    type: 'string',
    ...(pattern
      ? { pattern, patternErrorMessage: 'Expected "service:Action", a wildcard pattern or "*".' }
      : {}),
  };
  return {
    description,
    anyOf: [item, { type: 'array', items: item, minItems: 1 }],
  };
};

const ACTION_PATTERN = '^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+)$';

const principalMap = {
  type: 'object',
  description: 'Who: by kind of principal.',
  properties: {
    AWS: stringOrList('Account ids, account root ARNs, IAM users and roles, or "*".'),
    Service: stringOrList('Service principals such as "dynamodb.amazonaws.com".'),
    Federated: stringOrList('Identity providers for web or SAML federation.'),
    CanonicalUser: stringOrList('Canonical user ids (used by S3).'),
  },
  additionalProperties: false,
  minProperties: 1,
};

/** `$defs` entries; all names start with `iam` so they never collide with other definitions. */
export const policyDefinitions = {
  iamPolicy: {
    type: 'object',
    description: 'An IAM policy document: a version and one or more statements.',
    required: ['Statement'],
    properties: {
      Version: {
        enum: ['2012-10-17', '2008-10-17'],
        markdownEnumDescriptions: [
          'The current language version; policy variables such as `${aws:username}` work.',
          'The old version; `${...}` is taken literally.',
        ],
        description: 'Policy language version. Use "2012-10-17".',
      },
      Id: { type: 'string', description: 'Optional identifier of the policy.' },
      Statement: {
        description: 'One statement object, or an array of statements.',
        anyOf: [ref('iamStatement'), { type: 'array', items: ref('iamStatement') }],
      },
    },
    additionalProperties: false,
  },
  iamStatement: {
    type: 'object',
    description: 'One rule: who may (or may not) do which actions on which resources, and when.',
    required: ['Effect'],
    properties: {
      Sid: { type: 'string', description: 'Statement id, shown in traces; unique in the policy.' },
      Effect: {
        enum: ['Allow', 'Deny'],
        markdownEnumDescriptions: [
          'Allows the matching requests, unless a Deny anywhere matches too.',
          'Denies the matching requests; an explicit deny always wins.',
        ],
        description: 'Allow or Deny.',
      },
      Principal: ref('iamPrincipal'),
      NotPrincipal: {
        ...ref('iamPrincipal'),
        description: 'Everyone except these principals. Rarely right; prefer conditions.',
      },
      Action: stringOrList(
        'Actions such as "kms:Decrypt"; `*` and `?` are wildcards.',
        ACTION_PATTERN,
      ),
      NotAction: stringOrList('Every action except these.', ACTION_PATTERN),
      Resource: stringOrList('Resource ARNs; in a key policy, "*" means this key.'),
      NotResource: stringOrList('Every resource except these.'),
      Condition: ref('iamCondition'),
    },
    additionalProperties: false,
  },
  iamPrincipal: {
    description: 'Who the statement applies to (resource policies only): "*" or a principal map.',
    anyOf: [{ const: '*', description: 'Anyone; narrow it with conditions.' }, principalMap],
  },
  iamCondition: {
    type: 'object',
    description: 'When the statement applies: operator → condition key → value(s). All must hold.',
    propertyNames: {
      pattern: OPERATOR_PATTERN,
      patternErrorMessage:
        'Not a condition operator (e.g. StringEquals, ForAnyValue:StringLike, BoolIfExists).',
    },
    additionalProperties: {
      type: 'object',
      description: 'Condition keys and the values compared with the request (any one may match).',
      additionalProperties: {
        anyOf: [
          { type: ['string', 'number', 'boolean'] },
          { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
        ],
      },
    },
  },
};
