import { KEY_MANAGERS, KEY_ORIGINS, KEY_STATES, KEY_USAGES, MULTI_REGION_KEY_TYPES } from './enums';
import { stringList, stringMap } from './fieldCollections';
import {
  addString,
  asObject,
  checkFields,
  optBoolean,
  optEnum,
  reqString,
  type Path,
  type ReadContext,
} from './fields';
import { describeType } from './issues';
import { readDocument, readDocumentField } from './policyDocument';
import type { Key, VpcEndpoint } from './types';

export const KEY_FIELDS = [
  'arn',
  'aliases',
  'description',
  'state',
  'keySpec',
  'keyUsage',
  'origin',
  'multiRegion',
  'multiRegionKeyType',
  'keyManager',
  'tags',
  'policy',
  'demoMaterial',
] as const;
export const ENDPOINT_FIELDS = ['id', 'policy'] as const;

/** Values a key takes when the file leaves a field out. */
export const KEY_DEFAULTS = {
  state: 'Enabled',
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  origin: 'AWS_KMS',
  multiRegion: false,
  keyManager: 'CUSTOMER',
} as const satisfies Partial<Key>;

/** `keys[]`: a KMS key and its one key policy. */
export function readKey(ctx: ReadContext, value: unknown, path: Path): Key {
  const obj = asObject(ctx, value, path, 'a key { "arn", "policy", ... }');
  if (!obj) return { ...KEY_DEFAULTS, arn: '', aliases: [], tags: {}, policy: {} };
  checkFields(ctx, obj, path, KEY_FIELDS, 'a key');
  const key: Key = {
    arn: reqString(
      ctx,
      obj,
      'arn',
      path,
      'a string (a key ARN "arn:aws:kms:<region>:<account>:key/<key-id>")',
    ),
    aliases: stringList(
      ctx,
      obj,
      'aliases',
      path,
      'alias names (strings such as "alias/payments")',
    ),
    state: optEnum(ctx, obj, 'state', path, KEY_STATES, 'a key state') ?? KEY_DEFAULTS.state,
    keySpec: '',
    keyUsage:
      optEnum(ctx, obj, 'keyUsage', path, KEY_USAGES, 'a key usage') ?? KEY_DEFAULTS.keyUsage,
    origin: optEnum(ctx, obj, 'origin', path, KEY_ORIGINS, 'a key origin') ?? KEY_DEFAULTS.origin,
    multiRegion: optBoolean(ctx, obj, 'multiRegion', path, KEY_DEFAULTS.multiRegion),
    keyManager:
      optEnum(ctx, obj, 'keyManager', path, KEY_MANAGERS, 'a key manager') ??
      KEY_DEFAULTS.keyManager,
    tags: stringMap(ctx, obj, 'tags', path, 'resource tags') ?? {},
    policy: {},
  };
  addString(ctx, obj, path, key, 'description');
  key.keySpec = readKeySpec(ctx, obj, path);
  const demo = readDemoMaterial(ctx, obj, path);
  if (demo) key.demoMaterial = demo;
  const regionType = optEnum(
    ctx,
    obj,
    'multiRegionKeyType',
    path,
    MULTI_REGION_KEY_TYPES,
    'a multi-Region key type',
  );
  if (regionType !== undefined) key.multiRegionKeyType = regionType;
  if (obj['policy'] === undefined) {
    const expected =
      'every key needs exactly one key policy (a JSON object, or a string holding one)';
    ctx.issues.error([...path, 'policy'], 'MissingField', `missing; ${expected}`);
  } else {
    key.policy = readDocument(ctx, obj['policy'], [...path, 'policy'], 'key policy');
  }
  return key;
}

/** 64 hex digits: 32 bytes of AES-256 key material. */
const MATERIAL_HEX = /^[0-9a-fA-F]{64}$/;

/** `keys[].demoMaterial`: demo key material versions; malformed entries are errors and dropped. */
function readDemoMaterial(
  ctx: ReadContext,
  obj: Record<string, unknown>,
  path: Path,
): string[] | undefined {
  if (obj['demoMaterial'] === undefined) return undefined;
  const expected = 'key material versions (64 hex digits each)';
  const list = stringList(ctx, obj, 'demoMaterial', path, expected);
  return list.filter((m, i) => {
    if (MATERIAL_HEX.test(m)) return true;
    const detail = 'expected 64 hex digits (32 bytes of AES-256 demo key material)';
    ctx.issues.error([...path, 'demoMaterial', i], 'InvalidValue', detail);
    return false;
  });
}

function readKeySpec(ctx: ReadContext, obj: Record<string, unknown>, path: Path): string {
  const spec = obj['keySpec'];
  if (spec === undefined) return KEY_DEFAULTS.keySpec;
  if (typeof spec === 'string' && spec !== '') return spec;
  const got = spec === '' ? 'an empty string' : describeType(spec);
  const expected = 'a key spec such as "SYMMETRIC_DEFAULT", "RSA_2048" or "HMAC_256"';
  ctx.issues.error([...path, 'keySpec'], 'WrongType', `expected ${expected}, got ${got}`);
  return KEY_DEFAULTS.keySpec;
}

/** `vpcEndpoints[]`: an interface endpoint and its optional endpoint policy. */
export function readVpcEndpoint(ctx: ReadContext, value: unknown, path: Path): VpcEndpoint {
  const obj = asObject(ctx, value, path, 'a VPC endpoint { "id", "policy" }');
  if (!obj) return { id: '' };
  checkFields(ctx, obj, path, ENDPOINT_FIELDS, 'a VPC endpoint');
  const endpoint: VpcEndpoint = {
    id: reqString(ctx, obj, 'id', path, 'a string (an endpoint id such as "vpce-0abc")'),
  };
  const policy = readDocumentField(ctx, obj, 'policy', path, 'VPC endpoint policy', false);
  if (policy !== undefined) endpoint.policy = policy;
  return endpoint;
}
