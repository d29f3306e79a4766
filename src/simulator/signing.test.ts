/**
 * Sign/Verify, GenerateMac/VerifyMac, GenerateDataKeyPair(WithoutPlaintext) and ReplicateKey:
 * authorization, validation, state and (async path) real WebCrypto results.
 */
import { describe, expect, it } from 'vitest';
import { createSimulatorPort } from '../crypto/simulatorPort';
import { derToEcdsa, ecdsaToDer } from '../crypto/simulatorPortSigning';
import type { Json } from '../scenario/types';
import { textToBase64 } from './base64';
import { call, callAsync } from './call';
import type { CryptoJob } from './cryptoPort';
import { materialRef } from './ops/cryptoJobs';
import { ALICE, BOB, KEY_ARN, fixture } from './testing';
import type { SimulatorState } from './types';

const MSG = textToBase64('pay 10 to Bob');
const port = createSimulatorPort();

async function newKey(params: Record<string, Json>, s: SimulatorState = fixture()) {
  const r = await callAsync(s, ALICE, 'CreateKey', params, port);
  expect(r.error).toBeUndefined();
  return { state: r.state, arn: String((r.response?.KeyMetadata as { Arn: string }).Arn) };
}
const b64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

describe('Sign and Verify', () => {
  it('ECDSA: a DER signature that Verify accepts; another message is KMSInvalidSignatureException', async () => {
    const { state, arn } = await newKey({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const p = { KeyId: arn, Message: MSG, SigningAlgorithm: 'ECDSA_SHA_256' };
    const signed = await callAsync(state, ALICE, 'Sign', p, port);
    const sig = String(signed.response?.Signature);
    expect(b64(sig)[0]).toBe(0x30); // DER SEQUENCE
    const ok = await callAsync(signed.state, ALICE, 'Verify', { ...p, Signature: sig }, port);
    expect(ok.response).toEqual({
      KeyId: arn,
      SignatureValid: true,
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
    const other = { ...p, Message: textToBase64('pay 1000 to Bob'), Signature: sig };
    const bad = await callAsync(ok.state, ALICE, 'Verify', other, port);
    expect(bad.error?.code).toBe('KMSInvalidSignatureException');
    expect(bad.state.audit.at(-1)?.errorCode).toBe('KMSInvalidSignatureException');
    // CloudTrail records the key and algorithm, never the message or the signature.
    expect(bad.state.audit.at(-1)?.requestParameters).toEqual({
      keyId: arn,
      signingAlgorithm: 'ECDSA_SHA_256',
    });
  });

  it('RSA: PSS and PKCS #1 v1.5 signatures verify; an algorithm that does not fit the key is InvalidKeyUsageException', async () => {
    const { state, arn } = await newKey({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
    for (const SigningAlgorithm of ['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384']) {
      const p = { KeyId: arn, Message: MSG, SigningAlgorithm };
      const s = await callAsync(state, ALICE, 'Sign', p, port);
      expect(b64(String(s.response?.Signature))).toHaveLength(256);
      const v = await callAsync(
        state,
        ALICE,
        'Verify',
        { ...p, Signature: String(s.response?.Signature) },
        port,
      );
      expect(v.response?.SignatureValid).toBe(true);
    }
    const wrong = await callAsync(
      state,
      ALICE,
      'Sign',
      { KeyId: arn, Message: MSG, SigningAlgorithm: 'ECDSA_SHA_256' },
      port,
    );
    expect(wrong.error?.code).toBe('InvalidKeyUsageException');
  });

  it('Sign on a symmetric key is InvalidKeyUsageException (engine); a denied Sign never reaches the port', async () => {
    const sym = await callAsync(
      fixture(),
      ALICE,
      'Sign',
      { KeyId: KEY_ARN, Message: MSG, SigningAlgorithm: 'ECDSA_SHA_256' },
      port,
    );
    expect(sym.error?.code).toBe('InvalidKeyUsageException');
    const { state, arn } = await newKey({ KeySpec: 'ECC_NIST_P384', KeyUsage: 'SIGN_VERIFY' });
    const jobs: CryptoJob[] = [];
    const spy = { ...port, run: (j: CryptoJob) => (jobs.push(j), port.run(j)) };
    const denied = await callAsync(
      state,
      BOB,
      'Sign',
      { KeyId: arn, Message: MSG, SigningAlgorithm: 'ECDSA_SHA_384' },
      spy,
    );
    expect(denied.error?.code).toBe('AccessDeniedException');
    expect(jobs).toEqual([]);
  });

  it('DER and raw ECDSA signatures convert both ways, including high bits and leading zeros', () => {
    const raw = new Uint8Array(64);
    raw[0] = 0x00;
    raw[1] = 0x01;
    raw[32] = 0xff;
    raw[63] = 7;
    const der = ecdsaToDer(raw);
    expect(der[0]).toBe(0x30);
    expect(derToEcdsa(der, 32)).toEqual(raw);
    expect(derToEcdsa(der.slice(0, -1), 32)).toBeNull();
    const big = new Uint8Array(132).fill(0xab); // P-521: a long-form DER length
    expect(derToEcdsa(ecdsaToDer(big), 66)).toEqual(big);
  });
});

describe('asymmetric encryption', () => {
  it('is authorized by the engine but refused by the simulator, whose blobs are symmetric', async () => {
    const { state, arn } = await newKey({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    const r = await callAsync(state, ALICE, 'Encrypt', { KeyId: arn, Plaintext: MSG }, port);
    expect(r.evaluation?.outcome).toBe('Allowed');
    expect(r.error?.code).toBe('UnsupportedOperationException');
    expect(r.state.audit.at(-1)?.errorCode).toBe('UnsupportedOperationException');
  });
});

describe('GenerateMac and VerifyMac', () => {
  it('an HMAC that VerifyMac accepts; a changed message is KMSInvalidMacException', async () => {
    const { state, arn } = await newKey({ KeySpec: 'HMAC_256' });
    const p = { KeyId: arn, Message: MSG, MacAlgorithm: 'HMAC_SHA_256' };
    const m = await callAsync(state, ALICE, 'GenerateMac', p, port);
    expect(b64(String(m.response?.Mac))).toHaveLength(32);
    const ok = await callAsync(
      state,
      ALICE,
      'VerifyMac',
      { ...p, Mac: String(m.response?.Mac) },
      port,
    );
    expect(ok.response).toEqual({ KeyId: arn, MacValid: true, MacAlgorithm: 'HMAC_SHA_256' });
    const bad = await callAsync(
      state,
      ALICE,
      'VerifyMac',
      { ...p, Message: textToBase64('x'), Mac: String(m.response?.Mac) },
      port,
    );
    expect(bad.error?.code).toBe('KMSInvalidMacException');
    const wrongAlg = await callAsync(
      state,
      ALICE,
      'GenerateMac',
      { ...p, MacAlgorithm: 'HMAC_SHA_512' },
      port,
    );
    expect(wrongAlg.error?.code).toBe('InvalidKeyUsageException');
  });

  it('the sync path signs and verifies with marked placeholders', () => {
    const created = call(fixture(), ALICE, 'CreateKey', { KeySpec: 'HMAC_384' });
    const arn = String((created.response?.KeyMetadata as { Arn: string }).Arn);
    const p = { KeyId: arn, Message: MSG, MacAlgorithm: 'HMAC_SHA_384' };
    const m = call(created.state, ALICE, 'GenerateMac', p);
    expect(m.response?.Mac).toMatch(/^SIMULATED-PLACEHOLDER-MAC-/);
    expect(
      call(m.state, ALICE, 'VerifyMac', { ...p, Mac: String(m.response?.Mac) }).response?.MacValid,
    ).toBe(true);
    expect(call(m.state, ALICE, 'VerifyMac', { ...p, Mac: 'nope' }).error?.code).toBe(
      'KMSInvalidMacException',
    );
  });
});

describe('GenerateDataKeyPair', () => {
  it('returns a usable public key and a private key whose encrypted copy decrypts to it', async () => {
    const r = await callAsync(
      fixture(),
      ALICE,
      'GenerateDataKeyPair',
      { KeyId: KEY_ARN, KeyPairSpec: 'ECC_NIST_P256' },
      port,
    );
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
    const d = await callAsync(
      r.state,
      ALICE,
      'Decrypt',
      { CiphertextBlob: String(r.response?.PrivateKeyCiphertextBlob) },
      port,
    );
    expect(d.response?.Plaintext).toBe(r.response?.PrivateKeyPlaintext);
    const w = await callAsync(
      r.state,
      ALICE,
      'GenerateDataKeyPairWithoutPlaintext',
      { KeyId: KEY_ARN, KeyPairSpec: 'RSA_2048' },
      port,
    );
    expect(w.response).not.toHaveProperty('PrivateKeyPlaintext');
    const k1 = await callAsync(
      r.state,
      ALICE,
      'GenerateDataKeyPair',
      { KeyId: KEY_ARN, KeyPairSpec: 'ECC_SECG_P256K1' },
      port,
    );
    expect(k1.error?.code).toBe('UnsupportedOperationException');
    const badSpec = await callAsync(
      r.state,
      ALICE,
      'GenerateDataKeyPair',
      { KeyId: KEY_ARN, KeyPairSpec: 'RSA_1024' },
      port,
    );
    expect(badSpec.error?.code).toBe('ValidationException');
  });
});

describe('ReplicateKey', () => {
  it('copies a multi-Region primary key into another Region with the same key id; once per Region', async () => {
    const { state, arn } = await newKey({ MultiRegion: true });
    const r = call(state, ALICE, 'ReplicateKey', {
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
    const d = call(r.state, ALICE, 'DescribeKey', { KeyId: arn });
    expect(d.response?.KeyMetadata).toMatchObject({
      MultiRegionConfiguration: { ReplicaKeys: [{ Arn: replica.arn, Region: 'eu-west-1' }] },
    });
    expect(
      call(r.state, ALICE, 'ReplicateKey', { KeyId: arn, ReplicaRegion: 'eu-west-1' }).error?.code,
    ).toBe('AlreadyExistsException');
    expect(
      call(r.state, ALICE, 'ReplicateKey', { KeyId: replica.arn, ReplicaRegion: 'ap-south-1' })
        .error?.code,
    ).toBe('UnsupportedOperationException');
    expect(
      call(r.state, ALICE, 'ReplicateKey', { KeyId: KEY_ARN, ReplicaRegion: 'eu-west-1' }).error
        ?.code,
    ).toBe('UnsupportedOperationException');
    const denied = call(state, BOB, 'ReplicateKey', { KeyId: arn, ReplicaRegion: 'eu-west-1' });
    expect(denied.error?.code).toBe('AccessDeniedException');
    expect(denied.state.scenario).toBe(state.scenario);
  });

  it('the replica shares the primary key material (multi-Region keys overview) and encrypts and decrypts', async () => {
    const { state, arn } = await newKey({ MultiRegion: true });
    const r = await callAsync(
      state,
      ALICE,
      'ReplicateKey',
      { KeyId: arn, ReplicaRegion: 'eu-west-1' },
      port,
    );
    const replica = String((r.response?.ReplicaKeyMetadata as { Arn: string }).Arn);
    const e = await callAsync(r.state, ALICE, 'Encrypt', { KeyId: replica, Plaintext: MSG }, port);
    const d = await callAsync(
      e.state,
      ALICE,
      'Decrypt',
      { CiphertextBlob: String(e.response?.CiphertextBlob) },
      port,
    );
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
