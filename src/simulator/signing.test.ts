/**
 * Sign/Verify and GenerateMac/VerifyMac: authorization, validation and real WebCrypto
 * results; keyPairReplicate.test.ts has key pairs and replicas.
 */
import { describe, expect, it } from 'vitest';
import { createSimulatorPort } from '../crypto/simulatorPort';
import { derToEcdsa, ecdsaToDer } from '../crypto/simulatorPortSigning';
import { textToBase64 } from './base64';
import { BOB, KEY_ARN, fixture } from './testing';
import { MSG, b64, callerVia, newKey, recordingPort } from './testing/crypto';

const port = createSimulatorPort();
const alice = callerVia(port);

describe('Sign and Verify', () => {
  it('ECDSA: a DER signature that Verify accepts; another message is KMSInvalidSignatureException', async () => {
    const { state, arn } = await newKey(port, {
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
    });
    const p = { KeyId: arn, Message: MSG, SigningAlgorithm: 'ECDSA_SHA_256' };
    const signed = await alice(state, 'Sign', p);
    const sig = String(signed.response?.Signature);
    expect(b64(sig)[0]).toBe(0x30); // DER SEQUENCE
    const ok = await alice(signed.state, 'Verify', { ...p, Signature: sig });
    expect(ok.response).toEqual({
      KeyId: arn,
      SignatureValid: true,
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
    const other = { ...p, Message: textToBase64('pay 1000 to Bob'), Signature: sig };
    const bad = await alice(ok.state, 'Verify', other);
    expect(bad.error?.code).toBe('KMSInvalidSignatureException');
    expect(bad.state.audit.at(-1)?.errorCode).toBe('KMSInvalidSignatureException');
    // CloudTrail records the key and algorithm, never the message or the signature.
    expect(bad.state.audit.at(-1)?.requestParameters).toEqual({
      keyId: arn,
      signingAlgorithm: 'ECDSA_SHA_256',
    });
  });

  it('RSA: PSS and PKCS #1 v1.5 signatures verify; an algorithm that does not fit the key is InvalidKeyUsageException', async () => {
    const { state, arn } = await newKey(port, { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
    for (const SigningAlgorithm of ['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384']) {
      const p = { KeyId: arn, Message: MSG, SigningAlgorithm };
      const s = await alice(state, 'Sign', p);
      expect(b64(String(s.response?.Signature))).toHaveLength(256);
      const v = await alice(state, 'Verify', { ...p, Signature: String(s.response?.Signature) });
      expect(v.response?.SignatureValid).toBe(true);
    }
    const wrong = await alice(state, 'Sign', {
      KeyId: arn,
      Message: MSG,
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
    expect(wrong.error?.code).toBe('InvalidKeyUsageException');
  });

  it('Sign on a symmetric key is InvalidKeyUsageException (engine); a denied Sign never reaches the port', async () => {
    const sym = await alice(fixture(), 'Sign', {
      KeyId: KEY_ARN,
      Message: MSG,
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
    expect(sym.error?.code).toBe('InvalidKeyUsageException');
    const { state, arn } = await newKey(port, {
      KeySpec: 'ECC_NIST_P384',
      KeyUsage: 'SIGN_VERIFY',
    });
    const spy = recordingPort(port);
    const denied = await callerVia(spy, BOB)(state, 'Sign', {
      KeyId: arn,
      Message: MSG,
      SigningAlgorithm: 'ECDSA_SHA_384',
    });
    expect(denied.error?.code).toBe('AccessDeniedException');
    expect(spy.jobs).toEqual([]);
  });

  it('DER and raw ECDSA signatures convert both ways, including high bits and leading zeros', async () => {
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

describe('GenerateMac and VerifyMac', () => {
  it('an HMAC that VerifyMac accepts; a changed message is KMSInvalidMacException', async () => {
    const { state, arn } = await newKey(port, { KeySpec: 'HMAC_256' });
    const p = { KeyId: arn, Message: MSG, MacAlgorithm: 'HMAC_SHA_256' };
    const m = await alice(state, 'GenerateMac', p);
    expect(b64(String(m.response?.Mac))).toHaveLength(32);
    const ok = await alice(state, 'VerifyMac', { ...p, Mac: String(m.response?.Mac) });
    expect(ok.response).toEqual({ KeyId: arn, MacValid: true, MacAlgorithm: 'HMAC_SHA_256' });
    const bad = await alice(state, 'VerifyMac', {
      ...p,
      Message: textToBase64('x'),
      Mac: String(m.response?.Mac),
    });
    expect(bad.error?.code).toBe('KMSInvalidMacException');
    const wrongAlg = await alice(state, 'GenerateMac', { ...p, MacAlgorithm: 'HMAC_SHA_512' });
    expect(wrongAlg.error?.code).toBe('InvalidKeyUsageException');
  });
});
