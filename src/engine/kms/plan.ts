import type { Key } from '../../scenario/types';
import { findOperation, type OperationInfo } from '../catalog/operations';
import type { RequestContext } from '../context';
import type { CompiledPolicy } from '../policy/compile';
import type { Check, RequestEnv } from './checkTypes';
import { orgLevels, type CompiledScenario, type OrgLevel } from './compileScenario';
import { orgPlace, type OrgPlace } from './organization';
import type { Rejection } from './keyState';
import { checkContext } from './requestContext';
import { resolveKey } from './resolveKey';
import { constraintsParam } from './grantMatch';
import { denyDocsOf } from './gates';
import { keyIdOf } from './ids';
import { stringPairs } from '../ownKeys';

/**
 * What planning reads that depends only on the caller and the key, kept across the requests of one
 * caller (src/engine/kms/callerRequests.ts): valid only while every request planned with it has the
 * same caller, identity policies, boundary, session policy, SCP levels and endpoint.
 */
export interface PlanMemo {
  principalOrg?: OrgPlace | null;
  byKey: Map<Key, KeyParts>;
  /** Each action's API operation. */
  actions: Map<string, ParsedAction>;
  /** Each KeyId as typed, resolved in the caller's account, per operation (S14). */
  lookups: Map<string, Map<string, ReturnType<typeof resolveKey>>>;
}

/** An action's API name and its first check's operation (undefined: not a KMS operation). */
export interface ParsedAction {
  api: string;
  first: OperationInfo | undefined;
}

/** The API operation an IAM action names: kms:ReEncrypt is ReEncryptFrom then ReEncryptTo. */
function operationOf(action: string): ParsedAction {
  const api = action.toLowerCase() === 'kms:reencrypt' ? 'ReEncrypt' : action.replace(/^kms:/i, '');
  const first = /^kms:/i.test(action)
    ? findOperation(api === 'ReEncrypt' ? 'ReEncryptFrom' : api)
    : undefined;
  return { api, first };
}

/** A key's parts of a check that consults its key policy. */
interface KeyParts {
  keyPolicy: CompiledPolicy | null;
  rcpLevels: OrgLevel[] | null;
  resourceOrg: OrgPlace | null;
  keyAccount: string | null;
  denyDocs: CompiledPolicy[];
  /** RetireGrant's deny documents (no key policy, no RCPs). */
  retireDenyDocs: CompiledPolicy[];
}

/** An action's operation, through the memo. */
export function memoOperation(memo: PlanMemo, action: string): ParsedAction {
  let parsed = memo.actions.get(action);
  if (!parsed) memo.actions.set(action, (parsed = operationOf(action)));
  return parsed;
}

/** A KeyId resolved in the caller's account for an operation (S14), through the memo. */
export function memoLookup(
  memo: PlanMemo,
  cs: CompiledScenario,
  typed: string,
  account: string | null,
  operation: string,
): ReturnType<typeof resolveKey> {
  let byOp = memo.lookups.get(typed);
  if (!byOp) memo.lookups.set(typed, (byOp = new Map()));
  let r = byOp.get(operation);
  if (!r) byOp.set(operation, (r = resolveKey(cs, typed, account, operation)));
  return r;
}

/** An empty memo for the requests of one caller. */
export const planMemo = (): PlanMemo => ({
  byKey: new Map(),
  actions: new Map(),
  lookups: new Map(),
});

/** The checks a request needs, or a rejection before any authorization (unknown op, no key). */
export type Plan =
  | { error?: undefined; checks: Check[]; ciphertextKey: Key | null; typedKey: Key | null }
  | { error: Rejection };

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** RCPs apply to the key's account, except for AWS managed keys (S17, A29). */
function rcpsFor(env: RequestEnv, key: Key | null) {
  if (!key || key.keyManager === 'AWS') return null;
  return orgLevels(env.cs, key.arn.split(':')[4] ?? null, 'RCP');
}

const ecOf = (v: unknown): Record<string, string> | null => stringPairs(v) ?? null;

