/**
 * The AWS KMS keyring's side of a message, with the KMS calls made elsewhere (the simulator's one
 * operation layer): encrypting, GenerateDataKey gave a plaintext data key and its CiphertextBlob;
 * decrypting, Decrypt of that blob gave the data key back. The message code then only uses the
 * data key. The encrypted data key is what the SDK's KMS keyring writes (Encryption SDK
 * specification, "AWS KMS Keyring"): provider ID `aws-kms`, provider info the key ARN (UTF-8),
 * ciphertext the CiphertextBlob.
 *
 * A KMS data key may also be wrapped by raw AES keyrings (a multi-keyring's children), e.g. under a
 * key's demo material, so that the official SDK can read an exported message without KMS.
 */
import { utf8, type Bytes } from '../bytes';
import type { EncryptionContext } from '../encryptionContext';
import type { EncryptedDataKey } from './header';
import { unwrapDataKey, wrapDataKey, type RawAesKeyring } from './rawAesKeyring';

/** Provider ID of the encrypted data keys the SDK's AWS KMS keyrings write. */
export const KMS_PROVIDER_ID = 'aws-kms';

/** A data key KMS returned, and when encrypting the encrypted data key it returned with it. */
export interface KmsDataKey {
  /** The plaintext data key (32 bytes); copied by the message code, discarded by the caller. */
  dataKey: Uint8Array;
  /** Encrypting: the aws-kms encrypted data key (kmsEncryptedDataKey). */
  encryptedDataKey?: EncryptedDataKey;
  /** Encrypting: raw AES keyrings that also wrap the data key. */
  alsoWrap?: RawAesKeyring[];
}

/** What the message code encrypts and decrypts with. */
export type Keyring = RawAesKeyring | KmsDataKey;

const isKms = (k: Keyring): k is KmsDataKey => 'dataKey' in k;

/** The encrypted data key of a GenerateDataKey response. */
export function kmsEncryptedDataKey(keyArn: string, ciphertextBlob: Uint8Array): EncryptedDataKey {
  return {
    providerId: KMS_PROVIDER_ID,
    providerInfo: utf8(keyArn),
    ciphertext: new Uint8Array(ciphertextBlob),
  };
}

/** The data key of a new message: the KMS one, or the caller's, or random. */
export function messageDataKey(keyring: Keyring, given: Uint8Array | undefined): Bytes | null {
  const key = isKms(keyring) ? keyring.dataKey : given;
  return key ? new Uint8Array(key) : null;
}

/** The encrypted data keys of a new message's header. */
export async function encryptedDataKeys(
  keyring: Keyring,
  dataKey: Uint8Array,
  context: EncryptionContext,
): Promise<EncryptedDataKey[]> {
  if (!isKms(keyring)) return [await wrapDataKey(keyring, dataKey, context)];
  const wrapped = await Promise.all(
    (keyring.alsoWrap ?? []).map((k) => wrapDataKey(k, dataKey, context)),
  );
  return keyring.encryptedDataKey ? [keyring.encryptedDataKey, ...wrapped] : wrapped;
}

/**
 * The data key of a message being read: a copy of the KMS one (the key commitment then shows
 * whether it is this message's), or the first one the raw AES keyring unwraps; null when none.
 */
export async function openDataKey(
  keyring: Keyring,
  edks: readonly EncryptedDataKey[],
  context: EncryptionContext,
): Promise<Bytes | null> {
  if (isKms(keyring)) return new Uint8Array(keyring.dataKey);
  return unwrapDataKey(keyring, edks, context);
}
