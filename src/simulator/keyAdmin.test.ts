import { describe, expect, it } from 'vitest';
import { call } from './call';
import { advance } from './clock';
import { ACCOUNT, ALICE, BOB, KEY_ARN, fixture } from './testing';
import type { SimulatorState } from './types';
import type { Json } from '../scenario/types';

const keyOf = (s: SimulatorState, arn: string) => s.scenario.keys.find((k) => k.arn === arn);

/** Calls as Alice and expects success. */
function ok(s: SimulatorState, op: string, params: Record<string, Json>) {
  const r = call(s, ALICE, op, params);
  expect(r.error).toBeUndefined();
  return { state: r.state, response: r.response ?? {} };
}

describe('key policy, rotation, aliases, tags', () => {
  it('GetKeyPolicy / PutKeyPolicy', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    };
    const p = ok(fixture(), 'PutKeyPolicy', { KeyId: KEY_ARN, Policy: JSON.stringify(policy) });
    expect(keyOf(p.state, KEY_ARN)?.policy).toEqual(policy);
    const g = ok(p.state, 'GetKeyPolicy', { KeyId: KEY_ARN, PolicyName: 'default' });
    expect(JSON.parse(g.response.Policy as string)).toEqual(policy);
    expect(
      call(fixture(), ALICE, 'PutKeyPolicy', { KeyId: KEY_ARN, Policy: '{not json' }).error?.code,
    ).toBe('MalformedPolicyDocumentException');
  });

  it('rotation: enable, status, on demand, automatic, disable', () => {
    let s = ok(fixture(), 'EnableKeyRotation', { KeyId: KEY_ARN, RotationPeriodInDays: 90 }).state;
    expect(ok(s, 'GetKeyRotationStatus', { KeyId: KEY_ARN }).response).toEqual({
      KeyRotationEnabled: true,
      KeyId: KEY_ARN,
      RotationPeriodInDays: 90,
      NextRotationDate: '2026-05-30T15:00:00+00:00',
    });
    s = ok(s, 'RotateKeyOnDemand', { KeyId: KEY_ARN }).state;
    s = advance(s, 181 * 86400);
    const rot = ok(s, 'ListKeyRotations', { KeyId: KEY_ARN }).response.Rotations as Record<
      string,
      Json
    >[];
    expect(rot.map((r) => r.RotationType)).toEqual(['ON_DEMAND', 'AUTOMATIC', 'AUTOMATIC']);
    expect(ok(s, 'GetKeyRotationStatus', { KeyId: KEY_ARN }).response.NextRotationDate).toBe(
      '2026-11-26T15:00:00+00:00',
    );
    s = ok(s, 'DisableKeyRotation', { KeyId: KEY_ARN }).state;
    expect(ok(s, 'GetKeyRotationStatus', { KeyId: KEY_ARN }).response).toEqual({
      KeyRotationEnabled: false,
      KeyId: KEY_ARN,
    });
    expect(
      call(s, ALICE, 'EnableKeyRotation', { KeyId: KEY_ARN, RotationPeriodInDays: 30 }).error?.code,
    ).toBe('ValidationException');
  });

  it('aliases: create, duplicate, reserved prefix, update, delete, list', () => {
    const c = ok(fixture(), 'CreateKey', {});
    const arn = (c.response.KeyMetadata as Record<string, Json>).Arn as string;
    let s = ok(c.state, 'CreateAlias', { AliasName: 'alias/new', TargetKeyId: arn }).state;
    expect(keyOf(s, arn)?.aliases).toEqual(['alias/new']);
    expect(
      call(s, ALICE, 'CreateAlias', { AliasName: 'alias/new', TargetKeyId: KEY_ARN }).error?.code,
    ).toBe('AlreadyExistsException');
    expect(
      call(s, ALICE, 'CreateAlias', { AliasName: 'alias/aws/x', TargetKeyId: KEY_ARN }).error?.code,
    ).toBe('NotAuthorizedException');
    s = ok(s, 'UpdateAlias', { AliasName: 'alias/new', TargetKeyId: KEY_ARN }).state;
    expect(keyOf(s, KEY_ARN)?.aliases).toEqual(['alias/app', 'alias/new']);
    s = ok(s, 'DeleteAlias', { AliasName: 'alias/app' }).state;
    const list = ok(s, 'ListAliases', { KeyId: KEY_ARN }).response.Aliases as Record<
      string,
      Json
    >[];
    expect(list).toEqual([
      {
        AliasName: 'alias/new',
        AliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/new`,
        TargetKeyId: KEY_ARN.split('/')[1],
      },
    ]);
  });

  it('tags: tag, list, untag; aws: prefix reserved', () => {
    let s = ok(fixture(), 'TagResource', {
      KeyId: KEY_ARN,
      Tags: [{ TagKey: 'team', TagValue: 'red' }],
    }).state;
    expect(ok(s, 'ListResourceTags', { KeyId: KEY_ARN }).response.Tags).toEqual([
      { TagKey: 'team', TagValue: 'red' },
    ]);
    s = ok(s, 'UntagResource', { KeyId: KEY_ARN, TagKeys: ['team'] }).state;
    expect(keyOf(s, KEY_ARN)?.tags).toEqual({});
    expect(
      call(s, ALICE, 'TagResource', { KeyId: KEY_ARN, Tags: [{ TagKey: 'aws:x', TagValue: '1' }] })
        .error?.code,
    ).toBe('TagException');
  });

  it('ListKeys lists the account keys', () => {
    const keys = ok(fixture(), 'ListKeys', {}).response.Keys as Record<string, Json>[];
    expect(keys.map((k) => k.KeyArn)).toContain(KEY_ARN);
    expect(keys).toHaveLength(3);
  });
});

describe('cryptographic calls (placeholder payload, real authorization)', () => {
  it('Encrypt then Decrypt round-trips; the context must match', () => {
    const e = ok(fixture(), 'Encrypt', {
      KeyId: 'alias/app',
      Plaintext: 'hello',
      EncryptionContext: { a: '1' },
    });
    const blob = e.response.CiphertextBlob as string;
    expect(blob).toMatch(/^SIMULATED-PLACEHOLDER-CIPHERTEXT-/);
    const d = ok(e.state, 'Decrypt', { CiphertextBlob: blob, EncryptionContext: { a: '1' } });
    expect(d.response).toMatchObject({ KeyId: KEY_ARN, Plaintext: 'hello' });
    expect(call(e.state, ALICE, 'Decrypt', { CiphertextBlob: blob }).error?.code).toBe(
      'InvalidCiphertextException',
    );
    expect(call(e.state, ALICE, 'Decrypt', { CiphertextBlob: 'garbage' }).error?.code).toBe(
      'InvalidCiphertextException',
    );
  });

  it('GenerateDataKey returns a placeholder key and its ciphertext', () => {
    const g = ok(fixture(), 'GenerateDataKey', { KeyId: KEY_ARN, KeySpec: 'AES_256' });
    expect(g.response).toMatchObject({ KeyId: KEY_ARN });
    expect(g.response.Plaintext).toMatch(/^PLACEHOLDER-DATA-KEY-[0-9a-f]{64}$/);
    const w = ok(fixture(), 'GenerateDataKeyWithoutPlaintext', { KeyId: KEY_ARN });
    expect(w.response.Plaintext).toBeUndefined();
  });
});

describe('ReEncrypt', () => {
  it('needs ReEncryptFrom on the source and ReEncryptTo on the destination', () => {
    const c = ok(fixture(), 'CreateKey', {});
    const dest = (c.response.KeyMetadata as Record<string, Json>).Arn as string;
    const e = ok(c.state, 'Encrypt', {
      KeyId: KEY_ARN,
      Plaintext: 'p',
      EncryptionContext: { a: '1' },
    });
    const blob = e.response.CiphertextBlob as string;
    const r = ok(e.state, 'ReEncrypt', {
      CiphertextBlob: blob,
      DestinationKeyId: dest,
      SourceEncryptionContext: { a: '1' },
      DestinationEncryptionContext: { b: '2' },
    });
    expect(r.response).toMatchObject({ SourceKeyId: KEY_ARN, KeyId: dest });
    const d = ok(r.state, 'Decrypt', {
      CiphertextBlob: r.response.CiphertextBlob as string,
      EncryptionContext: { b: '2' },
    });
    expect(d.response).toMatchObject({ KeyId: dest, Plaintext: 'p' });
    expect(
      call(e.state, BOB, 'ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: dest }).error?.code,
    ).toBe('AccessDeniedException');
    expect(
      call(e.state, ALICE, 'ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: dest }).error
        ?.code,
    ).toBe('InvalidCiphertextException');
  });
});

describe('descriptions and imported material', () => {
  it('UpdateKeyDescription', () => {
    const r = ok(fixture(), 'UpdateKeyDescription', { KeyId: KEY_ARN, Description: 'new' });
    expect(keyOf(r.state, KEY_ARN)?.description).toBe('new');
  });

  it('ImportKeyMaterial brings a PendingImport key back to Enabled', () => {
    const c = ok(fixture(), 'CreateKey', { Origin: 'EXTERNAL' });
    const arn = (c.response.KeyMetadata as Record<string, Json>).Arn as string;
    expect(call(c.state, ALICE, 'EnableKey', { KeyId: arn }).error?.code).toBe(
      'KMSInvalidStateException',
    );
    const i = ok(c.state, 'ImportKeyMaterial', { KeyId: arn });
    expect(keyOf(i.state, arn)?.state).toBe('Enabled');
    expect(i.state.keyMeta[arn]?.importedMaterial).toBe(true);
  });
});
