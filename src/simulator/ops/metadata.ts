/** DescribeKey's KeyMetadata, in AWS's field names (API reference, KeyMetadata). */
import type { Json, Key } from '../../scenario/types';
import { accountOf, keyIdOf, metaOf } from '../model';
import type { SimulatorState } from '../types';
import { awsDate } from './context';

/** Encryption algorithms a key supports (API reference, KeyMetadata.EncryptionAlgorithms). */
export function keyAlgorithms(k: Key): Record<string, Json> {
  if (k.keyUsage === 'ENCRYPT_DECRYPT')
    return k.keySpec === 'SYMMETRIC_DEFAULT'
      ? { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] }
      : { EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] };
  if (k.keyUsage === 'SIGN_VERIFY')
    return {
      SigningAlgorithms: k.keySpec.startsWith('RSA_')
        ? ['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_256']
        : k.keySpec === 'SM2'
          ? ['SM2DSA']
          : ['ECDSA_SHA_256'],
    };
  if (k.keyUsage === 'GENERATE_VERIFY_MAC')
    return { MacAlgorithms: [k.keySpec.replace('HMAC_', 'HMAC_SHA_')] };
  return {};
}

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
