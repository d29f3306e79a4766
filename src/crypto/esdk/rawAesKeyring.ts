/**
 * A raw AES keyring equivalent (Encryption SDK specification, "Raw AES Keyring"): the data key is
 * wrapped with AES-GCM under a wrapping key identified by a key namespace and key name.
 *
 *   Key Provider ID   = key namespace (UTF-8)
 *   Key Provider Info = key name (UTF-8) || tag length in bits (uint32, 128) ||
 *                       IV length (uint32, 12) || IV (12)
 *   Encrypted data key = AES-GCM(data key) || tag, AAD = the serialised encryption context
 *
 * The context is serialised with pairs sorted by UTF-8 bytes, which the official JavaScript SDK's
 * RawAesKeyringNode matches only with `utf8Sorting: true`.
 */
import { ByteReader, concat, equalBytes, u32, utf8, type Bytes } from '../bytes';
import { serializeContext, type EncryptionContext } from '../encryptionContext';
import type { EncryptedDataKey } from './header';
import { gcmDecrypt, gcmEncrypt, IV_BYTES, TAG_BYTES } from './suite';

/** A wrapping key and the names the SDK's keyring must be configured with to read our messages. */
export interface RawAesKeyring {
  /** Key namespace: becomes the provider ID. */
  keyNamespace: string;
  /** Key name: starts the provider info. */
  keyName: string;
  /** AES-GCM wrapping key (may be non-extractable). */
  wrappingKey: CryptoKey;
}

/** Wraps a data key into an encrypted data key for the header. */
export async function wrapDataKey(
  keyring: RawAesKeyring,
  dataKey: Uint8Array,
  context: EncryptionContext,
): Promise<EncryptedDataKey> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await gcmEncrypt(keyring.wrappingKey, iv, serializeContext(context), dataKey);
  const providerInfo = concat(utf8(keyring.keyName), u32(TAG_BYTES * 8), u32(IV_BYTES), iv);
  return { providerId: keyring.keyNamespace, providerInfo, ciphertext };
}

/** The IV of an encrypted data key that this keyring made, or null when it is not ours. */
function ourIv(keyring: RawAesKeyring, edk: EncryptedDataKey): Bytes | null {
  if (edk.providerId !== keyring.keyNamespace) return null;
  const name = utf8(keyring.keyName);
  const r = new ByteReader(edk.providerInfo);
  const got = r.take(name.length);
  if (!got || !equalBytes(got, name) || r.u32() !== TAG_BYTES * 8 || r.u32() !== IV_BYTES)
    return null;
  const iv = r.take(IV_BYTES);
  return iv && r.remaining === 0 ? iv : null;
}

/** Unwraps the first encrypted data key this keyring can open; null when none opens. */
export async function unwrapDataKey(
  keyring: RawAesKeyring,
  edks: readonly EncryptedDataKey[],
  context: EncryptionContext,
): Promise<Bytes | null> {
  const aad = serializeContext(context);
  for (const edk of edks) {
    const iv = ourIv(keyring, edk);
    if (!iv) continue;
    const key = await gcmDecrypt(keyring.wrappingKey, iv, aad, edk.ciphertext);
    if (key) return key;
  }
  return null;
}
