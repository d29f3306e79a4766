/**
 * The lab's key material for this session, outside the store: random per session for keys without
 * `demoMaterial`, the demo versions (DEMO ONLY) for keys that carry them. One store for the whole
 * session, so a message made before a scenario edit still decrypts after it.
 */
import { KeyMaterialStore, fromHex, MATERIAL_BYTES, toHex } from '../../../crypto';
import type { Scenario } from '../../../scenario/types';

let store: KeyMaterialStore | null = null;
const seeded = new Set<string>();

/** The session's material store, with the demo material of `scenario`'s keys added once. */
export async function labMaterial(scenario: Scenario): Promise<KeyMaterialStore> {
  store ??= new KeyMaterialStore();
  for (const key of scenario.keys) {
    if (!key.demoMaterial?.length || seeded.has(key.arn) || store.list(key.arn).length > 0)
      continue;
    seeded.add(key.arn);
    for (const hex of key.demoMaterial) {
      const bytes = fromHex(hex);
      if (bytes?.length === MATERIAL_BYTES) await store.addDemoVersion(key.arn, bytes);
    }
  }
  return store;
}

/** The hex of the current demo material of a key, or null when its material is random. */
export function demoWrappingKeyHex(
  material: KeyMaterialStore,
  arn: string,
): { hex: string; version: number } | null {
  const current = material.list(arn).at(-1);
  if (!current?.demoBytes) return null;
  return {
    hex: toHex(current.demoBytes),
    version: current.version,
  };
}
