/**
 * Test support: the official AWS Encryption SDK for JavaScript (Node), a dev dependency used only
 * by tests, configured to match our raw AES keyring.
 */
import {
  AlgorithmSuiteIdentifier,
  buildClient,
  CommitmentPolicy,
  RawAesKeyringNode,
  RawAesWrappingSuiteIdentifier,
} from '@aws-crypto/client-node';
import type { Bytes } from '../bytes';
import type { RawAesKeyring } from '../esdk/rawAesKeyring';

export const KEY_NAMESPACE = 'kms-playground';
export const KEY_NAME =
  'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
/** A fixed demo wrapping key (tests only). */
export const WRAPPING_KEY_BYTES: Bytes = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 3);

const sdk = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);

/** The SDK's keyring; it zeroes the key it is given, so it gets a copy. */
export function sdkKeyring(): RawAesKeyringNode {
  return new RawAesKeyringNode({
    keyNamespace: KEY_NAMESPACE,
    keyName: KEY_NAME,
    unencryptedMasterKey: new Uint8Array(WRAPPING_KEY_BYTES),
    wrappingSuite: RawAesWrappingSuiteIdentifier.AES256_GCM_IV12_TAG16_NO_PADDING,
    utf8Sorting: true,
  });
}

/** Our keyring over the same wrapping key, as a non-extractable CryptoKey. */
export async function playgroundKeyring(): Promise<RawAesKeyring> {
  const wrappingKey = await globalThis.crypto.subtle.importKey(
    'raw',
    new Uint8Array(WRAPPING_KEY_BYTES),
    'AES-GCM',
    false,
    ['encrypt', 'decrypt'],
  );
  return { keyNamespace: KEY_NAMESPACE, keyName: KEY_NAME, wrappingKey };
}

/** Encrypts with the SDK, suite 0x0478 (or 0x0578 when `signed`). */
export async function sdkEncrypt(
  plaintext: Uint8Array,
  encryptionContext: Record<string, string>,
  frameLength: number,
  signed = false,
): Promise<Bytes> {
  const suiteId = signed
    ? AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY_ECDSA_P384
    : AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY;
  const { result } = await sdk.encrypt(sdkKeyring(), Buffer.from(plaintext), {
    encryptionContext,
    frameLength,
    suiteId,
  });
  return new Uint8Array(result);
}

/** Decrypts with the SDK. */
export async function sdkDecrypt(message: Uint8Array) {
  const { plaintext, messageHeader } = await sdk.decrypt(sdkKeyring(), Buffer.from(message));
  return { plaintext: new Uint8Array(plaintext), messageHeader };
}
