/** Key lifecycle: CreateKey, DescribeKey, ListKeys, key policy, EnableKey / DisableKey. */
import { defaultKeyPolicy } from '../../scenario/defaultKeyPolicy';
import type { Key, KeyOrigin, KeyUsage } from '../../scenario/types';
import { SHAPES } from '../console/kmsModel';
import { hexDigest, uuidFrom } from '../ids';
import { accountOf, keyIdOf, kmsError, regionOf, withKey } from '../model';
import { keyMetadata } from './metadata';
import { keyOf, read, strParam, type Handler, type OpResult } from './context';
import { tagsParam } from './tags';
import { keyQuotaRefusal, sizeQuotaRefusal } from '../quotas';

/** An enum of the API model the console validates against (botocore, kmsModel.ts). */
const modelEnum = (shape: string): readonly string[] => SHAPES[shape]?.enum ?? [];

/** CreateKey's KeySpec values (S56 API_CreateKey KeySpec; the model's KeySpec enum). */
const KEY_SPECS = modelEnum('KeySpec');

/**
 * Valid usages per key spec (S56 API_CreateKey KeyUsage: RSA "ENCRYPT_DECRYPT or SIGN_VERIFY",
 * NIST-standard elliptic curves "SIGN_VERIFY or KEY_AGREEMENT", ECC_SECG_P256K1 and ML-DSA
 * "SIGN_VERIFY", SM2 "ENCRYPT_DECRYPT, SIGN_VERIFY, or KEY_AGREEMENT"). ECC_NIST_EDWARDS25519 has
 * signing algorithms only (P17), so it signs.
 */
function usagesFor(spec: string): KeyUsage[] {
  if (spec === 'SYMMETRIC_DEFAULT') return ['ENCRYPT_DECRYPT'];
  if (spec.startsWith('HMAC_')) return ['GENERATE_VERIFY_MAC'];
  if (spec.startsWith('RSA_')) return ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'];
  if (spec === 'SM2') return ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT'];
  if (/^ECC_NIST_P\d+$/.test(spec)) return ['SIGN_VERIFY', 'KEY_AGREEMENT'];
  return ['SIGN_VERIFY']; // ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, ML_DSA_*
}

const USAGES = modelEnum('KeyUsageType') as readonly KeyUsage[];
/** Origins the simulator makes keys with (custom key stores are not simulated). */
const ORIGINS: KeyOrigin[] = ['AWS_KMS', 'EXTERNAL'];

const invalid = (message: string): OpResult => ({
  error: kmsError('ValidationException', message),
});