/**
 * Step 1: map the API call to its permission checks (S15): most operations are one check on the
 * key; ReEncrypt is ReEncryptFrom on the source and ReEncryptTo on the destination (S24); alias
 * operations also need the permission on the alias (S23); keyless operations are IAM-only with
 * Resource "*" (S6). Decrypt is authorized against the key the ciphertext names (A27).
 */
export function planRequest(env: RequestEnv, base: RequestContext, memo?: PlanMemo): Plan {
  const { req, caller } = env;
  const { api, first } = memo ? memoOperation(memo, req.action) : operationOf(req.action);
  if (!first) {
    return {
      error: {
        outcome: 'ValidationException',
        message: `${req.action} is not an AWS KMS API operation.`,
      },
    };
  }
  const checks: Check[] = [];
  // S39: service principals have no organization; aws:PrincipalOrgID is absent for them.
  let principalOrg = memo?.principalOrg;
  if (principalOrg === undefined) {
    principalOrg =
      env.caller.kind === 'service' ? null : orgPlace(env.cs.scenario, env.caller.account);
    if (memo) memo.principalOrg = principalOrg;
  }
  const add = (
    op: OperationInfo,
    key: Key | null,
    resource: string,
    typed: string | null,
    ec: Record<string, string> | null,
    keyPolicy = true,
    sameKey?: boolean,
  ) => {
    const parts = key && keyPolicy && memo ? keyParts(env, memo, key) : null;
    const ctx = checkContext(base, req, {
      operation: op.name,
      key,
      keyIdTyped: typed,
      encryptionContext: ec,
      sameKey,
      principalOrg,
      resourceOrg: parts
        ? parts.resourceOrg
        : key
          ? orgPlace(env.cs.scenario, key.arn.split(':')[4] ?? null)
          : null,
    });
    const action = `kms:${op.name}`;
    const keyPart = parts
      ? parts.keyPolicy
      : key && keyPolicy
        ? (env.cs.keyPolicies.get(key.arn) ?? null)
        : null;
    const rcpLevels = parts ? parts.rcpLevels : keyPolicy ? rcpsFor(env, key) : null;
    // An explicit literal, not a spread of parts: this runs once per prepared request, and the
    // who-can matrix prepares tens of thousands (the spread was half of its time).
    checks.push({
      op,
      keyPolicy: keyPart,
      rcpLevels,
      id: `check${checks.length}`,
      action,
      resource,
      key,
      ctx,
      encryptionContext: ec,
      keyAccount: parts ? parts.keyAccount : (key?.arn.split(':')[4] ?? null),
      match: { caller: env.caller, action, resource, ctx },
      denyDocs: parts
        ? op.name === 'RetireGrant'
          ? parts.retireDenyDocs
          : parts.denyDocs
        : denyDocsOf(env, { op, keyPolicy: keyPart, rcpLevels }),
    });
  };
  if (first.keyless) {
    add(first, null, '*', null, null);
    return { checks, ciphertextKey: null, typedKey: null };
  }
  const lookup = (typed: string) =>
    memo
      ? memoLookup(memo, env.cs, typed, caller.account, first.name)
      : resolveKey(env.cs, typed, caller.account, first.name);
  let typedKey: Key | null = null;
  if (req.key !== undefined) {
    const r = lookup(req.key);
    if ('error' in r) return r;
    typedKey = r.key;
  }
  // A27: Decrypt/ReEncrypt find the key from the ciphertext's metadata.
  const blob = req.parameters.CiphertextBlob;
  let ciphertextKey: Key | null = null;
  if (
    (api === 'Decrypt' || api === 'ReEncrypt') &&
    blob &&
    typeof blob === 'object' &&
    !Array.isArray(blob) &&
    typeof blob.key === 'string'
  ) {
    const r = lookup(blob.key);
    if ('error' in r) return r;
    ciphertextKey = r.key;
  }
  // S9: RetireGrant may name its grant by token alone; the grant says which key it is on.
  const byToken = first.name === 'RetireGrant' && !typedKey ? grantKeyByToken(env) : null;
  const key = ciphertextKey ?? typedKey ?? byToken;
  if (!key)
    return {
      error: {
        outcome: 'ValidationException',
        message: `${api} needs a KeyId: set the request's key.`,
      },
    };
  const ec = req.encryptionContext ?? null;
  if (api === 'ReEncrypt') {
    const dest = str(req.parameters.DestinationKeyId);
    if (!dest)
      return {
        error: {
          outcome: 'ValidationException',
          message: 'ReEncrypt needs parameters.DestinationKeyId.',
        },
      };
    const d = lookup(dest);
    if ('error' in d) return d;
    const to = findOperation('ReEncryptTo') as OperationInfo;
    add(first, key, key.arn, req.key ?? null, ec, true, key === d.key);
    // A21: the destination check sees the destination encryption context.
    add(
      to,
      d.key,
      d.key.arn,
      dest,
      ecOf(req.parameters.DestinationEncryptionContext),
      true,
      key === d.key,
    );
    return { checks, ciphertextKey, typedKey };
  }
  if (api === 'CreateAlias' || api === 'UpdateAlias' || api === 'DeleteAlias') {
    const name =
      str(req.parameters.AliasName) ?? (req.key?.startsWith('alias/') ? req.key : undefined);
    const [, , , region = '', account = ''] = key.arn.split(':');
    if (name) add(first, null, `arn:aws:kms:${region}:${account}:${name}`, null, null, false);
    add(first, key, key.arn, req.key ?? null, null);
    const target = str(req.parameters.TargetKeyId);
    if (api === 'UpdateAlias' && target) {
      const t = lookup(target);
      if ('error' in t) return t;
      add(first, t.key, t.key.arn, target, null);
    }
    return { checks, ciphertextKey, typedKey };
  }
  // S4: for CreateGrant, kms:EncryptionContext:* describe the constraint in the request.
  const grantEc =
    api === 'CreateGrant'
      ? (() => {
          const c = constraintsParam(req.parameters.Constraints);
          return c ? (c.encryptionContextEquals ?? c.encryptionContextSubset ?? null) : null;
        })()
      : ec;
  add(first, key, key.arn, req.key ?? null, first.takesEncryptionContext ? grantEc : null);
  return { checks, ciphertextKey, typedKey };
}

