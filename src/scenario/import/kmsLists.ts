/**
 * `aws kms list-keys` and `aws kms list-aliases` output (AWS KMS API Reference, ListKeys and
 * ListAliases response syntax): keys become scenario keys with the default key policy, aliases are
 * attached to the keys they target.
 */
import { isObject, keyIdOf, listOf, upsertKey, type Imported, type JsonObject } from './draft';

/** `{ "Keys": [{ "KeyId", "KeyArn" }] }`. */
export function importListKeys(value: JsonObject): Imported | null {
  const keys = value['Keys'];
  if (!Array.isArray(keys) || !keys.every((k) => isObject(k) && typeof k['KeyArn'] === 'string'))
    return null;
  const arns = keys.map((k) => String((k as JsonObject)['KeyArn']));
  return {
    what: 'aws kms list-keys output',
    description: `Read ${arns.length} key${arns.length === 1 ? '' : 's'} from list-keys.`,
    notes: [
      'list-keys gives no key policies: new keys get the default key policy; paste each key policy (aws kms get-key-policy) or describe-key output to complete them.',
    ],
    apply(d) {
      for (const arn of arns) upsertKey(d, arn);
    },
  };
}

/** `{ "Aliases": [{ "AliasName", "AliasArn", "TargetKeyId" }] }`. */
export function importListAliases(value: JsonObject, draft: JsonObject): Imported | null {
  const aliases = value['Aliases'];
  if (
    !Array.isArray(aliases) ||
    !aliases.every((a) => isObject(a) && typeof a['AliasName'] === 'string')
  )
    return null;
  const keys = listOf(draft, 'keys');
  const placed: { alias: string; keyId: string }[] = [];
  const notes: string[] = [];
  for (const a of aliases as JsonObject[]) {
    const alias = String(a['AliasName']);
    const target = a['TargetKeyId'];
    if (typeof target !== 'string') {
      notes.push(
        `${alias} points at no key (AWS lists predefined aliases before their key exists).`,
      );
      continue;
    }
    const key = keys.find((k) => typeof k['arn'] === 'string' && keyIdOf(k['arn']) === target);
    if (!key) {
      notes.push(
        `${alias} targets key ${target}, which is not in the scenario (paste list-keys or describe-key first).`,
      );
      continue;
    }
    placed.push({ alias, keyId: target });
  }
  return {
    what: 'aws kms list-aliases output',
    description: `Attached ${placed.length} of ${aliases.length} alias${aliases.length === 1 ? '' : 'es'} to the scenario's keys.`,
    notes,
    apply(d) {
      for (const { alias, keyId } of placed) {
        const key = listOf(d, 'keys').find(
          (k) => typeof k['arn'] === 'string' && keyIdOf(k['arn']) === keyId,
        );
        if (!key) continue;
        const list = Array.isArray(key['aliases']) ? (key['aliases'] as string[]) : [];
        // An alias names one key: take it off any other key first.
        for (const other of listOf(d, 'keys'))
          if (Array.isArray(other['aliases']))
            other['aliases'] = (other['aliases'] as string[]).filter((x) => x !== alias);
        key['aliases'] = [...list.filter((x) => x !== alias), alias];
      }
    },
  };
}
