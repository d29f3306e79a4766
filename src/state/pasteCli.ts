/**
 * Mapping AWS CLI field names (`GrantId`, `KeyMetadata.KeyState`, ...) to the scenario's. The
 * results are scenario JSON, checked afterwards by the scenario decoder.
 */
import { keyIdOf } from '../engine';
import type { Json, Scenario } from '../scenario';
import { defaultKeyPolicy } from '../scenario';

export type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Copies `from[aws]` to `out[ours]` when it is a non-empty string. */
function copyString(out: JsonObject, ours: string, from: JsonObject, aws: string): void {
  const v = from[aws];
  if (typeof v === 'string' && v !== '') out[ours] = v;
}

/** `aws kms list-grants` entries as scenario grants. */
export function grantsFromCli(list: Json[]): { list: JsonObject[] } | { error: string } {
  const out: JsonObject[] = [];
  for (const [i, g] of list.entries()) {
    if (!isObject(g) || typeof g['GrantId'] !== 'string' || typeof g['KeyId'] !== 'string') {
      return { error: `Grant ${i + 1} of the pasted list-grants output has no GrantId or KeyId.` };
    }
    const grant: JsonObject = { grantId: g['GrantId'], key: g['KeyId'] };
    copyString(grant, 'name', g, 'Name');
    copyString(grant, 'granteePrincipal', g, 'GranteePrincipal');
    copyString(grant, 'retiringPrincipal', g, 'RetiringPrincipal');
    grant['operations'] = Array.isArray(g['Operations']) ? g['Operations'] : [];
    const c = g['Constraints'];
    if (isObject(c)) {
      const constraints: JsonObject = {};
      if (c['EncryptionContextEquals'] !== undefined) {
        constraints['encryptionContextEquals'] = c['EncryptionContextEquals'];
      }
      if (c['EncryptionContextSubset'] !== undefined) {
        constraints['encryptionContextSubset'] = c['EncryptionContextSubset'];
      }
      grant['constraints'] = constraints;
    }
    copyString(grant, 'issuingAccount', g, 'IssuingAccount');
    out.push(grant);
  }
  if (out.length === 0) return { error: 'The pasted list-grants output holds no grants.' };
  return { list: out };
}

/**
 * `aws kms describe-key` metadata as scenario key fields. An existing key keeps its aliases,
 * tags and policy; a new key gets the default key policy for its account.
 */
export function keyFromCli(
  m: JsonObject,
  s: Scenario,
): { value: JsonObject; isNew: boolean } | { error: string } {
  const arn = m['Arn'];
  if (typeof arn !== 'string' || !arn.includes(':key/')) {
    return { error: 'The pasted describe-key output has no key ARN (KeyMetadata.Arn).' };
  }
  const existing = s.keys.find((k) => keyIdOf(k.arn) === keyIdOf(arn));
  const key: JsonObject = { arn };
  copyString(key, 'description', m, 'Description');
  copyString(key, 'state', m, 'KeyState');
  copyString(key, 'keySpec', m, 'KeySpec');
  if (key['keySpec'] === undefined) copyString(key, 'keySpec', m, 'CustomerMasterKeySpec');
  copyString(key, 'keyUsage', m, 'KeyUsage');
  copyString(key, 'origin', m, 'Origin');
  if (typeof m['MultiRegion'] === 'boolean') key['multiRegion'] = m['MultiRegion'];
  const config = m['MultiRegionConfiguration'];
  if (isObject(config)) copyString(key, 'multiRegionKeyType', config, 'MultiRegionKeyType');
  copyString(key, 'keyManager', m, 'KeyManager');
  if (!existing) {
    const account = arn.split(':')[4] ?? '';
    key['aliases'] = [];
    key['policy'] = defaultKeyPolicy(account);
  }
  return { value: key, isNew: !existing };
}