/** The model's enum error, as KMS words a value outside an enum. */
const enumError = (value: string, member: string, values: readonly string[]): OpResult =>
  invalid(
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${values.join(', ')}]`,
  );

/**
 * CreateKey: a new customer managed key in the caller's account (API reference, CreateKey); without
 * a Policy it gets the default key policy (kms-semantics 2.12, S3).
 */
export const createKey: Handler = (ctx) => {
  const { state } = ctx;
  const spec =
    strParam(ctx, 'KeySpec') ?? strParam(ctx, 'CustomerMasterKeySpec') ?? 'SYMMETRIC_DEFAULT';
  if (!KEY_SPECS.includes(spec)) return enumError(spec, 'keySpec', KEY_SPECS);
  // CreateKey KeyUsage: required for asymmetric keys; HMAC keys default to GENERATE_VERIFY_MAC.
  const usage = (strParam(ctx, 'KeyUsage') ??
    (spec.startsWith('HMAC_') ? 'GENERATE_VERIFY_MAC' : 'ENCRYPT_DECRYPT')) as KeyUsage;
  if (!USAGES.includes(usage)) return enumError(usage, 'keyUsage', USAGES);
  if (!usagesFor(spec).includes(usage))
    return invalid(`KeyUsage ${usage} is not compatible with KeySpec ${spec}.`);
  const origin = (strParam(ctx, 'Origin') ?? 'AWS_KMS') as KeyOrigin;
  if (!ORIGINS.includes(origin))
    return invalid(`The simulator supports origin AWS_KMS and EXTERNAL, not ${origin}.`);
  // Importing key material: imported material is supported only for symmetric encryption keys here.
  if (origin === 'EXTERNAL' && spec !== 'SYMMETRIC_DEFAULT' && !spec.startsWith('HMAC_'))
    return invalid(`Origin EXTERNAL is not supported for key spec ${spec} in the simulator.`);
  // Resource quotas (S52): LimitExceededException at the account's key limit (quotas.ts).
  const full = keyQuotaRefusal(state);
  if (full) return { error: full };
  const multiRegion = ctx.call.params.MultiRegion === true;
  const n = state.counters.keys + 1;
  const seed = `${n}|${ctx.call.caller}|${state.clock}|${spec}|${JSON.stringify(ctx.call.params)}`;
  // Multi-Region keys have ids beginning with mrk- (multi-Region keys overview).
  const id = multiRegion ? `mrk-${hexDigest(seed, 32)}` : uuidFrom(seed);
  const arn = `arn:aws:kms:${state.region}:${ctx.account}:key/${id}`;
  const policy = ctx.call.params.Policy;
  const description = strParam(ctx, 'Description');
  const key: Key = {
    arn,
    aliases: [],
    ...(description ? { description } : {}),
    // Keys with origin EXTERNAL start in PendingImport (key states, S21).
    state: origin === 'EXTERNAL' ? 'PendingImport' : 'Enabled',
    keySpec: spec,
    keyUsage: usage,
    origin,
    multiRegion,
    ...(multiRegion ? { multiRegionKeyType: 'PRIMARY' as const } : {}),
    keyManager: 'CUSTOMER',
    tags: tagsParam(ctx.call.params.Tags),
    policy: policy !== undefined && policy !== null ? policy : defaultKeyPolicy(ctx.account),
  };
  const next = {
    ...state,
    scenario: { ...state.scenario, keys: [...state.scenario.keys, key] },
    counters: { ...state.counters, keys: n },
    keyMeta: {
      ...state.keyMeta,
      [arn]: {
        creationDate: state.clock,
        rotationEnabled: false,
        rotationPeriodInDays: 365,
        rotations: [],
        ...(origin === 'EXTERNAL' ? { importedMaterial: false } : {}),
      },
    },
  };
  const tooBig = sizeQuotaRefusal(next, 'Creating this key');
  if (tooBig) return { error: tooBig };
  return { state: next, response: { KeyMetadata: keyMetadata(next, key) } };
};

/** DescribeKey. */
export const describeKey: Handler = (ctx) =>
  read(ctx, { KeyMetadata: keyMetadata(ctx.state, keyOf(ctx)) });

/** ListKeys: the keys of the caller's account in this Region. */
export const listKeys: Handler = (ctx) =>
  read(ctx, {
    Keys: ctx.state.scenario.keys
      .filter((k) => accountOf(k.arn) === ctx.account && regionOf(k.arn) === ctx.state.region)
      .map((k) => ({ KeyId: keyIdOf(k.arn), KeyArn: k.arn })),
    Truncated: false,
  });

/** GetKeyPolicy: the only policy name is `default` (API reference, GetKeyPolicy). */
export const getKeyPolicy: Handler = (ctx) => {
  const name = strParam(ctx, 'PolicyName') ?? 'default';
  if (name !== 'default') return { error: kmsError('NotFoundException', 'No such policy exists') };
  return read(ctx, { Policy: JSON.stringify(keyOf(ctx).policy, null, 2), PolicyName: 'default' });
};

/** PutKeyPolicy: the engine already ran the lockout safety check (S35). */
export const putKeyPolicy: Handler = (ctx) => {
  const policy = ctx.call.params.Policy ?? null;
  const next = withKey(ctx.state, keyOf(ctx).arn, (k) => ({ ...k, policy }));
  const tooBig = sizeQuotaRefusal(next, 'Setting this key policy');
  return tooBig ? { error: tooBig } : { state: next, response: {} };
};

/** EnableKey / DisableKey (key states, S21). */
export const setEnabled =
  (enabled: boolean): Handler =>
  (ctx) => ({
    state: withKey(ctx.state, keyOf(ctx).arn, (k) => ({
      ...k,
      state: enabled ? 'Enabled' : 'Disabled',
    })),
    response: {},
  });

/** UpdateKeyDescription. */
export const updateKeyDescription: Handler = (ctx) => ({
  state: withKey(ctx.state, keyOf(ctx).arn, (k) => ({
    ...k,
    description: strParam(ctx, 'Description') ?? '',
  })),
  response: {},
});
