/**
 * The playground's own KMS ciphertext blob, format version 1 (docs/ciphertext-format.md).
 *
 *   magic "KPCB" (4) | format version 0x01 (1) | ARN length uint16 (2) | key ARN UTF-8 |
 *   material version uint32 (4) | IV (12) | AES-256-GCM ciphertext | tag (16)
 *
 * The header (magic through IV) is authenticated: AAD = header || canonical encryption context.
 */
import { ByteReader, concat, fromUtf8, u32, utf8, withU16Length, type Bytes } from './bytes';
import { serializeContext, type EncryptionContext } from './encryptionContext';
import type { MaterialVersion } from './keyMaterial';

/** The four magic bytes "KPCB" (KMS Playground Ciphertext Blob). */
export const BLOB_MAGIC = utf8('KPCB');
/** The blob format version this build writes and reads. */
export const BLOB_VERSION = 1;
/** AES-GCM IV length, fresh for every encryption. */
export const IV_BYTES = 12;
/** AES-GCM tag length. */
export const TAG_BYTES = 16;

/** The parsed, authenticated header of a blob. */
export interface BlobHeader {
  /** ARN of the KMS key whose material encrypted the blob. */
  keyArn: string;
  /** Material version (1 + number of rotations before encryption). */
  materialVersion: number;
  /** The 12-byte IV. */
  iv: Bytes;
  /** The serialised header bytes, part of the AAD. */
  raw: Bytes;
}

function headerBytes(keyArn: string, materialVersion: number, iv: Bytes): Bytes {
  return concat(
    BLOB_MAGIC,
    Uint8Array.of(BLOB_VERSION),
    withU16Length(utf8(keyArn)),
    u32(materialVersion),
    iv,
  );
}

/** Additional authenticated data: the header, then the canonical encryption context. */
function aad(header: Bytes, context: EncryptionContext): Bytes {
  return concat(header, serializeContext(context));
}

/** Encrypts `plaintext` under one material version with a fresh IV. */
export async function sealBlob(
  keyArn: string,
  material: MaterialVersion,
  plaintext: Uint8Array,
  context: EncryptionContext,
): Promise<Bytes> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = headerBytes(keyArn, material.version, iv);
  const sealed = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(header, context), tagLength: TAG_BYTES * 8 },
    material.key,
    plaintext as Bytes,
  );
  return concat(header, new Uint8Array(sealed));
}

/** Reads the header; null when the blob is not a well-formed version-1 blob. */
export function parseBlobHeader(blob: Uint8Array): BlobHeader | null {
  const r = new ByteReader(blob);
  const magic = r.take(BLOB_MAGIC.length);
  if (!magic || magic.some((b, i) => b !== BLOB_MAGIC[i])) return null;
  if (r.u8() !== BLOB_VERSION) return null;
  const arnBytes = r.u16Prefixed();
  const keyArn = arnBytes && fromUtf8(arnBytes);
  const materialVersion = r.u32();
  const iv = r.take(IV_BYTES);
  if (!keyArn || materialVersion === null || materialVersion < 1 || !iv) return null;
  if (r.remaining < TAG_BYTES) return null;
  return { keyArn, materialVersion, iv, raw: (blob as Bytes).slice(0, r.offset) };
}

/** Decrypts a blob whose header was parsed; null when authentication fails. */
export async function openBlob(
  blob: Uint8Array,
  header: BlobHeader,
  material: MaterialVersion,
  context: EncryptionContext,
): Promise<Bytes | null> {
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: header.iv,
        additionalData: aad(header.raw, context),
        tagLength: TAG_BYTES * 8,
      },
      material.key,
      (blob as Bytes).slice(header.raw.length),
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
