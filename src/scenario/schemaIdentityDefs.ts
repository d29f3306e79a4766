import { ORGANIZATION_POLICY_TYPES } from './enums';
import { ORGANIZATION_ID_PATTERN, ROOT_ID_PATTERN } from './readOrganization';
import { MAX_STATEMENTS_PER_DOCUMENT, MAX_STRING_LENGTH } from './limits';
import { list, ref, str, stringMap, strings } from './schemaParts';

/** Schema definitions for policy documents, the organization, accounts and identities. */

const policyDocument = {
  description:
    'An IAM JSON policy document, as an object or as a string holding the JSON (as `aws kms get-key-policy` prints it). Its grammar is checked by the engine, not here.',
  anyOf: [
    {
      type: 'object',
      properties: {
        Version: { type: 'string', description: 'Policy language version, normally "2012-10-17".' },
        Id: { type: 'string' },
        Statement: {
          description: `One statement or an array of at most ${MAX_STATEMENTS_PER_DOCUMENT}.`,
          anyOf: [{ type: 'array', maxItems: MAX_STATEMENTS_PER_DOCUMENT }, { type: 'object' }],
        },
      },
    },
    { type: 'string', contentMediaType: 'application/json', maxLength: MAX_STRING_LENGTH },
  ],
};

const organization = {
  type: 'object',
  description: 'AWS Organizations structure with its SCPs and RCPs.',
  properties: {
    id: {
      type: 'string',
      pattern: ORGANIZATION_ID_PATTERN,
      description:
        'Organization id such as "o-a1b2c3d4e5"; when given, aws:PrincipalOrgID/OrgPaths and aws:ResourceOrgID/OrgPaths are derived.',
    },
    rootId: {
      type: 'string',
      pattern: ROOT_ID_PATTERN,
      description: 'The root id used in OU paths, such as "r-ab12"; default "r-root".',
    },
    units: list('organizationalUnit', 'Organizational units under the root.'),
    policies: list('organizationPolicy', 'Service control policies and resource control policies.'),
  },
  additionalProperties: false,
};

const organizationalUnit = {
  type: 'object',
  required: ['id', 'parent'],
  properties: {
    id: str('OU id such as "ou-prod".'),
    parent: str('"r-root" or the id of another OU.'),
    name: str('Display name.'),
  },
  additionalProperties: false,
};

const organizationPolicy = {
  type: 'object',
  required: ['id', 'type', 'targets', 'document'],
  properties: {
    id: str('Policy id such as "p-deny-delete".'),
    type: {
      enum: [...ORGANIZATION_POLICY_TYPES],
      description: 'SCP restricts principals; RCP restricts resources (keys).',
    },
    name: str('Display name.'),
    targets: strings('Where it is attached: "r-root", an OU id or an account id.'),
    document: ref('policyDocument'),
  },
  additionalProperties: false,
};

const account = {
  type: 'object',
  required: ['id'],
  properties: {
    id: str('12-digit account id.'),
    name: str('Display name.'),
    parent: str('"r-root" or an OU id; omitted when the account is in no organization.'),
    managementAccount: {
      type: 'boolean',
      default: false,
      description: 'SCPs and RCPs do not apply to the management account.',
    },
  },
  additionalProperties: false,
};

const namedPolicy = {
  type: 'object',
  required: ['name', 'document'],
  properties: { name: str('Policy name.'), document: ref('policyDocument') },
  additionalProperties: false,
};

const principal = {
  type: 'object',
  required: ['arn'],
  properties: {
    arn: str(
      'User, role, assumed-role session, federated user, account root or service principal.',
    ),
    name: str('Display name.'),
    roleArn: str("For an assumed-role session: the role's full ARN, with its path."),
    policies: list('namedPolicy', 'Identity-based policies.'),
    groups: strings('Group ARNs (users only).'),
    permissionsBoundary: ref('policyDocument'),
    tags: stringMap('Principal tags, for aws:PrincipalTag/<key>.'),
  },
  additionalProperties: false,
};

const group = {
  type: 'object',
  required: ['arn'],
  properties: { arn: str('Group ARN.'), policies: list('namedPolicy', 'Identity-based policies.') },
  additionalProperties: false,
};

/** Definitions of policy documents, the organization, accounts, principals and groups. */
export const identityDefinitions = {
  policyDocument,
  organization,
  organizationalUnit,
  organizationPolicy,
  account,
  namedPolicy,
  principal,
  group,
};
