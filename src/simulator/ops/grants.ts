/** CreateGrant, ListGrants, ListRetirableGrants, RetireGrant, RevokeGrant (grants, S7-S9). */
import type { Grant, Json } from '../../scenario/types';
import { grantIdFrom, grantTokenFrom } from '../ids';
import { accountOf, grantOnKey } from '../model';
import type { SimulatorState } from '../types';
import { awsDate, keyOf, read, strParam, type Handler, type OpContext } from './context';
import { stringPairs } from '../../engine';
import { grantQuotaRefusal, sizeQuotaRefusal } from '../quotas';

const pairs = stringPairs;

/** The Constraints parameter in the scenario's spelling. */
function constraintsOf(v: Json | undefined): Grant['constraints'] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const equals = pairs(v.EncryptionContextEquals);
  const subset = pairs(v.EncryptionContextSubset);
  const sourceArn = typeof v.SourceArn === 'string' ? v.SourceArn : undefined;
  if (!equals && !subset && sourceArn === undefined) return undefined;
  return {
    ...(equals ? { encryptionContextEquals: equals } : {}),
    ...(subset ? { encryptionContextSubset: subset } : {}),
    ...(sourceArn !== undefined ? { sourceArn } : {}),
  };
}

/** A service principal such as `ec2.amazonaws.com`, as opposed to an IAM ARN. */
const isService = (p: string) => !p.startsWith('arn:') && p.endsWith('.amazonaws.com');

/** A grant as ListGrants prints it (GrantListEntry). */
export function grantEntry(state: SimulatorState, g: Grant): Record<string, Json> {
  const key = state.scenario.keys.find((k) => grantOnKey(g, k));
  const c = g.constraints;
  const created = state.grantCreated[g.grantId];
  return {
    KeyId: key?.arn ?? g.key,
    GrantId: g.grantId,
    Name: g.name ?? '',
    ...(created ? { CreationDate: awsDate(created) } : {}),
    // S34: service principals are listed under their own fields.
    ...(isService(g.granteePrincipal)
      ? { GranteeServicePrincipal: g.granteePrincipal }
      : { GranteePrincipal: g.granteePrincipal }),
    ...(g.retiringPrincipal
      ? isService(g.retiringPrincipal)
        ? { RetiringServicePrincipal: g.retiringPrincipal }
        : { RetiringPrincipal: g.retiringPrincipal }
      : {}),
    IssuingAccount: g.issuingAccount ?? `arn:aws:iam::${accountOf(key?.arn ?? '')}:root`,
    Operations: g.operations,
    ...(c
      ? {
          Constraints: {
            ...(c.encryptionContextEquals
              ? { EncryptionContextEquals: c.encryptionContextEquals }
              : {}),
            ...(c.encryptionContextSubset
              ? { EncryptionContextSubset: c.encryptionContextSubset }
              : {}),
            ...(c.sourceArn !== undefined ? { SourceArn: c.sourceArn } : {}),
          },
        }
      : {}),
  };
}

/**
 * CreateGrant: returns GrantId and GrantToken; the grant is not yet propagated (eventual
 * consistency, S7). A repeated call with the same Name and fields returns the same grant (S7).
 */
export const createGrant: Handler = (ctx) => {
  const { state, call } = ctx;
  const key = keyOf(ctx);
  const ops = (Array.isArray(call.params.Operations) ? call.params.Operations : []).filter(
    (o): o is string => typeof o === 'string',
  );
  const name = strParam(ctx, 'Name');
  const retiring = strParam(ctx, 'RetiringPrincipal') ?? strParam(ctx, 'RetiringServicePrincipal');
  const grant: Grant = {
    grantId: '',
    key: key.arn,
    ...(name ? { name } : {}),
    granteePrincipal:
      strParam(ctx, 'GranteePrincipal') ?? strParam(ctx, 'GranteeServicePrincipal') ?? '',
    ...(retiring ? { retiringPrincipal: retiring } : {}),
    operations: ops,
    ...(constraintsOf(call.params.Constraints)
      ? { constraints: constraintsOf(call.params.Constraints) }
      : {}),
    issuingAccount: `arn:aws:iam::${ctx.account}:root`,
    propagated: false,
  };
  const same = name
    ? state.scenario.grants.find(
        (g) =>
          g.name === name &&
          JSON.stringify({ ...g, grantId: '', grantToken: undefined, propagated: false }) ===
            JSON.stringify({ ...grant, grantToken: undefined }),
      )
    : undefined;
  if (same) return read(ctx, { GrantToken: same.grantToken ?? '', GrantId: same.grantId });
  // Resource quotas (S52): LimitExceededException at the account's grant limit (quotas.ts).
  const full = grantQuotaRefusal(state);
  if (full) return { error: full };
  const n = state.counters.grants + 1;
  const seed = `${n}|${key.arn}|${call.caller}|${state.clock}|${JSON.stringify(call.params)}`;
  const made: Grant = { ...grant, grantId: grantIdFrom(seed), grantToken: grantTokenFrom(seed) };
  const next: SimulatorState = {
    ...state,
    scenario: { ...state.scenario, grants: [...state.scenario.grants, made] },
    counters: { ...state.counters, grants: n },
    grantCreated: { ...state.grantCreated, [made.grantId]: state.clock },
  };
  const tooBig = sizeQuotaRefusal(next, 'Creating this grant');
  if (tooBig) return { error: tooBig };
  return { state: next, response: { GrantToken: made.grantToken ?? '', GrantId: made.grantId } };
};

