import {
  DECISIONS,
  KEY_MANAGERS,
  KEY_ORIGINS,
  KEY_STATES,
  KEY_USAGES,
  MULTI_REGION_KEY_TYPES,
  OUTCOMES,
} from './enums';
import { KEY_DEFAULTS } from './readKeys';
import { ref, str, stringMap, strings } from './schemaParts';

/** Schema definitions for keys, grants, VPC endpoints and requests. */

const key = {
  type: 'object',
  required: ['arn', 'policy'],
  properties: {
    arn: str('Key ARN arn:aws:kms:<region>:<account>:key/<key-id>.'),
    aliases: strings('Alias names such as "alias/payments".'),
    description: str('Description.'),
    state: { enum: [...KEY_STATES], default: KEY_DEFAULTS.state, description: 'Key state.' },
    keySpec: {
      type: 'string',
      minLength: 1,
      default: KEY_DEFAULTS.keySpec,
      description: 'Key spec such as SYMMETRIC_DEFAULT, RSA_2048, ECC_NIST_P256 or HMAC_256.',
    },
    keyUsage: { enum: [...KEY_USAGES], default: KEY_DEFAULTS.keyUsage, description: 'Key usage.' },
    origin: {
      enum: [...KEY_ORIGINS],
      default: KEY_DEFAULTS.origin,
      description: 'Origin of the key material.',
    },
    multiRegion: {
      type: 'boolean',
      default: KEY_DEFAULTS.multiRegion,
      description: 'Multi-Region key.',
    },
    multiRegionKeyType: {
      enum: [...MULTI_REGION_KEY_TYPES],
      description: 'For multi-Region keys.',
    },
    keyManager: {
      enum: [...KEY_MANAGERS],
      default: KEY_DEFAULTS.keyManager,
      description: 'AWS for AWS managed keys.',
    },
    tags: stringMap('Resource tags, for aws:ResourceTag/<key>.'),
    policy: ref('policyDocument'),
    demoMaterial: {
      type: 'array',
      items: { type: 'string', pattern: '^[0-9a-fA-F]{64}$' },
      description:
        'DEMO ONLY: AES-256 key material per version (64 hex digits), oldest first, so a shared scenario can decrypt its own ciphertexts. Never real key material.',
    },
  },
  additionalProperties: false,
};

const grantConstraints = {
  type: 'object',
  description:
    'Encryption-context constraint (one of the two, not both) and/or a SourceArn constraint.',
  properties: {
    sourceArn: {
      type: 'string',
      description:
        'The grant works only for requests on behalf of this resource (aws:SourceArn); required for grants to service principals.',
    },
    encryptionContextEquals: stringMap(
      'The request encryption context must be exactly these pairs.',
      true,
    ),
    encryptionContextSubset: stringMap(
      'The request encryption context must include these pairs.',
      true,
    ),
  },
  not: { required: ['encryptionContextEquals', 'encryptionContextSubset'] },
  additionalProperties: false,
};

const grant = {
  type: 'object',
  required: ['grantId', 'key', 'granteePrincipal', 'operations'],
  properties: {
    grantId: str('Grant id.'),
    key: str('Key id or key ARN.'),
    name: str('Friendly name.'),
    granteePrincipal: str('Who may use the grant.'),
    retiringPrincipal: str('Who may retire the grant.'),
    operations: strings('Grant operations such as "Decrypt" (no "kms:" prefix).'),
    constraints: ref('grantConstraints'),
    issuingAccount: str('Account principal of the account that created the grant.'),
    grantToken: str('Grant token returned by CreateGrant.'),
    propagated: {
      type: 'boolean',
      default: true,
      description: 'false: created moments ago, usable only with its grant token.',
    },
  },
  additionalProperties: false,
};

const vpcEndpoint = {
  type: 'object',
  required: ['id'],
  properties: { id: str('Endpoint id such as "vpce-0abc".'), policy: ref('policyDocument') },
  additionalProperties: false,
};

const ciphertext = {
  type: 'object',
  required: ['key'],
  description: 'What the ciphertext passed to Decrypt or ReEncrypt was made with.',
  properties: {
    key: str('The key that encrypted it.'),
    encryptionContext: stringMap('The encryption context bound at encryption.'),
  },
  additionalProperties: false,
};

const request = {
  type: 'object',
  required: ['principal', 'action'],
  properties: {
    id: str('Unique within the scenario.'),
    principal: str("The caller's ARN or a service principal."),
    action: str('IAM action name such as "kms:Decrypt"; "kms:ReEncrypt" means the ReEncrypt API.'),
    key: str('Key id, key ARN, alias name or alias ARN.'),
    encryptionContext: stringMap(
      'Encryption context of the request; absent and empty are different requests.',
      true,
    ),
    grantTokens: strings('Grant tokens passed with the request.'),
    sessionPolicy: ref('policyDocument'),
    viaVpcEndpoint: str(
      'Id of the VPC endpoint the request arrived through (one of vpcEndpoints).',
    ),
    context: {
      type: 'object',
      default: {},
      description: 'Request context keys supplied by the user.',
      additionalProperties: {
        anyOf: [
          { type: 'string' },
          { type: 'number' },
          { type: 'boolean' },
          { type: 'array', items: { type: 'string' } },
        ],
      },
    },
    deriveContext: {
      type: 'boolean',
      default: true,
      description: 'false turns off derived context keys.',
    },
    parameters: {
      type: 'object',
      default: {},
      description: "KMS API request parameters in AWS's spelling.",
      properties: { Policy: ref('policyDocument'), CiphertextBlob: ref('ciphertext') },
    },
    expect: ref('expectation'),
  },
  additionalProperties: false,
};

const expectation = {
  type: 'object',
  description: 'Expected result, checked by lessons and tests.',
  properties: {
    outcome: { enum: [...OUTCOMES], description: 'The KMS API outcome.' },
    decision: { enum: [...DECISIONS], description: 'The authorization decision.' },
  },
  additionalProperties: false,
};

/** Definitions of keys, grants, endpoints and requests. */
export const resourceDefinitions = {
  key,
  grantConstraints,
  grant,
  vpcEndpoint,
  ciphertext,
  request,
  expectation,
};
