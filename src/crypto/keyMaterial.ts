/**
 * Key material of the simulated KMS: one AES-256 key per version of each KMS key, like KMS's
 * backing keys. Rotation adds a version; older versions stay so that old ciphertexts still
 * decrypt. Randomly made material is a non-extractable CryptoKey; demo material (given as bytes so
 * that a shared link can decrypt what it shows) keeps its bytes and is labelled `demo`.
 */
import { copyBytes, type Bytes } from './bytes';

/** One version of a KMS key's material. */
export interface MaterialVersion {
  /** 1 for the original material, +1 per rotation. */
  version: number;
  /** AES-GCM key, usable for encrypt/decrypt only. */
  key: CryptoKey;
  /** The raw bytes, present only for demo material (never for random material). */
  demoBytes?: Bytes;
}

/** AES-256 key length in bytes. */
export const MATERIAL_BYTES = 32;

const subtle = () => globalThis.crypto.subtle;

async function importAes(bytes: Bytes): Promise<CryptoKey> {
  return subtle().importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** Holds material versions per key ARN; the newest version encrypts. */
export class KeyMaterialStore {
  private readonly versions = new Map<string, MaterialVersion[]>();

  /** All versions of a key, oldest first (empty when it has none yet). */
  list(arn: string): readonly MaterialVersion[] {
    return this.versions.get(arn) ?? [];
  }

  /** A specific version, or undefined. */
  get(arn: string, version: number): MaterialVersion | undefined {
    return this.list(arn).find((v) => v.version === version);
  }

  /** The current (newest) version, creating random material on first use. */
  async current(arn: string): Promise<MaterialVersion> {
    const existing = this.list(arn).at(-1);
    return existing ?? this.rotate(arn);
  }

  /** Adds a new version of random, non-extractable material (KMS automatic/on-demand rotation). */
  async rotate(arn: string): Promise<MaterialVersion> {
    const key = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    return this.push(arn, { key });
  }

  /**
   * Adds a version from known bytes: DEMO ONLY, so that a shared scenario can decrypt its own
   * examples. The bytes are copied; the caller's buffer is left alone.
   */
  async addDemoVersion(arn: string, bytes: Uint8Array): Promise<MaterialVersion> {
    if (bytes.length !== MATERIAL_BYTES) throw new RangeError('demo material must be 32 bytes');
    const demoBytes = copyBytes(bytes);
    return this.push(arn, { key: await importAes(copyBytes(bytes)), demoBytes });
  }

  private push(arn: string, m: Omit<MaterialVersion, 'version'>): MaterialVersion {
    const list = this.versions.get(arn) ?? [];
    const v: MaterialVersion = { ...m, version: list.length + 1 };
    this.versions.set(arn, [...list, v]);
    return v;
  }
}
