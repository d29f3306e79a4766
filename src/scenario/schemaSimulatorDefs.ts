import { str, stringMap } from './schemaParts';

const count = (description: string) => ({ type: 'integer', minimum: 0, default: 0, description });

const keyMeta = {
  type: 'object',
  required: ['creationDate'],
  properties: {
    creationDate: str('When the key was created (simulated clock, ISO 8601).'),
    deletionDate: str('When the key will be deleted, while it is PendingDeletion.'),
    pendingWindowInDays: {
      type: 'integer',
      minimum: 0,
      description: 'Waiting period of the scheduled deletion.',
    },
    rotationEnabled: { type: 'boolean', default: false, description: 'Automatic rotation on.' },
    rotationPeriodInDays: {
      type: 'integer',
      minimum: 0,
      default: 365,
      description: 'Rotation period in days.',
    },
    nextRotationDate: str('Next automatic rotation, when rotation is on.'),
    rotations: {
      type: 'array',
      default: [],
      description: 'Completed rotations, oldest first (ListKeyRotations).',
      items: {
        type: 'object',
        required: ['RotationDate', 'RotationType'],
        properties: {
          RotationDate: str('When the rotation happened.'),
          RotationType: { enum: ['AUTOMATIC', 'ON_DEMAND'], description: 'How it was started.' },
        },
        additionalProperties: false,
      },
    },
    importedMaterial: {
      type: 'boolean',
      description: 'For origin EXTERNAL: whether key material is imported.',
    },
    pendingRotationMaterial: {
      type: 'boolean',
      description:
        'For a symmetric key with origin EXTERNAL: new key material imported (NEW_KEY_MATERIAL) that waits for RotateKeyOnDemand.',
    },
  },
  additionalProperties: false,
};

/**
 * JSON Schema of the optional `simulator` field: the simulated account's state after a console
 * session (clock, audit trail, id counters, key lifecycle facts, grant creation and removal times,
 * CLI profiles, Region). Written by the playground; rarely edited by hand.
 */
export const simulatorSchema = {
  type: 'object',
  required: ['clock'],
  description:
    "The simulated KMS account's state after a console session, so a file or link reproduces it.",
  properties: {
    clock: str('Simulated clock, ISO 8601 UTC.'),
    region: { ...str('Region for new keys and CloudTrail awsRegion.'), default: 'us-east-1' },
    profiles: stringMap('AWS CLI profile name → caller ARN (`default` is used without --profile).'),
    counters: {
      type: 'object',
      description: 'Counters for deterministic ids.',
      properties: {
        keys: count('Keys created.'),
        grants: count('Grants created.'),
        auditDropped: count('Oldest audit events dropped to keep the scenario small.'),
      },
      additionalProperties: false,
    },
    keyMeta: {
      type: 'object',
      default: {},
      additionalProperties: keyMeta,
      description: 'Lifecycle facts by key ARN.',
    },
    grantCreated: stringMap('Grant creation times by grant id (grants propagate 5 minutes later).'),
    grantRemoved: stringMap(
      'Retire and revoke times by grant id: the grant keeps working until its deletion propagates, 5 minutes later.',
      true,
    ),
    audit: {
      type: 'array',
      default: [],
      description: 'CloudTrail records of every simulated call, oldest first.',
      items: { type: 'object', required: ['eventTime', 'eventName'] },
    },
  },
  additionalProperties: false,
};
