import { describe, expect, it } from 'vitest';
import {
  CONDITION_KEYS,
  KEY_RESOURCE_OPERATIONS,
  conditionKeyAppliesTo,
  lookupConditionKey,
} from './conditionKeys';

describe('lookupConditionKey', () => {
  it('finds keys case-insensitively (S30: condition key names are case-insensitive)', () => {
    expect(lookupConditionKey('KMS:callerACCOUNT')?.name).toBe('kms:CallerAccount');
    expect(lookupConditionKey('aws:sourceip')).toMatchObject({ type: 'IP', multiValued: false });
  });

  it('resolves prefixed families with a non-empty suffix (S4 kms:EncryptionContext:; S39 tag keys)', () => {
    expect(lookupConditionKey('kms:EncryptionContext:AppName')?.name).toBe(
      'kms:EncryptionContext:',
    );
    expect(lookupConditionKey('aws:PrincipalTag/team')?.name).toBe('aws:PrincipalTag/');
    expect(lookupConditionKey('aws:RequestTag/Owner')?.name).toBe('aws:RequestTag/');
    expect(lookupConditionKey('kms:RecipientAttestation:PCR0')?.name).toBe(
      'kms:RecipientAttestation:',
    );
    expect(lookupConditionKey('kms:EncryptionContext:')).toBeUndefined();
    expect(lookupConditionKey('s3:prefix')).toBeUndefined();
  });

  it('knows the multi-valued keys (S4 kms:EncryptionContextKeys, kms:GrantOperations, kms:ResourceAliases; S39)', () => {
    const multi = CONDITION_KEYS.filter((k) => k.multiValued).map((k) => k.name);
    for (const name of [
      'kms:EncryptionContextKeys',
      'kms:GrantOperations',
      'kms:ResourceAliases',
      'aws:TagKeys',
      'aws:CalledVia',
      'aws:PrincipalOrgPaths',
    ]) {
      expect(multi).toContain(name);
    }
    expect(lookupConditionKey('kms:EncryptionContext:x')?.multiValued).toBe(false);
  });

  it('marks keys rejected in key policies (S40 ABAC: aws:ResourceTag and kms:ResourceAliases are IAM-only; S44)', () => {
    expect(lookupConditionKey('kms:ResourceAliases')?.keyPolicyAllowed).toBe(false);
    expect(lookupConditionKey('aws:ResourceTag/Project')?.keyPolicyAllowed).toBe(false);
    expect(lookupConditionKey('kms:ViaService')?.keyPolicyAllowed).toBe(true);
  });

  it('every entry names a source and a description (kms-semantics section 5)', () => {
    for (const k of CONDITION_KEYS) {
      expect(k.source).toMatch(/^S\d+$/);
      expect(k.description.length).toBeGreaterThan(5);
    }
  });
});

describe('conditionKeyAppliesTo', () => {
  it('kms:EncryptionContext:* applies to the symmetric crypto operations and CreateGrant only (S4)', () => {
    expect(conditionKeyAppliesTo('kms:EncryptionContext:AppName', 'Decrypt')).toBe(true);
    expect(conditionKeyAppliesTo('kms:EncryptionContext:AppName', 'kms:CreateGrant')).toBe(true);
    expect(conditionKeyAppliesTo('kms:EncryptionContext:AppName', 'ReEncrypt')).toBe(true);
    expect(conditionKeyAppliesTo('kms:EncryptionContext:AppName', 'Sign')).toBe(false);
    expect(conditionKeyAppliesTo('kms:EncryptionContext:AppName', 'DescribeKey')).toBe(false);
  });

  it('keyResourceOps keys apply to every key operation but not to keyless ones (S4 kms:ViaService; S15)', () => {
    for (const op of KEY_RESOURCE_OPERATIONS)
      expect(conditionKeyAppliesTo('kms:ViaService', op)).toBe(true);
    expect(conditionKeyAppliesTo('kms:ViaService', 'ListKeys')).toBe(false);
    expect(conditionKeyAppliesTo('kms:KeySpec', 'CreateKey')).toBe(true);
    expect(conditionKeyAppliesTo('kms:CallerAccount', 'CreateCustomKeyStore')).toBe(true);
  });

  it('request-parameter keys apply only to their operations (S4; S41)', () => {
    expect(conditionKeyAppliesTo('kms:GrantOperations', 'CreateGrant')).toBe(true);
    expect(conditionKeyAppliesTo('kms:GrantOperations', 'Encrypt')).toBe(false);
    expect(conditionKeyAppliesTo('kms:RotationPeriodInDays', 'EnableKeyRotation')).toBe(true);
    expect(conditionKeyAppliesTo('kms:RequestAlias', 'PutKeyPolicy')).toBe(false);
    expect(conditionKeyAppliesTo('kms:BypassPolicyLockoutSafetyCheck', 'PutKeyPolicy')).toBe(true);
  });

  it('global keys apply to any operation unless tied to tags (S39)', () => {
    expect(conditionKeyAppliesTo('aws:SourceIp', 'Decrypt')).toBe(true);
    expect(conditionKeyAppliesTo('aws:RequestTag/Owner', 'TagResource')).toBe(true);
    expect(conditionKeyAppliesTo('aws:RequestTag/Owner', 'Decrypt')).toBe(false);
    expect(conditionKeyAppliesTo('aws:TagKeys', 'UntagResource')).toBe(true);
  });

  it("unknown keys answer 'unknown' (S39)", () => {
    expect(conditionKeyAppliesTo('s3:prefix', 'Decrypt')).toBe('unknown');
  });

  it('KEY_RESOURCE_OPERATIONS has no duplicates (S15)', () => {
    expect(new Set(KEY_RESOURCE_OPERATIONS).size).toBe(KEY_RESOURCE_OPERATIONS.length);
    expect(KEY_RESOURCE_OPERATIONS).toHaveLength(43);
  });
});
