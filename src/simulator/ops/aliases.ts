/** CreateAlias / UpdateAlias / DeleteAlias / ListAliases (aliases; API reference). */
import { keyIdNotFound } from '../../engine/kms/messages';
import type { Key } from '../../scenario/types';
import { accountOf, findKey, keyIdOf, kmsError, regionOf } from '../model';
import type { SimulatorState } from '../types';
import { keyOf, read, strParam, type Handler, type OpContext, type OpResult } from './context';
import { aliasQuotaRefusal, sizeQuotaRefusal } from '../quotas';

const aliasArn = (key: Key, name: string) =>
  `arn:aws:kms:${regionOf(key.arn)}:${accountOf(key.arn)}:${name}`;

/** The state with every key's aliases rewritten. */
function mapAliases(state: SimulatorState, f: (k: Key) => string[]): SimulatorState {
  return {
    ...state,
    scenario: {
      ...state.scenario,
      keys: state.scenario.keys.map((k) => {
        const aliases = f(k);
        return aliases === k.aliases ? k : { ...k, aliases };
      }),
    },
  };
}

/** CreateAlias: names begin with alias/; alias/aws/ is reserved for AWS managed keys (aliases). */
export const createAlias: Handler = (ctx) => {
  const name = strParam(ctx, 'AliasName') ?? '';
  const key = keyOf(ctx);
  const bad = nameError(name);
  if (bad) return bad;
  const taken = ctx.state.scenario.keys.find(
    (k) =>
      accountOf(k.arn) === accountOf(key.arn) &&
      regionOf(k.arn) === regionOf(key.arn) &&
      k.aliases.includes(name),
  );
  if (taken)
    return {
      error: kmsError(
        'AlreadyExistsException',
        `An alias with the name ${aliasArn(key, name)} already exists`,
      ),
    };
  // Resource quotas (S52): 50 aliases per key; the account's size limit (quotas.ts).
  const full = aliasQuotaRefusal(key);
  if (full) return { error: full };
  const next = mapAliases(ctx.state, (k) => (k.arn === key.arn ? [...k.aliases, name] : k.aliases));
  const tooBig = sizeQuotaRefusal(next, 'Creating this alias');
  return tooBig ? { error: tooBig } : { state: next, response: {} };
};

function nameError(name: string): OpResult | null {
  // CreateAlias AliasName pattern: alias/ followed by letters, digits, / _ -.
  if (!/^alias\/[a-zA-Z0-9/_-]+$/.test(name))
    return {
      error: kmsError(
        'ValidationException',
        `Alias must start with the prefix "alias/" (${name}).`,
      ),
    };
  if (name.startsWith('alias/aws/'))
    return {
      error: kmsError(
        'NotAuthorizedException',
        'Cannot create or change an alias beginning with alias/aws/: the prefix is reserved for AWS managed keys.',
      ),
    };
  return null;
}

/** UpdateAlias: the new key must have the same key type and usage (UpdateAlias API reference). */
export const updateAlias: Handler = (ctx) => {
  const name = strParam(ctx, 'AliasName') ?? '';
  const from = keyOf(ctx);
  const bad = nameError(name);
  if (bad) return bad;
  const target = strParam(ctx, 'TargetKeyId') ?? '';
  const to = findKey(ctx.state, target, ctx.account);
  if (!to)
    return {
      error: kmsError('NotFoundException', keyIdNotFound(target, ctx.account, ctx.state.region)),
    };
  if (to.keyUsage !== from.keyUsage || to.keySpec !== from.keySpec)
    return {
      error: kmsError(
        'ValidationException',
        `${to.arn} has key usage ${to.keyUsage} and spec ${to.keySpec}; the alias's key has ${from.keyUsage} and ${from.keySpec}.`,
      ),
    };
  return {
    state: mapAliases(ctx.state, (k) =>
      k.arn === from.arn
        ? k.aliases.filter((a) => a !== name)
        : k.arn === to.arn
          ? [...k.aliases, name]
          : k.aliases,
    ),
    response: {},
  };
};

/** DeleteAlias. */
export const deleteAlias: Handler = (ctx) => {
  const name = strParam(ctx, 'AliasName') ?? '';
  const bad = nameError(name);
  if (bad) return bad;
  const key = keyOf(ctx);
  return {
    state: mapAliases(ctx.state, (k) =>
      k.arn === key.arn ? k.aliases.filter((a) => a !== name) : k.aliases,
    ),
    response: {},
  };
};

/** ListAliases: the account's aliases in this Region, optionally for one key. */
export const listAliases: Handler = (ctx: OpContext) => {
  const only = strParam(ctx, 'KeyId');
  const target = only ? findKey(ctx.state, only, ctx.account) : null;
  if (only && !target)
    return {
      error: kmsError('NotFoundException', keyIdNotFound(only, ctx.account, ctx.state.region)),
    };
  const keys = ctx.state.scenario.keys.filter(
    (k) =>
      accountOf(k.arn) === ctx.account &&
      regionOf(k.arn) === ctx.state.region &&
      (!target || k === target),
  );
  return read(ctx, {
    Aliases: keys.flatMap((k) =>
      k.aliases.map((a) => ({
        AliasName: a,
        AliasArn: aliasArn(k, a),
        TargetKeyId: keyIdOf(k.arn),
      })),
    ),
    Truncated: false,
  });
};
