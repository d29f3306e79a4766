/**
 * The wrapping key to export with a lab message (DEMO ONLY): the demo material of the key and
 * version named by the message's raw AES encrypted data key (labKms.ts wraps the data key with it
 * when the key carries demo material), for the official Encryption SDK's raw AES keyring.
 */
import { parseKeyName, PLAYGROUND_NAMESPACE, type MessageHeaderView } from '../../../crypto';
import type { Scenario } from '../../../scenario/types';

/** The key name and hex of the message's demo wrapping key, or null when it has none. */
export function demoWrappingKey(
  scenario: Scenario,
  header: MessageHeaderView | null,
): { keyName: string; hex: string } | null {
  for (const edk of header?.encryptedDataKeys ?? []) {
    const keyName = edk.providerId === PLAYGROUND_NAMESPACE ? edk.rawAes?.keyName : undefined;
    const ref = keyName ? parseKeyName(keyName) : null;
    const key = ref && scenario.keys.find((k) => k.arn === ref.keyArn);
    const hex = ref && key?.demoMaterial?.[ref.version - 1];
    if (keyName && hex) return { keyName, hex: hex.toLowerCase() };
  }
  return null;
}
