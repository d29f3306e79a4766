// The cases scripts/record-aws-cli-output.mjs records: KMS responses in the simulator's shapes
// (OPS: the command's words and its response) and the output options of each command line (cases).

// --- The responses, in the simulator's shapes (API reference field names) ---------------------
const ACCOUNT = '111122223333';
const arn = (id, region = 'us-east-1') => `arn:aws:kms:${region}:${ACCOUNT}:key/${id}`;
const K1 = '1234abcd-12ab-34cd-56ef-1234567890ab';
const K2 = '0987dcba-09fe-87dc-65ba-ab0987654321';
const K3 = 'mrk-1234abcd12ab34cd56ef1234567890ab';
const K4 = 'f2e3d4c5-aaaa-bbbb-cccc-0123456789ab';
const K5 = '6a7b8c9d-1111-2222-3333-444455556666';
const CREATED = '2024-05-01T12:00:00+00:00';
const B64 = 'AQIDAHhBHX1vbX3YgZ9lYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo=';
const POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  },
  null,
  2,
);
const metadata = (id, extra = {}) => ({
  AWSAccountId: ACCOUNT,
  KeyId: id,
  Arn: arn(id),
  CreationDate: CREATED,
  Enabled: true,
  Description: '',
  KeyUsage: 'ENCRYPT_DECRYPT',
  KeyState: 'Enabled',
  Origin: 'AWS_KMS',
  KeyManager: 'CUSTOMER',
  CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
  KeySpec: 'SYMMETRIC_DEFAULT',
  EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
  MultiRegion: false,
  ...extra,
});
const keysList = [K1, K2, K3, K4, K5].map((id) => ({ KeyId: id, KeyArn: arn(id) }));
const aliases = [
  {
    AliasName: 'alias/aws/s3',
    AliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/s3`,
    TargetKeyId: K4,
  },
  {
    AliasName: 'alias/app',
    AliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app`,
    TargetKeyId: K1,
  },
  {
    AliasName: 'alias/app-old',
    AliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app-old`,
    TargetKeyId: K1,
  },
  {
    AliasName: 'alias/reports',
    AliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/reports`,
    TargetKeyId: K2,
  },
];
const grants = [
  {
    KeyId: arn(K1),
    GrantId: '0c237476b39f8bc44e45212e08498fbe3151305030726c0590dd8d3e9f3d6a60',
    Name: 'app-decrypt',
    CreationDate: CREATED,
    GranteePrincipal: `arn:aws:iam::${ACCOUNT}:role/app`,
    RetiringPrincipal: `arn:aws:iam::${ACCOUNT}:role/admin`,
    IssuingAccount: `arn:aws:iam::${ACCOUNT}:root`,
    Operations: ['Decrypt', 'GenerateDataKey'],
    Constraints: { EncryptionContextSubset: { Department: 'IT', Project: 'alpha' } },
  },
  {
    KeyId: arn(K1),
    GrantId: '4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0',
    Name: '',
    CreationDate: '2024-05-02T08:30:15+00:00',
    GranteePrincipal: `arn:aws:iam::${ACCOUNT}:role/service-role/ec2`,
    IssuingAccount: `arn:aws:iam::${ACCOUNT}:root`,
    Operations: ['CreateGrant'],
  },
  {
    KeyId: arn(K1),
    GrantId: 'aa11bb22cc33dd44ee55ff66aa77bb88cc99dd00ee11ff22aa33bb44cc55dd66',
    Name: 'yes',
    CreationDate: '2024-05-03T00:00:00+00:00',
    GranteePrincipal: `arn:aws:iam::${ACCOUNT}:user/bob`,
    IssuingAccount: `arn:aws:iam::${ACCOUNT}:root`,
    Operations: ['Encrypt'],
    Constraints: { EncryptionContextEquals: { 'aws:s3:arn': 'arn:aws:s3:::bucket' } },
  },
];
// Strings YAML must quote (or not), text and table must print as they are.
const TRICKY = [
  'yes',
  'No',
  'true',
  'null',
  '~',
  '',
  '123',
  '0x1F',
  '1e3',
  '.5',
  '-7',
  '2024-01-01',
  '12:30',
  'a: b',
  'a:b',
  '- x',
  '#x',
  'a #b',
  "it's",
  'say "hi"',
  'line\nbreak',
  'tab\there',
  ' lead',
  'trail ',
  'ünïcode €',
  'a,b',
  '[x]',
  '{x}',
  '*star',
  '&amp',
  '!bang',
  '%pct',
  '@at',
  '`tick',
  '|',
  '>',
  '?',
  'a\\b',
  'x'.repeat(90),
  `a long value with spaces that goes past eighty columns of yaml output for sure`,
  '鍵の説明',
  'key 🔑',
  'nbsp\u00a0here',
  'bell\u0007',
];
const trickyTags = TRICKY.map((v, i) => ({
  TagKey: `k${String(i).padStart(2, '0')}`,
  TagValue: v,
}));

