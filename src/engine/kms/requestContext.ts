import type { ContextValue, Key, Request } from '../../scenario/types';
import { contextEntry, setContextEntry, type RequestContext } from '../context';
import { principalType, type Caller } from './caller';
import type { OrgPlace } from './organization';

/** Sets a derived key unless the request supplied it (supplied values win, kms-semantics 1.2 step 2). */
function derive(ctx: RequestContext, name: string, value: ContextValue | undefined): void {
  if (value === undefined) return;
  if (!contextEntry(ctx, name)) setContextEntry(ctx, { name, value, derived: true });
}

/**
 * The part of the context that does not depend on the key being checked: the request's own keys
 * (marked supplied) and what AWS fills in from the caller (S39 global keys; scenario-format defaults).
 */
export function baseContext(req: Request, caller: Caller): RequestContext {
  const ctx: RequestContext = new Map();
  for (const [name, value] of Object.entries(req.context)) {
    setContextEntry(ctx, { name, value, derived: false });
  }
  if (!req.deriveContext) return ctx;
  const svc = caller.kind === 'service';
  // S39: aws:PrincipalArn is the role ARN for role sessions; aws:username exists for IAM users only.
  if (!svc) {
    derive(ctx, 'aws:PrincipalArn', caller.principalArn);
    derive(ctx, 'aws:PrincipalAccount', caller.account ?? undefined);
    derive(ctx, 'aws:PrincipalType', principalType(caller.kind) ?? undefined);
    // S4 kms:CallerAccount: the account of the caller.
    derive(ctx, 'kms:CallerAccount', caller.account ?? undefined);
  } else derive(ctx, 'aws:PrincipalServiceName', caller.arn);
  if (caller.kind === 'user') derive(ctx, 'aws:username', caller.userName ?? undefined);
  derive(ctx, 'aws:PrincipalIsAWSService', svc);
  for (const [k, v] of Object.entries(caller.entry?.tags ?? {}))
    derive(ctx, `aws:PrincipalTag/${k}`, v);
  // scenario-format: defaults when not given.
  derive(ctx, 'aws:SecureTransport', true);
  derive(ctx, 'aws:ViaAWSService', false);
  // S13/S39: aws:SourceVpce is present only when the request came through an endpoint.
  derive(ctx, 'aws:SourceVpce', req.viaVpcEndpoint);
  const now = contextEntry(ctx, 'aws:CurrentTime')?.value;
  if (typeof now === 'string' && !Number.isNaN(Date.parse(now))) {
    derive(ctx, 'aws:EpochTime', Math.floor(Date.parse(now) / 1000));
  }
  return ctx;
}

