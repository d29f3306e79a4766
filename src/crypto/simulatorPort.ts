/**
 * The simulator's CryptoPort on WebCrypto (src/simulator/cryptoPort.ts): seals and opens our
 * ciphertext blobs (docs/ciphertext-format.md) with a KeyMaterialStore. Material versions follow
 * the simulator's rotations: sealing under version n first makes versions up to n (demo material
 * where the scenario key carries it, else random). Opening never makes material: a blob whose
 * version this page session does not hold (random material is lost on reload) is invalid.
 * Signing, MAC and key-pair jobs are in simulatorPortSigning.ts.
 */
import type { CryptoJob, CryptoOutcome, CryptoPort, MaterialRef } from '../simulator/cryptoPort';
import { openBlob, parseBlobHeader, sealBlob } from './blob';
import { fromBase64, fromHex, toBase64 } from './bytes';
import { KeyMaterialStore, MATERIAL_BYTES, type MaterialVersion } from './keyMaterial';
import { deriveShared, makeKeyPair, signOrMac, SigningKeys } from './simulatorPortSigning';

const INVALID = 'The ciphertext is invalid, was altered, or the encryption context does not match.';
const invalid = (message = INVALID): CryptoOutcome => ({
  ok: false,
  reason: 'invalidCiphertext',
  message,
});

/** Loads a key's demo material as its first versions, once, before it gets any other material. */
async function loadDemo(store: KeyMaterialStore, ref: MaterialRef): Promise<void> {
  const id = materialIdOf(ref);
  if (store.list(id).length > 0) return;
  for (const hex of ref.demoMaterial ?? []) {
    const bytes = fromHex(hex);
    if (bytes?.length === MATERIAL_BYTES) await store.addDemoVersion(id, bytes);
  }
}

/** Where a key's material is kept: shared by related multi-Region keys, else the key's own. */
export const materialIdOf = (ref: MaterialRef): string => ref.materialId ?? ref.arn;

/** The material of `ref.version`, making the missing versions up to it. */
async function materialFor(store: KeyMaterialStore, ref: MaterialRef): Promise<MaterialVersion> {
  await loadDemo(store, ref);
  const id = materialIdOf(ref);
  while (store.list(id).length < ref.version) await store.rotate(id);
  const m = store.get(id, ref.version);
  if (!m) throw new Error(`no material version ${ref.version} for ${ref.arn}`);
  return m;
}

/** Opens a blob under the version its header names; null when it does not authenticate. */
async function open(
  store: KeyMaterialStore,
  ref: MaterialRef,
  blob: string,
  context: Record<string, string>,
): Promise<Uint8Array | null> {
  const bytes = fromBase64(blob);
  const header = bytes && parseBlobHeader(bytes);
  if (!bytes || !header || header.keyArn !== ref.arn) return null;
  await loadDemo(store, ref);
  const material = store.get(materialIdOf(ref), header.materialVersion);
  return material ? openBlob(bytes, header, material, context) : null;
}

async function runJob(
  store: KeyMaterialStore,
  pairs: SigningKeys,
  job: CryptoJob,
): Promise<CryptoOutcome> {
  switch (job.kind) {
    case 'sign':
    case 'mac':
      return signOrMac(pairs, job);
    case 'agree':
      return deriveShared(
        pairs,
        `${materialIdOf(job.key)}#${job.key.version}`,
        job.keySpec,
        job.publicKey,
      );
    case 'publicKey': {
      // The pair Sign and Verify use (simulatorPortSigning: one per material id and version).
      const pair = await pairs.pair(`${materialIdOf(job.key)}#${job.key.version}`, job.keySpec);
      return { ok: true, publicKey: toBase64(pair.publicKey) };
    }
    case 'keyPair': {
      const pair = await makeKeyPair(job.pairSpec);
      const m = await materialFor(store, job.key);
      const blob = await sealBlob(job.key.arn, m, pair.privateKey, job.context);
      const out = {
        ok: true as const,
        ciphertextBlob: toBase64(blob),
        plaintext: toBase64(pair.privateKey),
        publicKey: toBase64(pair.publicKey),
      };
      pair.privateKey.fill(0);
      return out;
    }
    case 'seal': {
      const plaintext = fromBase64(job.plaintext);
      if (!plaintext) return { ok: false, reason: 'internal', message: 'Plaintext is not base64.' };
      const blob = await sealBlob(
        job.key.arn,
        await materialFor(store, job.key),
        plaintext,
        job.context,
      );
      return { ok: true, ciphertextBlob: toBase64(blob) };
    }
    case 'generate': {
      const dataKey = globalThis.crypto.getRandomValues(new Uint8Array(job.bytes));
      const blob = await sealBlob(
        job.key.arn,
        await materialFor(store, job.key),
        dataKey,
        job.context,
      );
      const plaintext = toBase64(dataKey);
      dataKey.fill(0);
      return { ok: true, ciphertextBlob: toBase64(blob), plaintext };
    }
    case 'open': {
      const plain = await open(store, job.key, job.blob, job.context);
      if (!plain) return invalid();
      const plaintext = toBase64(plain);
      plain.fill(0);
      return { ok: true, plaintext };
    }
    case 'reseal': {
      const plain = await open(store, job.source, job.blob, job.sourceContext);
      if (!plain) return invalid();
      try {
        const m = await materialFor(store, job.destination);
        const blob = await sealBlob(job.destination.arn, m, plain, job.destinationContext);
        return { ok: true, ciphertextBlob: toBase64(blob) };
      } finally {
        plain.fill(0);
      }
    }
  }
}

/**
 * A port over `store` (default: a fresh store, i.e. random material for this page session).
 * Unexpected WebCrypto failures become `internal` outcomes, never rejections.
 */
export function createSimulatorPort(store = new KeyMaterialStore()): CryptoPort & {
  store: KeyMaterialStore;
} {
  const pairs = new SigningKeys();
  return {
    store,
    inspect(blob) {
      const bytes = fromBase64(blob);
      const header = bytes && parseBlobHeader(bytes);
      return header ? { keyArn: header.keyArn, materialVersion: header.materialVersion } : null;
    },
    async run(job) {
      try {
        return await runJob(store, pairs, job);
      } catch (e) {
        return {
          ok: false,
          reason: 'internal',
          message: e instanceof Error ? e.message : String(e),
        };
      }
    },
  };
}
