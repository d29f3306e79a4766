/**
 * The simulator's one door to cryptography. The simulator stays pure and synchronous: it decides a
 * call with the engine and, when the call is allowed and needs key material, describes a job. An
 * injected `CryptoPort` (src/crypto/simulatorPort.ts implements it on WebCrypto) performs the job;
 * the simulator turns the job's result into the response, the state change and the audit event.
 * Every byte string is base64, as KMS's JSON protocol carries blobs.
 */

/** One version of a KMS key's material: the key, the version, and any demo material it carries. */
export interface MaterialRef {
  /** Key ARN. */
  arn: string;
  /** Material version: 1 + the number of rotations the simulator has made (imported keys: 1). */
  version: number;
  /** The scenario key's `demoMaterial` (DEMO ONLY, 64 hex digits per version), if any. */
  demoMaterial?: string[];
  /**
   * Where the material lives when keys share it: related multi-Region keys have the same key
   * material (multi-Region keys overview). Absent: the key's own (by ARN).
   */
  materialId?: string;
}

/** What to do with key material. Contexts are the encryption contexts bound as AAD. */
export type CryptoJob =
  /** Encrypt: seal `plaintext` under the key's current material. */
  | { kind: 'seal'; key: MaterialRef; plaintext: string; context: Record<string, string> }
  /** GenerateDataKey(WithoutPlaintext): make `bytes` random bytes and seal them. */
  | { kind: 'generate'; key: MaterialRef; bytes: number; context: Record<string, string> }
  /** Decrypt: open a blob made under `key` (version from the blob's authenticated header). */
  | { kind: 'open'; key: MaterialRef; blob: string; context: Record<string, string> }
  /** ReEncrypt: open under the source, seal under the destination; no plaintext comes back. */
  | {
      kind: 'reseal';
      source: MaterialRef;
      blob: string;
      sourceContext: Record<string, string>;
      destination: MaterialRef;
      destinationContext: Record<string, string>;
    }
  /**
   * Sign (or, with `expected`, Verify) with an asymmetric key's private key, or GenerateMac (or
   * VerifyMac) with an HMAC key: `algorithm` is KMS's name (ECDSA_SHA_256, HMAC_SHA_256, ...).
   */
  | {
      kind: 'sign' | 'mac';
      key: MaterialRef;
      keySpec: string;
      algorithm: string;
      message: string;
      expected?: string;
    }
  /** GetPublicKey: the public half (DER SPKI) of the asymmetric key's pair, as Sign uses it. */
  | { kind: 'publicKey'; key: MaterialRef; keySpec: string }
  /** DeriveSharedSecret: ECDH of the key's private key with `publicKey` (DER SPKI, base64). */
  | { kind: 'agree'; key: MaterialRef; keySpec: string; publicKey: string }
  /** GenerateDataKeyPair: a new key pair; the private key sealed under `key`. */
  | { kind: 'keyPair'; key: MaterialRef; pairSpec: string; context: Record<string, string> };

/** A job's outcome: the blob and/or plaintext made, or why the cryptography failed. */
export type CryptoOutcome =
  | {
      ok: true;
      ciphertextBlob?: string;
      plaintext?: string;
      /** Sign: the signature (ECDSA as DER, as KMS returns it). */
      signature?: string;
      /** GenerateMac: the MAC. */
      mac?: string;
      /** Verify / VerifyMac: whether the expected value matched. */
      valid?: boolean;
      /** GenerateDataKeyPair: the DER SubjectPublicKeyInfo. */
      publicKey?: string;
    }
  | {
      ok: false;
      /** `invalidCiphertext`: AES-GCM refused (tampered, truncated, wrong context, no material). */
      reason: 'invalidCiphertext' | 'internal';
      message: string;
    };

/** What a blob's authenticated header names, read without key material. */
export interface BlobInfo {
  keyArn: string;
  materialVersion: number;
}

/** Performs crypto jobs; implemented outside the simulator (the only place WebCrypto runs). */
export interface CryptoPort {
  /** The key and material version a blob names, or null when it is not one of our blobs. */
  inspect(blob: string): BlobInfo | null;
  /** Runs a job. Never rejects for a cryptographic failure: that is `{ ok: false }`. */
  run(job: CryptoJob): Promise<CryptoOutcome>;
}
