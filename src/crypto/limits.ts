/**
 * KMS request limits as the KMS API reference documents them (Encrypt: Plaintext 1-4096 bytes;
 * Decrypt/ReEncrypt: CiphertextBlob 1-6144 bytes; GenerateDataKey: NumberOfBytes 1-1024, KeySpec
 * AES_128 or AES_256, not both). Violations are ValidationException, before authorization.
 */
import type { DataKeySize } from './kmsTypes';

/** Encrypt's maximum plaintext, in bytes. */
export const MAX_PLAINTEXT_BYTES = 4096;
/** Decrypt/ReEncrypt's maximum ciphertext blob, in bytes. */
export const MAX_CIPHERTEXT_BYTES = 6144;
/** GenerateDataKey's NumberOfBytes range. */
export const MAX_DATA_KEY_BYTES = 1024;

/** A message when `length` is outside 1..max, else null. */
export function lengthProblem(name: string, length: number, max: number): string | null {
  if (length >= 1 && length <= max) return null;
  return `1 validation error detected: Value at '${name}' failed to satisfy constraint: Member must have length ${length < 1 ? 'greater than or equal to 1' : `less than or equal to ${max}`}`;
}

/** The data key length in bytes, or a validation message. */
export function dataKeyBytes(size: DataKeySize): number | string {
  if ('keySpec' in size && 'numberOfBytes' in size)
    return 'Please specify either number of bytes or key spec.';
  if ('keySpec' in size) {
    if (size.keySpec === 'AES_128') return 16;
    if (size.keySpec === 'AES_256') return 32;
    return `1 validation error detected: Value '${String(size.keySpec)}' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [AES_256, AES_128]`;
  }
  const n = size.numberOfBytes;
  if (Number.isInteger(n) && n >= 1 && n <= MAX_DATA_KEY_BYTES) return n;
  return `1 validation error detected: Value '${n}' at 'numberOfBytes' failed to satisfy constraint: Member must have value between 1 and ${MAX_DATA_KEY_BYTES}`;
}

/** The API parameters the engine sees for a data key size. */
export function dataKeyParameters(size: DataKeySize): Record<string, string | number> {
  return 'keySpec' in size ? { KeySpec: size.keySpec } : { NumberOfBytes: size.numberOfBytes };
}
