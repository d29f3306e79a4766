import type { Key } from '../../scenario/types';
import {
  ENCRYPTION_ALGORITHMS,
  GRANT_OPERATIONS,
  SIGNING_ALGORITHMS,
  findOperation,
} from '../catalog/operations';
import { lookupConditionKey } from '../catalog/conditionKeys';
import type { CompiledPolicy } from '../policy/compile';
import type { Check, RequestEnv } from './checkTypes';
import { orgLevels } from './compileScenario';
import { constraintsParam } from './grantMatch';
import { keyStateRejection, keyUsageRejection, type Rejection } from './keyState';
import { LOCKOUT_MESSAGE } from './messages';
import { policyPath } from './policyPath';

const validation = (message: string): Rejection => ({ outcome: 'ValidationException', message });

/** An AWS service principal, e.g. `ec2.amazonaws.com` (S28 service principals). */
const SERVICE_PRINCIPAL = /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/;

const NO_CONTEXT: Record<string, string> = {};

/** Pairs equal as sets, keys and values case-sensitive (S11 encryption context at Decrypt). */
function sameContext(a: Record<string, string>, b: Record<string, string>): boolean {
  // for-in over own keys: no arrays of keys and no closure per call.
  let n = 0;
  for (const k in a) {
    if (!Object.hasOwn(a, k)) continue;
    if (!Object.hasOwn(b, k) || b[k] !== a[k]) return false;
    n++;
  }
  for (const k in b) if (Object.hasOwn(b, k)) n--;
  return n === 0;
}

/** Step 12.3 for Decrypt/ReEncrypt: the encryption context is AAD bound to the ciphertext (S11, S22). */
export function ciphertextRejection(
  env: RequestEnv,
  ciphertextEc: Record<string, string> | null,
): Rejection | null {
  if (ciphertextEc === null) return null;
  if (sameContext(ciphertextEc, env.req.encryptionContext ?? NO_CONTEXT)) return null;
  return {
    outcome: 'InvalidCiphertextException',
    message:
      'The encryption context does not match the one the ciphertext was encrypted with (it must be identical, case-sensitive, in any order).',
  };
}

/**
 * CreateGrant validation (S7, S34, 1.6.1; A19/A22): operations from the grant-operation list that the
 * key supports, a grantee that is not a group or service principal, constraints only on symmetric
 * encryption keys with at most 8 pairs and values up to 384 characters.
 */