/** Details of the key being checked, for the key-dependent condition keys (S4, table 2.6). */
export interface CheckTarget {
  /** Operation name, e.g. `Decrypt`. */
  operation: string;
  key: Key | null;
  /** The KeyId as the caller typed it. */
  keyIdTyped: string | null;
  /** Encryption context that this check sees (A21 for ReEncrypt). */
  encryptionContext: Record<string, string> | null;
  /** For ReEncrypt checks: whether source and destination resolve to the same key. */
  sameKey?: boolean;
  /** The caller's account in its organization, when the scenario gives an organization id. */
  principalOrg?: OrgPlace | null;
  /** The key's account in its organization, when the scenario gives an organization id. */
  resourceOrg?: OrgPlace | null;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Adds the key- and operation-dependent keys to a copy of the base context. */
export function checkContext(base: RequestContext, req: Request, t: CheckTarget): RequestContext {
  const ctx: RequestContext = new Map(base);
  if (!req.deriveContext) return ctx;
  const p = req.parameters;
  const op = t.operation;
  // S39/S51: the organization keys of the caller's and of the key's account (P14).
  if (t.principalOrg) {
    derive(ctx, 'aws:PrincipalOrgID', t.principalOrg.orgId);
    derive(ctx, 'aws:PrincipalOrgPaths', [t.principalOrg.path]);
  }
  if (t.resourceOrg) {
    derive(ctx, 'aws:ResourceOrgID', t.resourceOrg.orgId);
    derive(ctx, 'aws:ResourceOrgPaths', [t.resourceOrg.path]);
  }
  if (t.encryptionContext) {
    const keys = Object.keys(t.encryptionContext);
    // S4: kms:EncryptionContext:<k> per pair; kms:EncryptionContextKeys absent when there is none.
    for (const k of keys) derive(ctx, `kms:EncryptionContext:${k}`, t.encryptionContext[k]);
    if (keys.length > 0) derive(ctx, 'kms:EncryptionContextKeys', keys);
  }
  if (t.key) {
    const k = t.key;
    const arnParts = k.arn.split(':');
    derive(ctx, 'aws:ResourceAccount', arnParts[4]);
    derive(ctx, 'aws:RequestedRegion', arnParts[3]);
    derive(ctx, 'kms:KeySpec', k.keySpec);
    derive(ctx, 'kms:CustomerMasterKeySpec', k.keySpec);
    derive(ctx, 'kms:KeyUsage', k.keyUsage);
    derive(ctx, 'kms:CustomerMasterKeyUsage', k.keyUsage);
    derive(ctx, 'kms:KeyOrigin', k.origin);
    derive(ctx, 'kms:MultiRegion', k.multiRegion);
    if (k.multiRegion) derive(ctx, 'kms:MultiRegionKeyType', k.multiRegionKeyType ?? 'PRIMARY');
    // S4 kms:ResourceAliases: the key's aliases, however the key was named in the request.
    if (k.aliases.length > 0) derive(ctx, 'kms:ResourceAliases', k.aliases);
    for (const [tk, tv] of Object.entries(k.tags)) derive(ctx, `aws:ResourceTag/${tk}`, tv);
    // S4 kms:RequestAlias: only when KeyId was an alias name or alias ARN; the value is the name.
    const typed = t.keyIdTyped ?? '';
    const alias = typed.startsWith('alias/') ? typed : /:alias\/.+$/.exec(typed)?.[0].slice(1);
    if (alias) derive(ctx, 'kms:RequestAlias', alias);
  }
  // S4: parameter keys are present even when the caller relies on the default value.
  if (
    [
      'Encrypt',
      'Decrypt',
      'ReEncryptFrom',
      'ReEncryptTo',
      'GenerateDataKey',
      'GenerateDataKeyWithoutPlaintext',
      'GenerateDataKeyPair',
      'GenerateDataKeyPairWithoutPlaintext',
    ].includes(op)
  ) {
    const alg =
      op === 'ReEncryptTo'
        ? p.DestinationEncryptionAlgorithm
        : op === 'ReEncryptFrom'
          ? p.SourceEncryptionAlgorithm
          : p.EncryptionAlgorithm;
    derive(
      ctx,
      'kms:EncryptionAlgorithm',
      str(alg) ?? str(p.EncryptionAlgorithm) ?? 'SYMMETRIC_DEFAULT',
    );
  }
  if (op === 'ReEncryptFrom' || op === 'ReEncryptTo') {
    // S4: whether the destination is the key that encrypted the source (compared as resolved keys).
    derive(ctx, 'kms:ReEncryptOnSameKey', t.sameKey === true);
  }
  if (op === 'Sign' || op === 'Verify') {
    derive(ctx, 'kms:SigningAlgorithm', str(p.SigningAlgorithm));
    derive(ctx, 'kms:MessageType', str(p.MessageType) ?? 'RAW');
  }
  if (op === 'GenerateMac' || op === 'VerifyMac')
    derive(ctx, 'kms:MacAlgorithm', str(p.MacAlgorithm));
  if (op.startsWith('GenerateDataKeyPair')) derive(ctx, 'kms:DataKeyPairSpec', str(p.KeyPairSpec));
  if (op === 'DeriveSharedSecret')
    derive(ctx, 'kms:KeyAgreementAlgorithm', str(p.KeyAgreementAlgorithm) ?? 'ECDH');
  if (op === 'CreateGrant') grantKeys(ctx, p);
  if (op === 'CreateGrant' || op === 'ListGrants' || op === 'RevokeGrant')
    derive(ctx, 'kms:GrantIsForAWSResource', viaIntegratedService(ctx));
  if (op === 'ScheduleKeyDeletion')
    derive(ctx, 'kms:ScheduleKeyDeletionPendingWindowInDays', num(p.PendingWindowInDays) ?? 30);
  if (op === 'EnableKeyRotation')
    derive(ctx, 'kms:RotationPeriodInDays', num(p.RotationPeriodInDays) ?? 365);
  // S4: kms:BypassPolicyLockoutSafetyCheck is absent when the parameter is omitted.
  if (
    (op === 'PutKeyPolicy' || op === 'CreateKey') &&
    typeof p.BypassPolicyLockoutSafetyCheck === 'boolean'
  ) {
    derive(ctx, 'kms:BypassPolicyLockoutSafetyCheck', p.BypassPolicyLockoutSafetyCheck);
  }
  if (op === 'CreateKey') {
    derive(ctx, 'kms:KeySpec', str(p.KeySpec) ?? 'SYMMETRIC_DEFAULT');
    derive(ctx, 'kms:KeyUsage', str(p.KeyUsage) ?? 'ENCRYPT_DECRYPT');
    derive(ctx, 'kms:KeyOrigin', str(p.Origin) ?? 'AWS_KMS');
    derive(ctx, 'kms:MultiRegion', p.MultiRegion === true);
  }
  if (op === 'ImportKeyMaterial') {
    derive(ctx, 'kms:ExpirationModel', str(p.ExpirationModel) ?? 'KEY_MATERIAL_EXPIRES');
    derive(ctx, 'kms:ValidTo', num(p.ValidTo));
  }
  if (op === 'GetParametersForImport') {
    derive(ctx, 'kms:WrappingAlgorithm', str(p.WrappingAlgorithm));
    derive(ctx, 'kms:WrappingKeySpec', str(p.WrappingKeySpec));
  }
  if (op === 'ReplicateKey') derive(ctx, 'kms:ReplicaRegion', str(p.ReplicaRegion));
  if (op === 'UpdatePrimaryRegion') derive(ctx, 'kms:PrimaryRegion', str(p.PrimaryRegion));
  tagKeys(ctx, p);
  return ctx;
}

/**
 * S4/S43 kms:GrantIsForAWSResource: true when "an AWS service that is integrated with AWS KMS sends
 * the request on the principal's behalf". A scenario says a call comes through a service with
 * kms:ViaService (the service's endpoint name) or aws:ViaAWSService true (P9).
 */
function viaIntegratedService(ctx: RequestContext): boolean {
  const via = contextEntry(ctx, 'kms:ViaService')?.value;
  if (typeof via === 'string' ? via !== '' : Array.isArray(via) && via.length > 0) return true;
  const aws = contextEntry(ctx, 'aws:ViaAWSService')?.value;
  return aws === true || aws === 'true';
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** S4 grant condition keys, from CreateGrant's parameters. */
function grantKeys(ctx: RequestContext, p: Request['parameters']): void {
  const ops = p.Operations;
  if (Array.isArray(ops))
    derive(
      ctx,
      'kms:GrantOperations',
      ops.filter((o): o is string => typeof o === 'string'),
    );
  derive(ctx, 'kms:GranteePrincipal', str(p.GranteePrincipal));
  derive(ctx, 'kms:RetiringPrincipal', str(p.RetiringPrincipal));
  // S43: the service-principal grant keys.
  derive(ctx, 'kms:GranteeServicePrincipal', str(p.GranteeServicePrincipal));
  derive(ctx, 'kms:RetiringServicePrincipal', str(p.RetiringServicePrincipal));
  const c = p.Constraints;
  if (c && typeof c === 'object' && !Array.isArray(c)) {
    const type =
      'EncryptionContextEquals' in c
        ? 'EncryptionContextEquals'
        : 'EncryptionContextSubset' in c
          ? 'EncryptionContextSubset'
          : undefined;
    derive(ctx, 'kms:GrantConstraintType', type);
    const src = (c as Record<string, unknown>).SourceArn;
    derive(ctx, 'kms:GrantConstraintSourceArn', str(src));
  }
}

/** S39 aws:RequestTag/<k> and aws:TagKeys from TagResource/CreateKey `Tags` or UntagResource `TagKeys`. */
function tagKeys(ctx: RequestContext, p: Request['parameters']): void {
  const keys: string[] = [];
  if (Array.isArray(p.Tags)) {
    for (const t of p.Tags) {
      if (t && typeof t === 'object' && !Array.isArray(t) && typeof t.TagKey === 'string') {
        keys.push(t.TagKey);
        derive(ctx, `aws:RequestTag/${t.TagKey}`, str(t.TagValue) ?? '');
      }
    }
  }
  if (Array.isArray(p.TagKeys)) for (const k of p.TagKeys) if (typeof k === 'string') keys.push(k);
  if (keys.length > 0) derive(ctx, 'aws:TagKeys', keys);
}
