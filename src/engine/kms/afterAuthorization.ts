import type { Key } from '../../scenario/types';
import { DRY_RUN_OPERATIONS } from '../catalog/operations';
import type { Check, RequestEnv } from './checkTypes';
import type { Rejection } from './keyState';
import type { Plan } from './plan';
import {
  algorithmRejection,
  aliasRejection,
  ciphertextRejection,
  createGrantRejection,
  keyRejection,
  lockoutRejection,
  parameterRejection,
} from './validity';
import { findNamedGrant } from './retireGrant';
import { keyIdOf } from './ids';
import { stringPairs } from '../ownKeys';

type Ready = Extract<Plan, { checks: unknown }>;

/** The phase's detail: shared by every trace (details are never changed once recorded). */
const A1 = { assumption: 'A1' };

/**
 * Step 12: checks that run only for an authorized request (A1), in order: grant tokens, key state
 * and usage, then operation-specific validation (ciphertext binding, CreateGrant, lockout).
 */
export function validateAfterAuthorization(env: RequestEnv, plan: Ready): Rejection | null {
  const phase = env.tracer.open(
    null,
    'validity',
    'phase',
    'afterAuthorization',
    undefined,
    env.tracer.on ? A1 : undefined,
  );
  const result = run(env, plan, phase.id) ?? dryRun(env);
  // S50/P15: a dry run is recorded on the phase, not as a check of its own.
  if (result?.outcome === 'DryRunOperationException')
    phase.detail = { ...phase.detail, dryRun: true };
  phase.outcome = result ? 'fail' : 'pass';
  return result;
}

/** Records one check of the phase (traced evaluation only) and hands back its rejection. */
function step(
  env: RequestEnv,
  phaseId: string,
  local: string,
  rule: string,
  r: Rejection | null,
  detail?: Record<string, unknown>,
): Rejection | null {
  if (!env.tracer.on) return r;
  env.tracer.add(
    phaseId,
    local,
    'check',
    rule,
    r ? 'fail' : 'pass',
    undefined,
    r ? { ...detail, outcome: r.outcome } : detail,
  );
  return r;
}

/**
 * S50: with DryRun, a call that would succeed answers DryRunOperationException and does nothing;
 * authorization and parameter errors are reported as without it. Operations that do not take
 * DryRun ignore the parameter (P15).
 */
function dryRun(env: RequestEnv): Rejection | null {
  if (env.req.parameters.DryRun !== true) return null;
  const api = env.req.action.replace(/^kms:/i, '');
  if (!DRY_RUN_OPERATIONS.has(api)) return null;
  return {
    outcome: 'DryRunOperationException',
    message:
      'The request would have succeeded, but the DryRun parameter was set; nothing was done.',
  };
}