export function createGrantRejection(env: RequestEnv, key: Key): Rejection | null {
  const p = env.req.parameters;
  const ops = Array.isArray(p.Operations) ? p.Operations : [];
  if (ops.length === 0) return validation('Operations must list at least one grant operation.');
  for (const o of ops) {
    if (typeof o !== 'string' || !GRANT_OPERATIONS.includes(o))
      return validation(
        `${JSON.stringify(o)} is not a grant operation; expected one of ${GRANT_OPERATIONS.join(', ')}.`,
      );
    const info = findOperation(o);
    if (info && info.usage !== 'none' && keyUsageRejection(info, key))
      return validation(
        `Grant operation ${o} is not valid for a ${key.keySpec} key with usage ${key.keyUsage}.`,
      );
  }
  const grantee = typeof p.GranteePrincipal === 'string' ? p.GranteePrincipal : '';
  const service = typeof p.GranteeServicePrincipal === 'string' ? p.GranteeServicePrincipal : '';
  const c = constraintsParam(p.Constraints);
  if (grantee && service)
    return validation('Specify either GranteePrincipal or GranteeServicePrincipal, not both.');
  if (typeof p.RetiringPrincipal === 'string' && typeof p.RetiringServicePrincipal === 'string')
    return validation('Specify either RetiringPrincipal or RetiringServicePrincipal, not both.');
  if (service) {
    // S34 API_CreateGrant: a grant to a service principal needs a SourceArn constraint and a
    // retiring principal or retiring service principal (A22).
    if (!SERVICE_PRINCIPAL.test(service))
      return validation(`${service} is not an AWS service principal such as ec2.amazonaws.com.`);
    if (c?.sourceArn === undefined)
      return validation(
        'A grant to a GranteeServicePrincipal needs a SourceArn grant constraint (Constraints.SourceArn).',
      );
    if (typeof p.RetiringPrincipal !== 'string' && typeof p.RetiringServicePrincipal !== 'string')
      return validation(
        'A grant to a GranteeServicePrincipal needs a RetiringPrincipal or a RetiringServicePrincipal.',
      );
  } else if (!grantee) return validation('GranteePrincipal is required.');
  if (/:group\//.test(grantee))
    return validation(
      `${grantee} is an IAM group; a grantee must be an account, user, role, assumed-role or federated user.`,
    );
  if (SERVICE_PRINCIPAL.test(grantee))
    return validation(
      `${grantee} is a service principal; name it in GranteeServicePrincipal, with a SourceArn constraint (A22).`,
    );
  if (c?.encryptionContextEquals || c?.encryptionContextSubset) {
    if (key.keySpec !== 'SYMMETRIC_DEFAULT')
      return validation(
        'Encryption-context grant constraints are valid only for symmetric encryption keys.',
      );
    const pairs = c.encryptionContextEquals ?? c.encryptionContextSubset ?? {};
    if (Object.keys(pairs).length > 8)
      return validation('A grant constraint may hold at most 8 encryption-context pairs.');
    if (Object.values(pairs).some((v) => v.length > 384))
      return validation('Grant constraint values may be at most 384 characters.');
  }
  return null;
}

/**
 * S35 lockout safety check (A18): unless BypassPolicyLockoutSafetyCheck is true, re-run the policy
 * path for kms:PutKeyPolicy with the new key policy, the caller's identity policies and the same
 * context; failing means MalformedPolicyDocumentException.
 */
export function lockoutRejection(
  env: RequestEnv,
  check: Check,
  key: Key,
  parentId: string,
): Rejection | null {
  const newPolicy = env.cs.newKeyPolicies.get(env.index);
  if (!newPolicy)
    return check.op.name === 'PutKeyPolicy'
      ? validation('PutKeyPolicy needs a Policy parameter.')
      : null;
  const invalid = newPolicyRejection(newPolicy);
  if (invalid) return invalid;
  if (env.req.parameters.BypassPolicyLockoutSafetyCheck === true) return null;
  const probe = lockoutProbe(env, check, key, newPolicy, parentId);
  if (!probe) return null;
  const step = env.tracer.open(
    parentId,
    'lockout',
    'check',
    'lockoutSafetyCheck',
    newPolicy.source,
  );
  const r = policyPath(env, probe);
  step.outcome = r.allowed ? 'pass' : 'fail';
  step.detail = { callerCouldUpdateAgain: r.allowed, assumption: 'A18' };
  return r.allowed
    ? null
    : { outcome: 'MalformedPolicyDocumentException', message: LOCKOUT_MESSAGE };
}

/** What a new key policy itself is refused for, by compiled policy (it never changes). */
const NEW_POLICY_REJECTION = new WeakMap<CompiledPolicy, Rejection | null>();

function newPolicyRejection(newPolicy: CompiledPolicy): Rejection | null {
  const known = NEW_POLICY_REJECTION.get(newPolicy);
  if (known !== undefined) return known;
  let r: Rejection | null = null;
  const error = newPolicy.diagnostics.find((d) => d.severity === 'error');
  // S40/S44: KMS rejects IAM-only condition keys (aws:ResourceTag, kms:ResourceAliases) in a key policy.
  const banned = newPolicy.statements
    .flatMap((s) => s.condition?.clauses.map((c) => c.key) ?? [])
    .find((k) => lookupConditionKey(k)?.keyPolicyAllowed === false);
  if (error)
    r = {
      outcome: 'MalformedPolicyDocumentException',
      message: `The new key policy is malformed: ${error.message}`,
    };
  else if (banned)
    r = {
      outcome: 'MalformedPolicyDocumentException',
      message: `These condition keys are not permitted in a key policy: ${banned}`,
    };
  NEW_POLICY_REJECTION.set(newPolicy, r);
  return r;
}

/**
 * The kms:PutKeyPolicy check the lockout rule re-runs with the new policy, built once per check of
 * a prepared request (its caller, key, policy and context never change) and then reused.
 */
const PROBES = new WeakMap<Check, Check>();

function lockoutProbe(
  env: RequestEnv,
  check: Check,
  key: Key,
  newPolicy: CompiledPolicy,
  parentId: string,
): Check | null {
  const id = `${parentId}/lockout`;
  const cached = PROBES.get(check);
  if (cached && cached.id === id && cached.keyPolicy === newPolicy && cached.key?.arn === key.arn)
    return cached;
  const op = findOperation('PutKeyPolicy');
  if (!op) return null;
  const keyAccount = key.arn.split(':')[4] ?? null;
  const probe: Check = {
    ...check,
    id,
    op,
    action: 'kms:PutKeyPolicy',
    resource: key.arn,
    key,
    keyPolicy: newPolicy,
    rcpLevels: orgLevels(env.cs, keyAccount, 'RCP'),
    keyAccount,
    match: { ...check.match, action: 'kms:PutKeyPolicy', resource: key.arn },
  };
  PROBES.set(check, probe);
  return probe;
}

/** Step 12.1 and 12.2 for one key. */
export function keyRejection(check: Check, key: Key): Rejection | null {
  return keyStateRejection(check.op, key) ?? keyUsageRejection(check.op, key);
}

/** S47/S48: the alias/aws/ prefix is reserved for AWS managed keys. */
export const RESERVED_ALIAS_PREFIX = 'alias/aws/';

/** The three kinds of key UpdateAlias tells apart (S48 API_UpdateAlias). */
function keyType(k: Key): 'symmetric' | 'HMAC' | 'asymmetric' {
  if (k.keySpec === 'SYMMETRIC_DEFAULT') return 'symmetric';
  return k.keySpec.startsWith('HMAC_') ? 'HMAC' : 'asymmetric';
}

/**
 * Alias rules checked after authorization (A1): no caller may create, update or delete an alias
 * under alias/aws/ (S47 alias-create: "The alias/aws/ prefix is reserved for AWS managed key";
 * P12 for the exception), and UpdateAlias needs a new key of the same type and key usage as the
 * current one (S48 API_UpdateAlias; P13 for the exception).
 */
export function aliasRejection(
  op: string,
  name: string | null,
  current: Key | null,
  target: Key | null,
): Rejection | null {
  if (name?.startsWith(RESERVED_ALIAS_PREFIX))
    return {
      outcome: 'NotAuthorizedException',
      message: `${name}: alias names beginning with ${RESERVED_ALIAS_PREFIX} are reserved for AWS managed keys; no caller may create, update or delete them.`,
    };
  if (op === 'UpdateAlias' && current && target && current !== target) {
    if (keyType(current) !== keyType(target) || current.keyUsage !== target.keyUsage)
      return validation(
        `${target.arn} is a ${keyType(target)} key with key usage ${target.keyUsage}; the alias points to a ${keyType(current)} key with key usage ${current.keyUsage}. UpdateAlias needs a key of the same type and key usage.`,
      );
  }
  return null;
}

/**
 * Sign/Verify and Encrypt/Decrypt algorithms for the key (S22 InvalidKeyUsageException: "The
 * encryption algorithm or signing algorithm specified for the operation is incompatible with the
 * type of key material in the KMS key (KeySpec)"), and the MessageType rules of API_Sign: EXTERNAL_MU
 * is for ML-DSA keys; ED25519_SHA_512 needs RAW and ED25519_PH_SHA_512 needs DIGEST (P17).
 */
export function algorithmRejection(env: RequestEnv, op: string, key: Key): Rejection | null {
  const p = env.req.parameters;
  if (op === 'Sign' || op === 'Verify') {
    const alg = typeof p.SigningAlgorithm === 'string' ? p.SigningAlgorithm : undefined;
    const allowed = SIGNING_ALGORITHMS[key.keySpec];
    if (alg !== undefined && allowed && !allowed.includes(alg))
      return badAlgorithm('SigningAlgorithm', alg, key, allowed);
    const type = typeof p.MessageType === 'string' ? p.MessageType : 'RAW';
    if (type === 'EXTERNAL_MU' && !key.keySpec.startsWith('ML_DSA_'))
      return validation('MessageType EXTERNAL_MU is only for ML-DSA keys.');
    if (alg === 'ED25519_SHA_512' && type !== 'RAW')
      return validation('The ED25519_SHA_512 signing algorithm requires MessageType RAW.');
    if (alg === 'ED25519_PH_SHA_512' && type !== 'DIGEST')
      return validation('The ED25519_PH_SHA_512 signing algorithm requires MessageType DIGEST.');
    return null;
  }
  if (op === 'Encrypt' || op === 'Decrypt') {
    const alg = typeof p.EncryptionAlgorithm === 'string' ? p.EncryptionAlgorithm : undefined;
    const allowed = ENCRYPTION_ALGORITHMS[key.keySpec];
    if (alg !== undefined && allowed && !allowed.includes(alg))
      return badAlgorithm('EncryptionAlgorithm', alg, key, allowed);
  }
  return null;
}

function badAlgorithm(what: string, alg: string, key: Key, allowed: readonly string[]): Rejection {
  return {
    outcome: 'InvalidKeyUsageException',
    message: `${what} ${alg} is not valid for ${key.arn} (key spec ${key.keySpec}); use ${allowed.join(', ')}.`,
  };
}

/** Parameter ranges KMS validates (S41). */
export function parameterRejection(env: RequestEnv, op: string): Rejection | null {
  // Each range belongs to one operation: read the parameter only for it.
  if (op === 'ScheduleKeyDeletion') {
    const w = env.req.parameters.PendingWindowInDays;
    if (typeof w === 'number' && (w < 7 || w > 30))
      return validation('PendingWindowInDays must be between 7 and 30.');
  }
  if (op === 'EnableKeyRotation') {
    const r = env.req.parameters.RotationPeriodInDays;
    if (typeof r === 'number' && (r < 90 || r > 2560))
      return validation('RotationPeriodInDays must be between 90 and 2560.');
  }
  return null;
}