/** Each operation the console runs: its command words and the response the simulator gives. */
export const OPS = {
  CreateKey: [
    ['create-key', '--description', 'my key'],
    { KeyMetadata: metadata(K1, { Description: 'my key' }) },
  ],
  DescribeKey: [
    ['describe-key', '--key-id', K3],
    {
      KeyMetadata: metadata(K3, {
        Description: 'Payroll "primary" ünïcode',
        Enabled: false,
        KeyState: 'PendingDeletion',
        DeletionDate: '2024-05-08T12:00:00+00:00',
        PendingDeletionWindowInDays: 7,
        MultiRegion: true,
        MultiRegionConfiguration: {
          MultiRegionKeyType: 'PRIMARY',
          PrimaryKey: { Arn: arn(K3), Region: 'us-east-1' },
          ReplicaKeys: [
            { Arn: arn(K3, 'eu-west-1'), Region: 'eu-west-1' },
            { Arn: arn(K3, 'ap-southeast-2'), Region: 'ap-southeast-2' },
          ],
        },
      }),
    },
  ],
  DescribeKeySign: [
    ['describe-key', '--key-id', K2],
    {
      KeyMetadata: metadata(K2, {
        KeyUsage: 'SIGN_VERIFY',
        CustomerMasterKeySpec: 'ECC_NIST_P256',
        KeySpec: 'ECC_NIST_P256',
        EncryptionAlgorithms: undefined,
        SigningAlgorithms: ['ECDSA_SHA_256'],
      }),
    },
  ],
  ListKeys: [['list-keys'], { Keys: keysList, Truncated: false }],
  GetKeyPolicy: [['get-key-policy', '--key-id', K1], { Policy: POLICY, PolicyName: 'default' }],
  PutKeyPolicy: [['put-key-policy', '--key-id', K1, '--policy', '{}'], {}],
  EnableKey: [['enable-key', '--key-id', K1], {}],
  DisableKey: [['disable-key', '--key-id', K1], {}],
  UpdateKeyDescription: [['update-key-description', '--key-id', K1, '--description', 'd'], {}],
  ScheduleKeyDeletion: [
    ['schedule-key-deletion', '--key-id', K1, '--pending-window-in-days', '7'],
    {
      KeyId: arn(K1),
      DeletionDate: '2024-05-08T12:00:00+00:00',
      KeyState: 'PendingDeletion',
      PendingWindowInDays: 7,
    },
  ],
  CancelKeyDeletion: [['cancel-key-deletion', '--key-id', K1], { KeyId: arn(K1) }],
  ImportKeyMaterial: [
    [
      'import-key-material',
      '--key-id',
      K1,
      '--import-token',
      'AQID',
      '--encrypted-key-material',
      'AQID',
      '--expiration-model',
      'KEY_MATERIAL_DOES_NOT_EXPIRE',
    ],
    {},
  ],
  DeleteImportedKeyMaterial: [['delete-imported-key-material', '--key-id', K1], {}],
  EnableKeyRotation: [['enable-key-rotation', '--key-id', K1], {}],
  DisableKeyRotation: [['disable-key-rotation', '--key-id', K1], {}],
  GetKeyRotationStatus: [
    ['get-key-rotation-status', '--key-id', K1],
    {
      KeyRotationEnabled: true,
      KeyId: arn(K1),
      RotationPeriodInDays: 365,
      NextRotationDate: '2025-05-01T12:00:00+00:00',
    },
  ],
  GetKeyLastUsage: [
    ['get-key-last-usage', '--key-id', K1],
    {
      KeyId: arn(K1),
      KeyLastUsage: {
        Operation: 'Decrypt',
        Timestamp: '2024-05-03T09:15:00+00:00',
        CloudTrailEventId: 'b1e2c3d4-5f60-4718-9a0b-1c2d3e4f5a6b',
        KmsRequestId: 'c2d3e4f5-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
      },
      TrackingStartDate: CREATED,
      KeyCreationDate: CREATED,
    },
  ],
  GetKeyLastUsageUnused: [
    ['get-key-last-usage', '--key-id', K2],
    { KeyId: arn(K2), TrackingStartDate: CREATED, KeyCreationDate: CREATED },
  ],
  RotateKeyOnDemand: [['rotate-key-on-demand', '--key-id', K1], { KeyId: arn(K1) }],
  ListKeyRotations: [
    ['list-key-rotations', '--key-id', K1],
    {
      Rotations: [
        { KeyId: K1, RotationDate: '2024-06-01T00:00:00+00:00', RotationType: 'ON_DEMAND' },
        { KeyId: K1, RotationDate: '2025-05-01T12:00:00+00:00', RotationType: 'AUTOMATIC' },
      ],
      Truncated: false,
    },
  ],
  ListKeyRotationsEmpty: [
    ['list-key-rotations', '--key-id', K1],
    { Rotations: [], Truncated: false },
  ],
  CreateAlias: [['create-alias', '--alias-name', 'alias/a', '--target-key-id', K1], {}],
  UpdateAlias: [['update-alias', '--alias-name', 'alias/a', '--target-key-id', K1], {}],
  DeleteAlias: [['delete-alias', '--alias-name', 'alias/a'], {}],
  ListAliases: [['list-aliases'], { Aliases: aliases, Truncated: false }],
  TagResource: [['tag-resource', '--key-id', K1, '--tags', 'TagKey=a,TagValue=b'], {}],
  UntagResource: [['untag-resource', '--key-id', K1, '--tag-keys', 'a'], {}],
  ListResourceTags: [
    ['list-resource-tags', '--key-id', K1],
    {
      Tags: [
        { TagKey: 'Project', TagValue: 'alpha' },
        { TagKey: 'Owner', TagValue: 'team-a' },
      ],
      Truncated: false,
    },
  ],
  ListResourceTagsTricky: [
    ['list-resource-tags', '--key-id', K1],
    { Tags: trickyTags, Truncated: false },
  ],
  CreateGrant: [
    [
      'create-grant',
      '--key-id',
      K1,
      '--grantee-principal',
      `arn:aws:iam::${ACCOUNT}:role/app`,
      '--operations',
      'Decrypt',
    ],
    {
      GrantToken:
        'AQpAM2RhZTk1MGMyNTk2ZmZmMzEyYWVhOWViN2I1MWM4Mzc0MWFiYjc0ZDE1ODkyNGFlNTIzODZhMzgyZjBlNGY3NiKIAQEBAgB4',
      GrantId: grants[0].GrantId,
    },
  ],
  ListGrants: [['list-grants', '--key-id', K1], { Grants: grants, Truncated: false }],
  ListRetirableGrants: [
    ['list-retirable-grants', '--retiring-principal', `arn:aws:iam::${ACCOUNT}:role/admin`],
    { Grants: [grants[0]], Truncated: false },
  ],
  RetireGrant: [['retire-grant', '--grant-token', 'AQpA'], {}],
  RevokeGrant: [['revoke-grant', '--key-id', K1, '--grant-id', grants[0].GrantId], {}],
  ReplicateKey: [
    ['replicate-key', '--key-id', K3, '--replica-region', 'eu-west-1'],
    {
      ReplicaKeyMetadata: metadata(K3, {
        Arn: arn(K3, 'eu-west-1'),
        KeyState: 'Creating',
        Enabled: false,
        MultiRegion: true,
        MultiRegionConfiguration: {
          MultiRegionKeyType: 'REPLICA',
          PrimaryKey: { Arn: arn(K3), Region: 'us-east-1' },
          ReplicaKeys: [{ Arn: arn(K3, 'eu-west-1'), Region: 'eu-west-1' }],
        },
      }),
      ReplicaPolicy: POLICY,
      ReplicaTags: [],
    },
  ],
  ListKeyPolicies: [
    ['list-key-policies', '--key-id', K1],
    { PolicyNames: ['default'], Truncated: false },
  ],
  GetParametersForImport: [
    [
      'get-parameters-for-import',
      '--key-id',
      K1,
      '--wrapping-algorithm',
      'RSAES_OAEP_SHA_256',
      '--wrapping-key-spec',
      'RSA_2048',
    ],
    {
      KeyId: arn(K1),
      ImportToken: B64,
      PublicKey: B64,
      ParametersValidTo: '2024-05-02T12:00:00+00:00',
    },
  ],
  GenerateRandom: [
    ['generate-random', '--number-of-bytes', '16'],
    { Plaintext: 'AAECAwQFBgcICQoLDA0ODw==' },
  ],
  UpdatePrimaryRegion: [
    ['update-primary-region', '--key-id', K3, '--primary-region', 'eu-west-1'],
    {},
  ],
  Encrypt: [
    ['encrypt', '--key-id', K1, '--plaintext', 'aGk='],
    { CiphertextBlob: B64, KeyId: arn(K1), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' },
  ],
  Decrypt: [
    ['decrypt', '--ciphertext-blob', B64],
    { KeyId: arn(K1), Plaintext: 'aGk=', EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' },
  ],
  ReEncrypt: [
    ['re-encrypt', '--ciphertext-blob', B64, '--destination-key-id', K2],
    {
      CiphertextBlob: B64,
      SourceKeyId: arn(K1),
      KeyId: arn(K2),
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    },
  ],
  GenerateDataKey: [
    ['generate-data-key', '--key-id', K1, '--key-spec', 'AES_256'],
    {
      CiphertextBlob: B64,
      Plaintext: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
      KeyId: arn(K1),
    },
  ],
  GenerateDataKeyWithoutPlaintext: [
    ['generate-data-key-without-plaintext', '--key-id', K1, '--key-spec', 'AES_256'],
    { CiphertextBlob: B64, KeyId: arn(K1) },
  ],
  GenerateDataKeyPair: [
    ['generate-data-key-pair', '--key-id', K1, '--key-pair-spec', 'ECC_NIST_P256'],
    {
      PrivateKeyCiphertextBlob: B64,
      PrivateKeyPlaintext: 'MIGHAgEA',
      PublicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE',
      KeyId: arn(K1),
      KeyPairSpec: 'ECC_NIST_P256',
    },
  ],
  GenerateDataKeyPairWithoutPlaintext: [
    [
      'generate-data-key-pair-without-plaintext',
      '--key-id',
      K1,
      '--key-pair-spec',
      'ECC_NIST_P256',
    ],
    {
      PrivateKeyCiphertextBlob: B64,
      PublicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE',
      KeyId: arn(K1),
      KeyPairSpec: 'ECC_NIST_P256',
    },
  ],
  Sign: [
    ['sign', '--key-id', K2, '--message', 'aGk=', '--signing-algorithm', 'ECDSA_SHA_256'],
    { KeyId: arn(K2), Signature: 'MEUCIQDx', SigningAlgorithm: 'ECDSA_SHA_256' },
  ],
  Verify: [
    [
      'verify',
      '--key-id',
      K2,
      '--message',
      'aGk=',
      '--signature',
      'MEUCIQDx',
      '--signing-algorithm',
      'ECDSA_SHA_256',
    ],
    { KeyId: arn(K2), SignatureValid: true, SigningAlgorithm: 'ECDSA_SHA_256' },
  ],
  GenerateMac: [
    ['generate-mac', '--key-id', K4, '--message', 'aGk=', '--mac-algorithm', 'HMAC_SHA_256'],
    { Mac: 'q83vEjRWeJA=', MacAlgorithm: 'HMAC_SHA_256', KeyId: arn(K4) },
  ],
  VerifyMac: [
    [
      'verify-mac',
      '--key-id',
      K4,
      '--message',
      'aGk=',
      '--mac',
      'q83vEjRWeJA=',
      '--mac-algorithm',
      'HMAC_SHA_256',
    ],
    { KeyId: arn(K4), MacValid: true, MacAlgorithm: 'HMAC_SHA_256' },
  ],
  GetPublicKey: [
    ['get-public-key', '--key-id', K2],
    {
      KeyId: arn(K2),
      PublicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE',
      CustomerMasterKeySpec: 'ECC_NIST_P256',
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
      SigningAlgorithms: ['ECDSA_SHA_256'],
    },
  ],
  DeriveSharedSecret: [
    [
      'derive-shared-secret',
      '--key-id',
      K5,
      '--key-agreement-algorithm',
      'ECDH',
      '--public-key',
      'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE',
    ],
    {
      KeyId: arn(K5),
      SharedSecret: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
      KeyAgreementAlgorithm: 'ECDH',
      KeyOrigin: 'AWS_KMS',
    },
  ],
};
for (const [, response] of Object.values(OPS)) {
  const meta = response.KeyMetadata;
  if (meta) for (const k of Object.keys(meta)) if (meta[k] === undefined) delete meta[k];
}

// --- The cases ----------------------------------------------------------------------------------
const FORMATS = ['json', 'text', 'table', 'yaml'];
/** botocore's resume token: base64 of Python's json.dumps of the token dict. */
const pyToken = (marker, amount) =>
  Buffer.from(
    `{"Marker": ${marker === null ? 'null' : JSON.stringify(marker)}, "boto_truncate_amount": ${amount}}`,
  ).toString('base64');

export const cases = [];
const add = (response, options) => cases.push({ response, options });
for (const name of Object.keys(OPS)) for (const output of FORMATS) add(name, { output });
const QUERIES = [
  ['ListKeys', 'Keys[].KeyId', FORMATS],
  ['ListKeys', 'Keys[0]', FORMATS],
  ['ListKeys', 'Keys[0].KeyId', FORMATS],
  ['ListKeys', 'length(Keys)', ['json', 'text', 'yaml']],
  ['ListKeys', "Keys[?KeyId=='nothing']", FORMATS],
  ['ListKeys', 'Keys[*].KeyId | [0:2]', ['json', 'text']],
  ['DescribeKey', 'KeyMetadata.Enabled', FORMATS],
  ['DescribeKey', 'KeyMetadata.ValidTo', FORMATS],
  [
    'DescribeKey',
    'KeyMetadata.{Id: KeyId, State: KeyState, Days: PendingDeletionWindowInDays}',
    FORMATS,
  ],
  ['DescribeKey', 'KeyMetadata.[KeyId, KeyState, Enabled]', FORMATS],
  ['DescribeKey', 'KeyMetadata.MultiRegionConfiguration.ReplicaKeys[].Region', FORMATS],
  ['DescribeKey', 'KeyMetadata.MultiRegionConfiguration', FORMATS],
  ['DescribeKey', 'keys(KeyMetadata)', ['json', 'text']],
  ['DescribeKey', 'KeyMetadata.CreationDate', FORMATS],
  ['DescribeKey', 'to_string(KeyMetadata.PendingDeletionWindowInDays)', ['json', 'text', 'yaml']],
  ['ListAliases', "Aliases[?starts_with(AliasName, 'alias/aws/')].AliasName", FORMATS],
  ['ListAliases', "Aliases[?TargetKeyId=='" + K1 + "'] | [0]", FORMATS],
  ['ListAliases', 'Aliases[].[AliasName, TargetKeyId]', FORMATS],
  ['ListAliases', 'sort_by(Aliases, &AliasName)[-1].AliasName', ['json', 'text']],
  ['ListGrants', 'Grants[].Operations', FORMATS],
  ['ListGrants', 'Grants[].Operations[]', ['json', 'text']],
  ['ListGrants', "Grants[].{Name: Name, Ops: join(',', Operations)}", FORMATS],
  ['ListGrants', 'Grants[].Constraints', FORMATS],
  ['ListGrants', 'Grants[0].[Operations, Name]', ['text', 'table']],
  [
    'ListGrants',
    '`{"half": 1.5, "list": [[1, 2], ["a"]], "empty": {}, "none": null, "no": false}`',
    FORMATS,
  ],
  ['GetKeyPolicy', 'Policy', ['json', 'text', 'yaml']],
  ['ListResourceTagsTricky', 'Tags[].TagValue', ['json', 'yaml']],
  ['GetKeyRotationStatus', '@', ['text']],
  ['Encrypt', 'CiphertextBlob', ['text']],
  ['ListKeys', 'Keys[', ['json']],
  ['ListKeys', 'no_such_function(Keys)', ['json']],
];
for (const [response, query, outputs] of QUERIES)
  for (const output of outputs) add(response, { output, query });
// Pagination: the simulator returns every item in one page (Truncated false), so the server does.
const PAGING = [
  ['ListKeys', { maxItems: 2 }, FORMATS],
  ['ListKeys', { maxItems: 2, startingToken: pyToken(null, 2) }, ['json', 'text']],
  ['ListKeys', { maxItems: 2, startingToken: pyToken(null, 4) }, ['json']],
  ['ListKeys', { startingToken: pyToken(null, 3) }, ['json', 'table']],
  ['ListKeys', { maxItems: 5 }, ['json']],
  ['ListKeys', { maxItems: 9 }, ['text']],
  ['ListKeys', { pageSize: 2 }, ['json', 'text']],
  ['ListKeys', { pageSize: 2, maxItems: 3 }, ['json']],
  ['ListKeys', { noPaginate: true }, FORMATS],
  ['ListKeys', { maxItems: 2, query: 'Keys[].KeyId' }, ['json', 'text']],
  ['ListKeys', { maxItems: 2, query: 'NextToken' }, ['text']],
  ['ListKeys', { startingToken: 'not-a-token' }, ['json']],
  ['ListKeys', { startingToken: Buffer.from('{"Marker": "abc"}').toString('base64') }, ['json']],
  ['ListKeys', { maxItems: 0 }, ['json']],
  ['ListAliases', { maxItems: 3 }, ['json', 'text', 'yaml']],
  ['ListAliases', { maxItems: 1, startingToken: pyToken(null, 3) }, ['json']],
  ['ListAliases', { noPaginate: true }, ['json', 'text']],
  ['ListGrants', { maxItems: 1 }, ['json', 'table', 'yaml']],
  ['ListGrants', { noPaginate: true }, ['yaml']],
  ['ListResourceTags', { maxItems: 1 }, ['json']],
  ['ListKeyRotations', { maxItems: 1 }, ['text']],
  ['ListKeyPolicies', { noPaginate: true }, ['text']],
  ['ListKeysTruncated', { noPaginate: true }, ['json', 'text']],
];
OPS.ListKeysTruncated = [
  ['list-keys'],
  { Keys: keysList.slice(0, 2), NextMarker: 'AE0AAAACAHVzZXItZWFzdC0x', Truncated: true },
];
for (const [response, opts, outputs] of PAGING)
  for (const output of outputs) add(response, { output, ...opts });
// --output yaml-stream: each page on its own, as a one-item list.
const STREAM = [
  ['ListKeys', {}],
  ['ListKeys', { maxItems: 2 }],
  ['ListKeys', { noPaginate: true }],
  ['ListKeys', { query: 'Keys[0].KeyId' }],
  ['ListAliases', { query: 'Aliases[].AliasName' }],
  ['DescribeKey', {}],
  ['DescribeKey', { query: 'KeyMetadata.KeyState' }],
  ['EnableKey', {}],
];
for (const [response, opts] of STREAM) add(response, { output: 'yaml-stream', ...opts });