/** ListGrants: the grants of one key, optionally one GrantId or grantee. */
export const listGrants: Handler = (ctx) => {
  const key = keyOf(ctx);
  const id = strParam(ctx, 'GrantId');
  const grantee = strParam(ctx, 'GranteePrincipal');
  const grants = ctx.state.scenario.grants.filter(
    (g) =>
      grantOnKey(g, key) &&
      !beingRemoved(ctx.state, g) &&
      (!id || g.grantId === id) &&
      (!grantee || g.granteePrincipal === grantee),
  );
  return read(ctx, { Grants: grants.map((g) => grantEntry(ctx.state, g)), Truncated: false });
};

/** ListRetirableGrants: grants whose retiring principal is the given principal. */
export const listRetirableGrants: Handler = (ctx) => {
  const who = strParam(ctx, 'RetiringPrincipal');
  const grants = ctx.state.scenario.grants.filter(
    (g) => g.retiringPrincipal === who && !beingRemoved(ctx.state, g),
  );
  return read(ctx, { Grants: grants.map((g) => grantEntry(ctx.state, g)), Truncated: false });
};

/** The grant a RetireGrant / RevokeGrant names (the engine has checked it exists). */
function namedGrant(ctx: OpContext): Grant | undefined {
  const token = strParam(ctx, 'GrantToken');
  const id = strParam(ctx, 'GrantId');
  return ctx.state.scenario.grants.find((g) =>
    token !== undefined
      ? g.grantToken === token
      : g.grantId === id && (!ctx.key || grantOnKey(g, ctx.key)),
  );
}

/**
 * RetireGrant / RevokeGrant. S49 (API_RevokeGrant, API_RetireGrant): "When you create, retire, or
 * revoke a grant, there might be a brief delay, usually less than five minutes, until the grant is
 * available throughout KMS." P16: a grant that has propagated keeps allowing calls until its
 * deletion has propagated too, five simulated minutes later (the clock then removes it); its grant
 * token stops working at once and the list operations no longer show it. A grant that has not
 * propagated could only be used with its token, so it is gone at once.
 */
export const removeGrant: Handler = (ctx) => {
  const g = namedGrant(ctx);
  const { state } = ctx;
  if (g?.propagated) {
    const removed = state.grantRemoved ?? {};
    if (removed[g.grantId] !== undefined) return { state, response: {} };
    const { grantToken: _token, ...kept } = g;
    return {
      state: {
        ...state,
        scenario: {
          ...state.scenario,
          grants: state.scenario.grants.map((x) => (x === g ? kept : x)),
        },
        grantRemoved: { ...removed, [g.grantId]: state.clock },
      },
      response: {},
    };
  }
  const { [g?.grantId ?? '']: _gone, ...grantCreated } = state.grantCreated;
  return {
    state: {
      ...state,
      scenario: { ...state.scenario, grants: state.scenario.grants.filter((x) => x !== g) },
      grantCreated,
    },
    response: {},
  };
};

/** Whether a grant was retired or revoked and is only waiting for the deletion to propagate (P16). */
const beingRemoved = (state: SimulatorState, g: Grant) =>
  state.grantRemoved?.[g.grantId] !== undefined;
