/**
 * Algorithms for today's key specs (S22 API_Sign, API_Encrypt and InvalidKeyUsageException; P17):
 * ML-DSA, Ed25519, ECDSA curves, RSA, SM2.
 */
import { describe, expect, it } from 'vitest';
import type { Json, Key } from '../../scenario/types';
import { ALICE, doc, key, request, run } from '../testing/build';

const aliceAll = doc({
  Sid: 'Alice',
  Effect: 'Allow',
  Principal: { AWS: ALICE },
  Action: 'kms:*',
  Resource: '*',
});
const call = (action: string, over: Partial<Key>, parameters: Record<string, Json>) =>
  run({ keys: [key({ policy: aliceAll, ...over })], requests: [request({ action, parameters })] });
const sign = (keySpec: string, parameters: Record<string, Json>) =>
  call('kms:Sign', { keySpec, keyUsage: 'SIGN_VERIFY' }, { Message: 'eA==', ...parameters });

describe('signing algorithms per key spec (S22 API_Sign, P17)', () => {
  it('ML-DSA keys sign with ML_DSA_SHAKE_256, RAW or EXTERNAL_MU; other keys cannot use EXTERNAL_MU (S22, P17)', () => {
    expect(sign('ML_DSA_65', { SigningAlgorithm: 'ML_DSA_SHAKE_256' }).outcome).toBe('Allowed');
    expect(
      sign('ML_DSA_87', { SigningAlgorithm: 'ML_DSA_SHAKE_256', MessageType: 'EXTERNAL_MU' })
        .outcome,
    ).toBe('Allowed');
    expect(
      sign('ECC_NIST_P256', { SigningAlgorithm: 'ECDSA_SHA_256', MessageType: 'EXTERNAL_MU' })
        .outcome,
    ).toBe('ValidationException');
  });

  it('Ed25519: ED25519_SHA_512 needs RAW, ED25519_PH_SHA_512 needs DIGEST (S22 API_Sign MessageType, P17)', () => {
    const ed = (SigningAlgorithm: string, MessageType: string) =>
      sign('ECC_NIST_EDWARDS25519', { SigningAlgorithm, MessageType }).outcome;
    expect(ed('ED25519_SHA_512', 'RAW')).toBe('Allowed');
    expect(ed('ED25519_SHA_512', 'DIGEST')).toBe('ValidationException');
    expect(ed('ED25519_PH_SHA_512', 'DIGEST')).toBe('Allowed');
    expect(ed('ED25519_PH_SHA_512', 'RAW')).toBe('ValidationException');
  });

  it('an algorithm the key spec does not support is InvalidKeyUsageException (S22 InvalidKeyUsageException)', () => {
    const p384 = sign('ECC_NIST_P384', { SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(p384.outcome).toBe('InvalidKeyUsageException');
    expect(p384.message).toContain('ECDSA_SHA_384');
    expect(sign('ECC_NIST_P384', { SigningAlgorithm: 'ECDSA_SHA_384' }).outcome).toBe('Allowed');
    expect(sign('RSA_3072', { SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_512' }).outcome).toBe(
      'Allowed',
    );
    expect(sign('SM2', { SigningAlgorithm: 'SM2DSA' }).outcome).toBe('Allowed');
    expect(sign('ML_DSA_44', { SigningAlgorithm: 'ECDSA_SHA_256' }).outcome).toBe(
      'InvalidKeyUsageException',
    );
  });

  it('encryption algorithms: RSAES_OAEP on RSA, SM2PKE on SM2, SYMMETRIC_DEFAULT on symmetric keys (S22 API_Encrypt)', () => {
    const enc = (keySpec: string, EncryptionAlgorithm: string) =>
      call('kms:Encrypt', { keySpec }, { Plaintext: 'eA==', EncryptionAlgorithm }).outcome;
    expect(enc('RSA_2048', 'RSAES_OAEP_SHA_256')).toBe('Allowed');
    expect(enc('RSA_2048', 'SYMMETRIC_DEFAULT')).toBe('InvalidKeyUsageException');
    expect(enc('SM2', 'SM2PKE')).toBe('Allowed');
    expect(enc('SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1')).toBe('InvalidKeyUsageException');
  });
});
