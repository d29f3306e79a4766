/**
 * Asymmetric encryption (refused), GenerateDataKeyPair(WithoutPlaintext) and ReplicateKey:
 * authorization, validation, state and real WebCrypto results.
 */
import { describe, expect, it } from 'vitest';
import { createSimulatorPort } from '../crypto/simulatorPort';
import { viaPort } from './testing/crypto';
import { materialRef } from './ops/cryptoJobs';
import { withPolicy } from '../engine/testing/build';
import { ACCOUNT, ALICE, BOB, KEY_ARN, fixture } from './testing';
import { MSG, b64, callerVia, newKey } from './testing/crypto';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

const port = createSimulatorPort();
const alice = callerVia(port);

describe('asymmetric encryption', () => {
  it('is authorized by the engine but refused by the simulator, whose blobs are symmetric', async () => {
    const { state, arn } = await newKey(port, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    const r = await alice(state, 'Encrypt', { KeyId: arn, Plaintext: MSG });
    expect(r.evaluation?.outcome).toBe('Allowed');
    expect(r.error?.code).toBe('UnsupportedOperationException');
    expect(r.state.audit.at(-1)?.errorCode).toBe('UnsupportedOperationException');
  });
});

describe('GenerateDataKeyPair', () => {
  it('returns a usable public key and a private key whose encrypted copy decrypts to it', async () => {
    const r = await alice(fixture(), 'GenerateDataKeyPair', {
      KeyId: KEY_ARN,
      KeyPairSpec: 'ECC_NIST_P256',
    });
    expect(Object.keys(r.response ?? {})).toEqual([
      'PrivateKeyCiphertextBlob',
      'PrivateKeyPlaintext',
      'PublicKey',
      'KeyId',
      'KeyPairSpec',
    ]);
    // A DER SubjectPublicKeyInfo of a P-256 key is 91 bytes.
    const pub = b64(String(r.response?.PublicKey));
    expect([pub[0], pub.length]).toEqual([0x30, 91]);
    const d = await alice(r.state, 'Decrypt', {
      CiphertextBlob: String(r.response?.PrivateKeyCiphertextBlob),
    });
    expect(d.response?.Plaintext).toBe(r.response?.PrivateKeyPlaintext);
    const w = await alice(r.state, 'GenerateDataKeyPairWithoutPlaintext', {
      KeyId: KEY_ARN,
      KeyPairSpec: 'RSA_2048',
    });
    expect(w.response).not.toHaveProperty('PrivateKeyPlaintext');
    const k1 = await alice(r.state, 'GenerateDataKeyPair', {
      KeyId: KEY_ARN,
      KeyPairSpec: 'ECC_SECG_P256K1',
    });
    expect(k1.error?.code).toBe('UnsupportedOperationException');
    const badSpec = await alice(r.state, 'GenerateDataKeyPair', {
      KeyId: KEY_ARN,
      KeyPairSpec: 'RSA_1024',
    });
    expect(badSpec.error?.code).toBe('ValidationException');
  });
});

describe('ReplicateKey', () => {
  it('copies a multi-Region primary key into another Region with the same key id; once per Region', async () => {
    const { state, arn } = await newKey(port, { MultiRegion: true });
    const r = await call(state, ALICE, 'ReplicateKey', {
      KeyId: arn,
      ReplicaRegion: 'eu-west-1',
      Description: 'EU copy',
    });
    const replica = r.state.scenario.keys.at(-1)!;
    expect(replica).toMatchObject({
      arn: arn.replace('us-east-1', 'eu-west-1'),
      multiRegionKeyType: 'REPLICA',
      keySpec: 'SYMMETRIC_DEFAULT',
      aliases: [],
    });
    expect(r.response?.ReplicaKeyMetadata).toMatchObject({
      Arn: replica.arn,
      Description: 'EU copy',
      MultiRegionConfiguration: { MultiRegionKeyType: 'REPLICA', PrimaryKey: { Arn: arn } },
    });
    const d = await call(r.state, ALICE, 'DescribeKey', { KeyId: arn });
    expect(d.response?.KeyMetadata).toMatchObject({
      MultiRegionConfiguration: { ReplicaKeys: [{ Arn: replica.arn, Region: 'eu-west-1' }] },
    });
    expect(
      (await call(r.state, ALICE, 'ReplicateKey', { KeyId: arn, ReplicaRegion: 'eu-west-1' })).error
        ?.code,
    ).toBe('AlreadyExistsException');
    expect(
      (
        await call(r.state, ALICE, 'ReplicateKey', {
          KeyId: replica.arn,
          ReplicaRegion: 'ap-south-1',
        })
      ).error?.code,
    ).toBe('UnsupportedOperationException');
    expect(
      (await call(r.state, ALICE, 'ReplicateKey', { KeyId: KEY_ARN, ReplicaRegion: 'eu-west-1' }))
        .error?.code,
    ).toBe('UnsupportedOperationException');
    const denied = await call(state, BOB, 'ReplicateKey', {
      KeyId: arn,
      ReplicaRegion: 'eu-west-1',
    });
    expect(denied.error?.code).toBe('AccessDeniedException');
    expect(denied.state.scenario).toBe(state.scenario);
  });

  it('needs kms:CreateKey in the replica Region too (ReplicateKey API reference, Required permissions)', async () => {
    const { state, arn } = await newKey(port, { MultiRegion: true });
    // Carol's IAM policy allows ReplicateKey on the primary key and CreateKey only in ap-south-1.
    const carol = `arn:aws:iam::${ACCOUNT}:user/Carol`;
    const withCarol = {
      ...state,
      scenario: {
        ...state.scenario,
        principals: [
          ...state.scenario.principals,
          withPolicy(
            carol,
            { Effect: 'Allow', Action: 'kms:ReplicateKey', Resource: arn },
            {
              Effect: 'Allow',
              Action: 'kms:CreateKey',
              Resource: '*',
              Condition: { StringEquals: { 'aws:RequestedRegion': 'ap-south-1' } },
            },
          ),
        ],
      },
    };
    const denied = await call(withCarol, carol, 'ReplicateKey', {
      KeyId: arn,
      ReplicaRegion: 'eu-west-1',
    });
    expect(denied.error?.code).toBe('AccessDeniedException');
    expect(denied.error?.message).toMatch(/kms:CreateKey/);
    expect(denied.state.scenario.keys).toHaveLength(withCarol.scenario.keys.length);
    expect(denied.state.audit.at(-1)).toMatchObject({
      eventName: 'ReplicateKey',
      errorCode: 'AccessDeniedException',
    });
    const allowed = await call(withCarol, carol, 'ReplicateKey', {
      KeyId: arn,
      ReplicaRegion: 'ap-south-1',
    });
    expect(allowed.error).toBeUndefined();
    expect(allowed.state.scenario.keys.at(-1)?.arn).toBe(arn.replace('us-east-1', 'ap-south-1'));
  });

  it('the replica shares the primary key material (multi-Region keys overview) and encrypts and decrypts', async () => {
    const { state, arn } = await newKey(port, { MultiRegion: true });
    const r = await alice(state, 'ReplicateKey', { KeyId: arn, ReplicaRegion: 'eu-west-1' });
    const replica = String((r.response?.ReplicaKeyMetadata as { Arn: string }).Arn);
    const e = await alice(r.state, 'Encrypt', { KeyId: replica, Plaintext: MSG });
    const d = await alice(e.state, 'Decrypt', {
      CiphertextBlob: String(e.response?.CiphertextBlob),
    });
    expect(d.response).toMatchObject({ KeyId: replica, Plaintext: MSG });
    const keys = d.state.scenario.keys;
    const ref = (a: string) =>
      materialRef(
        d.state,
        keys.find((k) => k.arn === a)!,
      );
    expect(ref(replica).materialId).toBe(ref(arn).materialId);
    expect(ref(KEY_ARN).materialId).toBeUndefined();
  });
});
