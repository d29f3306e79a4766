import { describe, expect, it } from 'vitest';
import { HELLO, viaPort } from './testing/crypto';
import { advance } from './clock';
import { ACCOUNT, ALICE, BOB, KEY_ARN, fixture } from './testing';
import type { SimulatorState } from './types';
import type { Json } from '../scenario/types';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

const keyOf = (s: SimulatorState, arn: string) => s.scenario.keys.find((k) => k.arn === arn);

/** Calls as Alice and expects success. */
async function ok(s: SimulatorState, op: string, params: Record<string, Json>) {
  const r = await call(s, ALICE, op, params);
  expect(r.error).toBeUndefined();
  return { state: r.state, response: r.response ?? {} };
}

describe('key policy, rotation, aliases, tags', () => {
  it('GetKeyPolicy / PutKeyPolicy', async () => {
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
    const p = await ok(fixture(), 'PutKeyPolicy', {
      KeyId: KEY_ARN,
      Policy: JSON.stringify(policy),
    });
    expect(keyOf(p.state, KEY_ARN)?.policy).toEqual(policy);
    const g = await ok(p.state, 'GetKeyPolicy', { KeyId: KEY_ARN, PolicyName: 'default' });
    expect(JSON.parse(g.response.Policy as string)).toEqual(policy);
    expect(
      (await call(fixture(), ALICE, 'PutKeyPolicy', { KeyId: KEY_ARN, Policy: '{not json' })).error
        ?.code,
    ).toBe('MalformedPolicyDocumentException');
  });

  it('rotation: enable, status, on demand, automatic, disable', async () => {
    let s = (await ok(fixture(), 'EnableKeyRotation', { KeyId: KEY_ARN, RotationPeriodInDays: 90 }))
      .state;
    expect((await ok(s, 'GetKeyRotationStatus', { KeyId: KEY_ARN })).response).toEqual({
      KeyRotationEnabled: true,
      KeyId: KEY_ARN,
      RotationPeriodInDays: 90,
      NextRotationDate: '2026-05-30T15:00:00+00:00',
    });
    s = (await ok(s, 'RotateKeyOnDemand', { KeyId: KEY_ARN })).state;
    s = advance(s, 181 * 86400);
    const rot = (await ok(s, 'ListKeyRotations', { KeyId: KEY_ARN })).response.Rotations as Record<
      string,
      Json
    >[];
    expect(rot.map((r) => r.RotationType)).toEqual(['ON_DEMAND', 'AUTOMATIC', 'AUTOMATIC']);
    expect(
      (await ok(s, 'GetKeyRotationStatus', { KeyId: KEY_ARN })).response.NextRotationDate,
    ).toBe('2026-11-26T15:00:00+00:00');
    s = (await ok(s, 'DisableKeyRotation', { KeyId: KEY_ARN })).state;
    expect((await ok(s, 'GetKeyRotationStatus', { KeyId: KEY_ARN })).response).toEqual({
      KeyRotationEnabled: false,
      KeyId: KEY_ARN,
    });
    expect(
      (await call(s, ALICE, 'EnableKeyRotation', { KeyId: KEY_ARN, RotationPeriodInDays: 30 }))
        .error?.code,
    ).toBe('ValidationException');
  });

  it('aliases: create, duplicate, reserved prefix, update, delete, list', async () => {
    const c = await ok(fixture(), 'CreateKey', {});
    const arn = (c.response.KeyMetadata as Record<string, Json>).Arn as string;
    let s = (await ok(c.state, 'CreateAlias', { AliasName: 'alias/new', TargetKeyId: arn })).state;
    expect(keyOf(s, arn)?.aliases).toEqual(['alias/new']);
    expect(
      (await call(s, ALICE, 'CreateAlias', { AliasName: 'alias/new', TargetKeyId: KEY_ARN })).error
        ?.code,
    ).toBe('AlreadyExistsException');
    expect(
      (await call(s, ALICE, 'CreateAlias', { AliasName: 'alias/aws/x', TargetKeyId: KEY_ARN }))
        .error?.code,
    ).toBe('NotAuthorizedException');
    s = (await ok(s, 'UpdateAlias', { AliasName: 'alias/new', TargetKeyId: KEY_ARN })).state;
    expect(keyOf(s, KEY_ARN)?.aliases).toEqual(['alias/app', 'alias/new']);
    s = (await ok(s, 'DeleteAlias', { AliasName: 'alias/app' })).state;
    const list = (await ok(s, 'ListAliases', { KeyId: KEY_ARN })).response.Aliases as Record<
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

  it('tags: tag, list, untag; aws: prefix reserved', async () => {
    let s = (
      await ok(fixture(), 'TagResource', {
        KeyId: KEY_ARN,
        Tags: [{ TagKey: 'team', TagValue: 'red' }],
      })
    ).state;
    expect((await ok(s, 'ListResourceTags', { KeyId: KEY_ARN })).response.Tags).toEqual([
      { TagKey: 'team', TagValue: 'red' },
    ]);
    s = (await ok(s, 'UntagResource', { KeyId: KEY_ARN, TagKeys: ['team'] })).state;
    expect(keyOf(s, KEY_ARN)?.tags).toEqual({});
    expect(
      (
        await call(s, ALICE, 'TagResource', {
          KeyId: KEY_ARN,
          Tags: [{ TagKey: 'aws:x', TagValue: '1' }],
        })
      ).error?.code,
    ).toBe('TagException');
  });

  it('ListKeys lists the account keys', async () => {
    const keys = (await ok(fixture(), 'ListKeys', {})).response.Keys as Record<string, Json>[];
    expect(keys.map((k) => k.KeyArn)).toContain(KEY_ARN);
    expect(keys).toHaveLength(3);
  });
});

describe('ReEncrypt', () => {
  it('needs ReEncryptFrom on the source and ReEncryptTo on the destination', async () => {
    const c = await ok(fixture(), 'CreateKey', {});
    const dest = (c.response.KeyMetadata as Record<string, Json>).Arn as string;
    const e = await ok(c.state, 'Encrypt', {
      KeyId: KEY_ARN,
      Plaintext: HELLO,
      EncryptionContext: { a: '1' },
    });
    const blob = e.response.CiphertextBlob as string;
    const r = await ok(e.state, 'ReEncrypt', {
      CiphertextBlob: blob,
      DestinationKeyId: dest,
      SourceEncryptionContext: { a: '1' },
      DestinationEncryptionContext: { b: '2' },
    });
    expect(r.response).toMatchObject({ SourceKeyId: KEY_ARN, KeyId: dest });
    const d = await ok(r.state, 'Decrypt', {
      CiphertextBlob: r.response.CiphertextBlob as string,
      EncryptionContext: { b: '2' },
    });
    expect(d.response).toMatchObject({ KeyId: dest, Plaintext: HELLO });
    expect(
      (await call(e.state, BOB, 'ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: dest }))
        .error?.code,
    ).toBe('AccessDeniedException');
    expect(
      (await call(e.state, ALICE, 'ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: dest }))
        .error?.code,
    ).toBe('InvalidCiphertextException');
  });
});

describe('descriptions and imported material', () => {
  it('UpdateKeyDescription', async () => {
    const r = await ok(fixture(), 'UpdateKeyDescription', { KeyId: KEY_ARN, Description: 'new' });
    expect(keyOf(r.state, KEY_ARN)?.description).toBe('new');
  });

  it('ImportKeyMaterial brings a PendingImport key back to Enabled', async () => {
    const c = await ok(fixture(), 'CreateKey', { Origin: 'EXTERNAL' });
    const arn = (c.response.KeyMetadata as Record<string, Json>).Arn as string;
    expect((await call(c.state, ALICE, 'EnableKey', { KeyId: arn })).error?.code).toBe(
      'KMSInvalidStateException',
    );
    const i = await ok(c.state, 'ImportKeyMaterial', { KeyId: arn });
    expect(keyOf(i.state, arn)?.state).toBe('Enabled');
    expect(i.state.keyMeta[arn]?.importedMaterial).toBe(true);
  });
});