function run(env: RequestEnv, plan: Ready, phaseId: string): Rejection | null {
  const first = plan.checks[0];
  if (!first) return null;
  const op = first.op.name;
  // S22 InvalidGrantTokenException: a token must name a real grant (only grant operations take tokens).
  if (env.req.grantTokens.length > 0) {
    const bad = first.op.grantable ? unknownToken(env) : undefined;
    const r = bad
      ? ({
          outcome: 'InvalidGrantTokenException',
          message: `The grant token ${bad} is not valid.`,
        } as const)
      : null;
    if (step(env, phaseId, 'grantTokens', 'grantTokens', r, { tokens: env.req.grantTokens }))
      return r;
  }
  const checks = plan.checks;
  for (let i = 0; i < checks.length; i++) {
    const c = checks[i] as Check;
    // Each key once: skip a key an earlier check already named (no Set per evaluation).
    if (!c.key || sameKeyEarlier(checks, i, c.key.arn)) continue;
    // Table 2.10 footnote 10: UpdateAlias fails only when the new target key is pending deletion.
    if (
      op === 'UpdateAlias' &&
      c.key === plan.typedKey &&
      c !== plan.checks[plan.checks.length - 1]
    )
      continue;
    const r = step(
      env,
      phaseId,
      c.keyPolicy?.id ?? `key:${keyIdOf(c.key.arn)}`,
      'keyStateAndUsage',
      keyRejection(c, c.key),
      env.tracer.on
        ? {
            key: c.key.arn,
            state: c.key.state,
            keyUsage: c.key.keyUsage,
            keySpec: c.key.keySpec,
          }
        : undefined,
    );
    if (r) return r;
  }
  if (op === 'CreateAlias' || op === 'UpdateAlias' || op === 'DeleteAlias') {
    const p = env.req.parameters.AliasName;
    const typed = env.req.key ?? '';
    const name = typeof p === 'string' ? p : typed.startsWith('alias/') ? typed : null;
    const target = op === 'UpdateAlias' ? (plan.checks[plan.checks.length - 1]?.key ?? null) : null;
    const r = aliasRejection(op, name, plan.typedKey ?? null, target);
    if (r) return step(env, phaseId, 'alias', 'aliasRules', r, { alias: name });
  }
  if (first.key && (op === 'Sign' || op === 'Verify' || op === 'Encrypt' || op === 'Decrypt')) {
    const key = op === 'Decrypt' ? (plan.ciphertextKey ?? first.key) : first.key;
    const r = algorithmRejection(env, op, key);
    if (r) return step(env, phaseId, 'algorithm', 'parameterRanges', r, { keySpec: key.keySpec });
  }
  const ranges = parameterRejection(env, op);
  if (ranges) return step(env, phaseId, 'parameters', 'parameterRanges', ranges);
  if (op === 'Decrypt' || op === 'ReEncryptFrom') {
    const r = ciphertext(env, plan);
    if (step(env, phaseId, 'ciphertext', 'ciphertextBinding', r)) return r;
  }
  if (op === 'CreateGrant' && first.key) {
    const r = createGrantRejection(env, first.key);
    if (step(env, phaseId, 'createGrant', 'createGrantValidation', r)) return r;
  }
  if (op === 'RevokeGrant' && !findNamedGrant(env, first.key?.arn ?? null)) {
    return step(env, phaseId, 'grant', 'grantExists', {
      outcome: 'NotFoundException',
      message: 'Grant not found: give the key and the GrantId of a grant on it.',
    });
  }
  if (op === 'PutKeyPolicy' || op === 'CreateKey') {
    const key: Key = first.key ?? newKeyFor(env);
    return lockoutRejection(env, first, key, phaseId);
  }
  return null;
}

/** The first grant token that names no grant of the scenario (S22), if any. */
function unknownToken(env: RequestEnv): string | undefined {
  const grants = env.cs.scenario.grants;
  for (const t of env.req.grantTokens) {
    let known = false;
    for (let i = 0; i < grants.length && !known; i++) known = grants[i]?.grantToken === t;
    if (!known) return t;
  }
  return undefined;
}

function sameKeyEarlier(checks: readonly Check[], i: number, arn: string): boolean {
  for (let j = 0; j < i; j++) if (checks[j]?.key?.arn === arn) return true;
  return false;
}

/** A27 and S11: IncorrectKeyException for a KeyId that did not encrypt the blob; then the context. */
function ciphertext(env: RequestEnv, plan: Ready): Rejection | null {
  const blob = env.req.parameters.CiphertextBlob;
  if (!blob || typeof blob !== 'object' || Array.isArray(blob)) return null;
  if (plan.ciphertextKey && plan.typedKey && plan.ciphertextKey !== plan.typedKey) {
    return {
      outcome: 'IncorrectKeyException',
      message: `The key ID in the request (${env.req.key}) does not identify the KMS key that was used to encrypt the ciphertext.`,
    };
  }
  const ec = blob.encryptionContext;
  if (ec === undefined) return null;
  return ciphertextRejection(env, blobContext(ec));
}

/**
 * The string pairs of a ciphertext's encryption context, read once per context object (it is
 * part of the scenario's request, never changed) rather than copied on every evaluation.
 */
const BLOB_CONTEXTS = new WeakMap<object, Record<string, string>>();

function blobContext(ec: unknown): Record<string, string> {
  if (!ec || typeof ec !== 'object') return stringPairs(ec) ?? {};
  let pairs = BLOB_CONTEXTS.get(ec);
  if (!pairs) BLOB_CONTEXTS.set(ec, (pairs = stringPairs(ec) ?? {}));
  return pairs;
}

/** The key CreateKey would make, for the lockout check: in the caller's account. */
function newKeyFor(env: RequestEnv): Key {
  const region = env.cs.scenario.keys[0]?.arn.split(':')[3] ?? 'us-east-1';
  return {
    arn: `arn:aws:kms:${region}:${env.caller.account ?? '000000000000'}:key/new-key`,
    aliases: [],
    state: 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    multiRegion: false,
    keyManager: 'CUSTOMER',
    tags: {},
    policy: null,
  };
}
