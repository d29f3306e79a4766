/** DescribeKey's KeyMetadata, in AWS's field names (API reference, KeyMetadata). */
import { API_ENUMS } from '../../engine/catalog/apiModel';
import { ENCRYPTION_ALGORITHMS, SIGNING_ALGORITHMS } from '../../engine/catalog/operations';
import type { Json, Key } from '../../scenario/types';
import { hexDigest } from '../ids';
import { accountOf, keyIdOf, metaOf } from '../model';
import type { SimulatorState } from '../types';
import { awsDate } from './context';

/**
 * The algorithms a key supports, by key usage (S55 KeyMetadata: EncryptionAlgorithms "present only
 * when the KeyUsage of the KMS key is ENCRYPT_DECRYPT", SigningAlgorithms only for SIGN_VERIFY,
 * MacAlgorithms only for GENERATE_VERIFY_MAC, KeyAgreementAlgorithms for KEY_AGREEMENT). The
 * per-spec lists are the engine's (P17); key agreement has one algorithm in the API, ECDH.
 */
export function keyAlgorithms(k: Key): Record<string, Json> {
  const list = (v: readonly string[] | undefined): Json => [...(v ?? [])];
  switch (k.keyUsage) {
    case 'ENCRYPT_DECRYPT':
      return { EncryptionAlgorithms: list(ENCRYPTION_ALGORITHMS[k.keySpec]) };
    case 'SIGN_VERIFY':
      return { SigningAlgorithms: list(SIGNING_ALGORITHMS[k.keySpec]) };
    case 'GENERATE_VERIFY_MAC':
      return { MacAlgorithms: [k.keySpec.replace('HMAC_', 'HMAC_SHA_')] };
    case 'KEY_AGREEMENT':
      return { KeyAgreementAlgorithms: list(API_ENUMS.KeyAgreementAlgorithmSpec) };
    default:
      return {};
  }
}

/** Key material ids: 64 hex digits, as KMS shows them (S55 RotationsListEntry KeyMaterialId). */
export const keyMaterialId = (k: Key, index: number): string =>
  hexDigest(`material|${keyIdOf(k.arn)}|${index}`, 64);

/**
 * Does the key have key material ids: symmetric encryption keys with AWS_KMS or EXTERNAL origin
 * (S55 KeyMetadata.CurrentKeyMaterialId), an EXTERNAL one only while its material is imported.
 */
export function hasKeyMaterialIds(state: SimulatorState, k: Key): boolean {
  if (k.keySpec !== 'SYMMETRIC_DEFAULT') return false;
  if (k.origin === 'AWS_KMS') return true;
  return k.origin === 'EXTERNAL' && metaOf(state, k).importedMaterial !== false;
}

/** The current key material's id: the first material's, or the newest rotation's (P19). */
export const currentKeyMaterialId = (state: SimulatorState, k: Key): string =>
  keyMaterialId(k, metaOf(state, k).rotations.length);

/** The id of imported key material waiting for an on-demand rotation (the next index, P19). */
export const pendingMaterialId = (state: SimulatorState, k: Key): string =>
  keyMaterialId(k, metaOf(state, k).rotations.length + 1);

/** The KeyMetadata object DescribeKey and CreateKey return. */
export function keyMetadata(state: SimulatorState, k: Key): Record<string, Json> {
  const m = metaOf(state, k);
  const out: Record<string, Json> = {
    AWSAccountId: accountOf(k.arn),
    KeyId: keyIdOf(k.arn),
    Arn: k.arn,
    CreationDate: awsDate(m.creationDate),
    Enabled: k.state === 'Enabled',
    Description: k.description ?? '',
    KeyUsage: k.keyUsage,
    KeyState: k.state,
  };
  if (m.deletionDate) out.DeletionDate = awsDate(m.deletionDate);
  if (m.pendingWindowInDays !== undefined) out.PendingDeletionWindowInDays = m.pendingWindowInDays;
  Object.assign(out, {
    Origin: k.origin,
    KeyManager: k.keyManager,
    CustomerMasterKeySpec: k.keySpec,
    KeySpec: k.keySpec,
    ...keyAlgorithms(k),
    MultiRegion: k.multiRegion,
  });
  if (hasKeyMaterialIds(state, k)) out.CurrentKeyMaterialId = currentKeyMaterialId(state, k);
  if (k.multiRegion) {
    // Related multi-Region keys share the key id (multi-Region keys overview).
    const related = state.scenario.keys.filter(
      (x) =>
        x.multiRegion && keyIdOf(x.arn) === keyIdOf(k.arn) && accountOf(x.arn) === accountOf(k.arn),
    );
    const primary = related.find((x) => (x.multiRegionKeyType ?? 'PRIMARY') === 'PRIMARY') ?? k;
    const place = (x: Key) => ({ Arn: x.arn, Region: x.arn.split(':')[3] ?? '' });
    out.MultiRegionConfiguration = {
      MultiRegionKeyType: k.multiRegionKeyType ?? 'PRIMARY',
      PrimaryKey: place(primary),
      ReplicaKeys: related.filter((x) => x.multiRegionKeyType === 'REPLICA').map(place),
    };
  }
  return out;
}
