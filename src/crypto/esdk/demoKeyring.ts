/**
 * The raw AES keyring over a KMS key's demo material (DEMO ONLY, `keys[].demoMaterial`): the lab
 * also wraps a message's data key with it (a multi-keyring's child beside the aws-kms encrypted
 * data key), so that the official Encryption SDK can decrypt an exported message without KMS,
 * given the exported wrapping key.
 *
 * Naming: namespace `kms-playground`, key name `<key ARN>#<material version>`.
 */
import type { RawAesKeyring } from './rawAesKeyring';

/** The key namespace (provider ID) of the playground's raw AES encrypted data keys. */
export const PLAYGROUND_NAMESPACE = 'kms-playground';

/** The raw AES keyring over one demo material version (32 bytes, copied) of a KMS key. */
export async function demoKeyring(
  keyArn: string,
  version: number,
  material: Uint8Array,
): Promise<RawAesKeyring> {
  const wrappingKey = await globalThis.crypto.subtle.importKey(
    'raw',
    new Uint8Array(material),
    'AES-GCM',
    false,
    ['encrypt', 'decrypt'],
  );
  return { keyNamespace: PLAYGROUND_NAMESPACE, keyName: `${keyArn}#${version}`, wrappingKey };
}

/** Splits a playground key name into ARN and material version; null for other names. */
export function parseKeyName(name: string): { keyArn: string; version: number } | null {
  const m = /^(arn:[^#]+)#([1-9][0-9]{0,8})$/.exec(name);
  return m?.[1] && m[2] ? { keyArn: m[1], version: Number(m[2]) } : null;
}