/** A key's parts of a check, from the memo or computed once into it. */
function keyParts(env: RequestEnv, memo: PlanMemo, key: Key): KeyParts {
  const known = memo.byKey.get(key);
  if (known) return known;
  const keyPolicy = env.cs.keyPolicies.get(key.arn) ?? null;
  const rcpLevels = rcpsFor(env, key);
  const account = key.arn.split(':')[4] ?? null;
  // denyDocsOf reads only the operation's name (RetireGrant or not) besides the key's parts.
  const retireOp = findOperation('RetireGrant') as OperationInfo;
  const anyOp = findOperation('DescribeKey') as OperationInfo;
  const parts: KeyParts = {
    keyPolicy,
    rcpLevels,
    resourceOrg: orgPlace(env.cs.scenario, account),
    keyAccount: account,
    denyDocs: denyDocsOf(env, { op: anyOp, keyPolicy, rcpLevels }),
    retireDenyDocs: denyDocsOf(env, { op: retireOp, keyPolicy, rcpLevels }),
  };
  memo.byKey.set(key, parts);
  return parts;
}

/** The key of the grant a RetireGrant names by its GrantToken. */
function grantKeyByToken(env: RequestEnv): Key | null {
  const token = env.req.parameters.GrantToken;
  const g =
    typeof token === 'string'
      ? env.cs.scenario.grants.find((x) => x.grantToken === token)
      : undefined;
  if (!g) return null;
  return (
    env.cs.keysByArn.get(g.key) ??
    env.cs.scenario.keys.find((k) => keyIdOf(k.arn) === g.key) ??
    null
  );
}
